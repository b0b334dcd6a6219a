// Invariants read from the emulator's own stores (document properties, the form store, the trigger store), beside
// the product's opinion of itself (issue 19 item 2): what the product keeps outside the cells must agree with them.
//
// Which raw state each invariant of the reliability suites reads (p = the product's opinion, kept as an extra check):
//   nothingLost (nothingLost.ts)            cells of every tab vs the host-side baseline snapshot
//   uniqueIds, idsWellFormed, noFormulas    cells (values, getFormulas) of every table tab
//   noDuplicateRows, auditConsistent        cells of the table tabs and of Audit
//   workbookValid                       (p) the bundle's checkWorkbook
//   noSecondEmail                           the emulator's outbox
//   responsesRecordedOnce                   form store responses of the forms the product names (its properties)
//                                           + Applications cells
//   everyResponseLanded (here)              every form in the form store, whoever's form it is + Applications cells
//   emailsAccountedFor                  (p) the product's Sends rows and Issues found cells
//   emailSettled                            outbox + Sends cells (an unknown outcome is flagged, never "settled")
//   outboxMatchesSends                      the outbox per recipient vs Sends cells
//   countersAhead (here)                    document properties (scn.lastId.*) vs the ids in the cells
//   auditJournalSettled (here)              document properties (journal, its tries, the dead letter)
//   setupComplete (operations.ts)       (p) setup's own list of changes; + a cell diff and, here,
//                                           setupChangedNothingElse: document properties, form and trigger stores

import { APPLICATIONS, AUDIT, TABLE_TABS } from '../../../sheets-templates';
import { JOURNAL_KEY_PREFIX } from '../../../src/core/audit/journalChunks';
import type { Emulator } from '../../../src/emulator';
import { BOUND_DOCUMENT_KEY } from '../../../src/emulator/services/script/install';
import { JOURNAL_TRIES_PROPERTY } from '../../../src/server/audit/auditJournal';
import { DEAD_LETTER_PROPERTY } from '../../../src/server/audit/deadLetter';
import { counterKey } from '../../../src/server/store/freshIds';
import type { Violation } from './invariants';
import { type Baseline, recordRows } from './workbookView';

/** The bound workbook's document properties, as the emulator holds them (a live map: copy before changing state). */
export function documentProperties(emu: Emulator): Map<string, string> {
  return emu.backend.stores.script.properties.forDocument(BOUND_DOCUMENT_KEY);
}

/**
 * Every id counter is at or above the highest id the run added to its tab: an id above its counter could be handed
 * out again once the row holding it is no longer the tab's last (a sort, an archive, a deleted row). Ids already in
 * the baseline (seeded or planted rows the counter never saw) are left out; the product raises the counter past them
 * at its next issue. A create stopped between its rows and the counter's save is caught up by its retry (the
 * request id finds the rows; idIssue.ts counterCatchUp), so no stopped run may leave a counter behind either.
 */
export function countersAhead(emu: Emulator, baseline: Baseline): Violation[] {
  const props = documentProperties(emu);
  const out: Violation[] = [];
  for (const def of TABLE_TABS) {
    if (def.prefix === '' || def.name === AUDIT.name) continue;
    const was = baseline.records.tables.get(def.name)?.records;
    const shape = new RegExp(`^${def.prefix}-(\\d{6,})$`);
    let highest = 0;
    const rows = recordRows(emu, def);
    for (const r of rows) {
      const serial = shape.exec(r.id)?.[1];
      if (serial !== undefined && !was?.has(r.id) && Number(serial) > highest) highest = Number(serial);
    }
    const counter = Number(props.get(counterKey(def.prefix)) ?? 0);
    if (highest > counter)
      out.push({
        check: 'counter',
        detail: `${def.name}: ${def.prefix}-${String(highest).padStart(6, '0')} is in the tab, its counter ${counterKey(def.prefix)} says ${counter}`,
      });
  }
  return out;
}

/**
 * After the follow-up every write session has settled the audit write-ahead journal: no journal part and no count of
 * recovery tries is left in the document properties, and nothing new was set aside in the dead letter (audit rows
 * the product gave up writing).
 */
export function auditJournalSettled(emu: Emulator, baseline: Baseline): Violation[] {
  const props = documentProperties(emu);
  const out: Violation[] = [];
  const parts = [...props.keys()].filter((k) => k.startsWith(JOURNAL_KEY_PREFIX));
  if (parts.length > 0)
    out.push({ check: 'journal', detail: `audit journal left in document properties: ${parts.join(', ')}` });
  if (props.has(JOURNAL_TRIES_PROPERTY))
    out.push({
      check: 'journal',
      detail: `${JOURNAL_TRIES_PROPERTY} = ${props.get(JOURNAL_TRIES_PROPERTY)} left behind`,
    });
  const dead = props.get(DEAD_LETTER_PROPERTY);
  if (dead !== undefined && dead !== baseline.properties.get(DEAD_LETTER_PROPERTY))
    out.push({ check: 'journal', detail: `audit rows set aside in ${DEAD_LETTER_PROPERTY}` });
  return out;
}

/**
 * Every response in the emulator's form store, of every form there (not only the two whose ids the product keeps in
 * its properties), is on exactly one Applications row by its response id, unless it has no answer at all (a ghost,
 * which the sweep counts and records nowhere).
 */
export function everyResponseLanded(emu: Emulator): Violation[] {
  const rows = recordRows(emu, APPLICATIONS);
  const text = (v: unknown) => String(v ?? '');
  const out: Violation[] = [];
  for (const form of emu.backend.stores.comms.forms.forms.values()) {
    for (const response of form.responses) {
      if (response.answers.length === 0) continue;
      const n = rows.filter(
        (r) =>
          text(r.cells['enquiryResponseId']) === response.id ||
          text(r.cells['applicationResponseId']) === response.id,
      ).length;
      if (n !== 1)
        out.push({
          check: 'response',
          detail: `response ${response.id.slice(0, 12)}… of the form "${form.title}" on ${n} Applications rows`,
        });
    }
  }
  return out;
}

/** What setup may leave behind outside the cells: document properties, forms and triggers. */
export interface OutsideCells {
  properties: Map<string, string>;
  forms: number;
  triggers: string[];
}

export function outsideCells(emu: Emulator): OutsideCells {
  const triggers = emu.backend.stores.script.triggers.triggers;
  return {
    properties: new Map(documentProperties(emu)),
    forms: emu.backend.stores.comms.forms.forms.size,
    triggers: triggers.map((t) => `${t.handler}:${t.uid}`).sort(),
  };
}

/**
 * Setup run again that lists no change must also leave what it keeps outside the cells as it was: no document
 * property changed, no form created, no trigger added or replaced (read from the emulator's stores).
 */
export function setupChangedNothingElse(before: OutsideCells, emu: Emulator): Violation[] {
  const after = outsideCells(emu);
  const out: Violation[] = [];
  for (const key of new Set([...before.properties.keys(), ...after.properties.keys()]))
    if (before.properties.get(key) !== after.properties.get(key))
      out.push({
        check: 'complete',
        detail: `setup again listed no change, but changed the property ${key}`,
      });
  if (after.forms !== before.forms)
    out.push({ check: 'complete', detail: `setup again created ${after.forms - before.forms} form(s)` });
  if (after.triggers.join() !== before.triggers.join())
    out.push({ check: 'complete', detail: 'setup again listed no change, but replaced or added triggers' });
  return out;
}
