// The installable edit trigger: a grid edit the person's role does not allow is reverted (one cell) or flagged.
//
// Sheets lets every editor of the file type into any unprotected cell, and the simple onEdit runs as the person
// who typed (https://developers.google.com/apps-script/guides/triggers#restrictions), so access in the grid is
// held here, by an installable trigger setup installs once: it "always runs under the account of the person who
// created" it (https://developers.google.com/apps-script/guides/triggers/installable), which may write where the
// typist may not, while `Session.getActiveUser()` / `e.user` still name the typist when Google discloses them.
// - Allowed edit: stamped as before (audit row, new version; audit/onEdit.ts), and a Staff change refreshes the
//   admin-only protections (setup/protections.ts).
// - Refused single-cell edit: the cell gets `e.oldValue` back; for a previously empty cell `oldValue` is absent
//   and the cell is cleared (https://developers.google.com/apps-script/guides/triggers/events#edit). No version.
//   Triggers queue on the script lock, so by the time one runs the cell may hold a later edit (the same person's
//   or someone allowed): it is reverted only while it still holds `e.value`, else the row is flagged.
// - Refused multi-cell edit: Google gives no old values, so the rows are flagged instead: one Audit row per edited
//   row naming who did it, and a flag Validate workbook lists (gridEditFlags.ts) until someone allowed edits the row.
//   A single-cell paste has neither `value` nor `oldValue` (believed from public reports:
//   https://gist.github.com/tanaikech/73edaed1268a6d07118aed538aa5608d), so it is treated as a multi-cell edit.
// - The lock stays taken for GRID_LOCK_WAIT_MS: the edit cannot be checked, so it is flagged (a property write,
//   which needs no lock). Installable triggers run up to 6 minutes
//   (https://developers.google.com/apps-script/guides/services/quotas#current_limitations), so the wait is long.

import { STAFF, tabByName } from '../../../sheets-templates';
import { type Language, languageOf, message, UserError } from '../../core/messages';
import { sheetsWouldConvert } from '../../core/schema/convertibleText';
import { columnLetter, matchHeaders } from '../../core/workbook/headerMatch';
import { recordSheetEdit } from '../audit/onEdit';
import { refreshAdminProtections } from '../setup/protections';
import { type WorkbookSession, workbook } from '../store/session';
import { type EditedRow, type GridRefusal, gridEditRefusal, ownerColumnOf } from './gridAccess';
import { clearGridEditFlags, flagGridEdits } from './gridEditFlags';
import { isOwnTriggerEvent_, runsAsTriggerOwner_ } from './ownTrigger';
import { currentCaller } from './roles';

type Range = GoogleAppsScript.Spreadsheet.Range;
type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/** How long an edit check waits for the script lock (a trigger nobody waits on; 1 minute left to do the work). */
export const GRID_LOCK_WAIT_MS = 5 * 60 * 1000;

/** What the trigger did with one edit (returned for logs and tests). */
export interface GridEditOutcome {
  outcome: 'ignored' | 'recorded' | 'reverted' | 'flagged';
  reason?: string;
}

/** The edited rows' values by field key, read with the header (two reads), or null for a header-only edit. */
function editedRows(
  range: Range,
  tab: string,
): { rows: Record<string, unknown>[]; keyOf: (col: number) => string } {
  const def = tabByName(tab)!;
  const sheet = range.getSheet();
  const width = Math.max(sheet.getLastColumn(), range.getLastColumn());
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const match = matchHeaders(def, headers);
  const keyAt = new Map<number, string>();
  for (const [k, i] of Object.entries(match.index)) keyAt.set(i, k);
  const first = Math.max(range.getRow(), 2);
  const last = range.getLastRow();
  const block = last >= first ? sheet.getRange(first, 1, last - first + 1, width).getValues() : [];
  const rows = block.map((cells) => {
    const v: Record<string, unknown> = {};
    for (const [k, i] of Object.entries(match.index)) v[k] = cells[i];
    return v;
  });
  return { rows, keyOf: (col) => keyAt.get(col - 1) ?? String(headers[col - 1] ?? columnLetter(col - 1)) };
}

/** Puts the cell back as it was: `oldValue` when it had one, else empty. Text stays text (plain-text columns). */
function revertCell(range: Range, tab: string, key: string, oldValue: unknown): void {
  if (oldValue === undefined || oldValue === null || oldValue === '') {
    range.clearContent();
    return;
  }
  const column = tabByName(tab)?.columns.find((c) => c.key === key);
  if (typeof oldValue === 'string' && column?.textOnly && sheetsWouldConvert(oldValue)) {
    // A paste may have replaced the cell's '@' format; without it "=1+1" or "01234" would not come back as text.
    range.setNumberFormat('@');
    range.setValue(oldValue); // a '@' cell keeps text exactly as written (core/schema/text.ts)
    return;
  }
  range.setValue(oldValue as never);
}

/** Whether the cell still holds what the event says was typed (a later edit, queued behind this one, would not). */
function stillAsTyped(current: unknown, typed: unknown): boolean {
  if (typed === undefined || typed === null || typed === '') return current === '' || current === null;
  if (current instanceof Date) return typed instanceof Date && typed.getTime() === current.getTime();
  if (typeof current === 'boolean') return (current ? 'TRUE' : 'FALSE') === String(typed).toUpperCase();
  if (typeof current === 'number') return String(current) === String(typed) || Number(typed) === current;
  return String(current) === String(typed);
}

/** The edited rows (2 onwards) and the flag that names them, for an edit that could not be reverted. */
function flagOf(session: WorkbookSession, range: Range, tab: string, refusal: GridRefusal, reason: string) {
  const fromRow = Math.max(range.getRow(), 2);
  return {
    tab,
    fromRow,
    toRow: Math.max(range.getLastRow(), fromRow),
    col: range.getColumn(),
    a1: range.getA1Notation(),
    user: session.auditIdentity(),
    reason,
    code: refusal.code,
    params: refusal.params,
    at: session.now().toISOString(),
  };
}

/** Audit rows are stored and read later by anyone: the workbook's language (one Settings read, refusals only). */
function workbookLanguage(session: WorkbookSession): Language {
  try {
    return languageOf(session.settings().settings.defaultLanguage);
  } catch {
    return 'en';
  }
}

/** The lock stayed taken: nothing was checked, so the rows are flagged for a person (no Audit row: it needs the lock). */
function flagUnchecked(session: WorkbookSession, range: Range, tab: string): GridEditOutcome {
  const refusal: GridRefusal = { code: 'grid.busy', params: { minutes: GRID_LOCK_WAIT_MS / 60000 } };
  const reason = message(refusal.code, refusal.params, workbookLanguage(session));
  flagGridEdits(session, flagOf(session, range, tab, refusal, reason));
  return { outcome: 'flagged', reason };
}

function checkEdit(session: WorkbookSession, e: EditEvent, tab: string): GridEditOutcome {
  const range = e.range;
  const def = tabByName(tab)!;
  const caller = currentCaller(session);
  const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
  // A single-cell paste gives neither value: its old value is as unknown as a multi-cell edit's.
  const knownOld = single && !(e.value === undefined && e.oldValue === undefined);
  const isTable = def.kind === 'table';
  const { rows, keyOf } = isTable ? editedRows(range, tab) : { rows: [], keyOf: () => '' };
  const firstData = Math.max(range.getRow(), 2);
  const key = keyOf(range.getColumn());
  const owner = ownerColumnOf(tab);
  let coversOwner = false;
  for (let c = range.getColumn(); c <= range.getLastColumn() && owner; c++)
    coversOwner ||= keyOf(c) === owner;
  let refusal: GridRefusal | null = null;
  if (rows.length === 0) refusal = gridEditRefusal(session, caller, tab, null);
  for (const values of rows) {
    const row: EditedRow = { values };
    if (knownOld) row.before = { ...values, [key]: e.oldValue ?? '' };
    else if (coversOwner) row.ownerUnknown = true;
    refusal = gridEditRefusal(session, caller, tab, row);
    if (refusal) break;
  }
  const who = session.auditIdentity();
  if (!refusal) {
    if (isTable) recordSheetEdit(session, e);
    if (rows.length > 0) clearGridEditFlags(session, tab, firstData, firstData + rows.length - 1);
    if (tab === STAFF.name) refreshAdminProtections(session);
    return { outcome: 'recorded' };
  }
  const lang = workbookLanguage(session);
  const reason = message(refusal.code, refusal.params, lang);
  const a1 = range.getA1Notation();
  const idKey = isTable ? def.columns[0]!.key : '';
  // Read inside the lock: a later edit queued behind this trigger may have changed the cell since.
  const asTyped = knownOld && stillAsTyped(range.getValue(), e.value);
  if (asTyped) {
    revertCell(range, tab, key, e.oldValue);
    session.audit.add({
      action: 'sheet edit',
      tab,
      recordId: String(rows[0]?.[idKey] ?? ''),
      changes: { [key || a1]: [e.value ?? '', e.oldValue ?? ''] },
      summary: message('grid.reverted', { who, a1, reason }, lang),
      version: 0,
    });
    return { outcome: 'reverted', reason };
  }
  const why = message(knownOld ? 'grid.changedAgain' : 'grid.noOldValues', {}, lang);
  rows.forEach((values, i) => {
    session.audit.add({
      action: 'sheet edit',
      tab,
      recordId: String(values[idKey] ?? ''),
      changes: {},
      summary: message('grid.notAllowed', { who, a1, row: firstData + i, reason, why }, lang),
      version: 0,
    });
  });
  flagGridEdits(session, flagOf(session, range, tab, refusal, reason));
  return { outcome: 'flagged', reason };
}

export function handleGridEdit(session: WorkbookSession, e: EditEvent): GridEditOutcome {
  const tab = e.range.getSheet().getName();
  const def = tabByName(tab);
  // Form response tabs and tabs the CRM does not manage are not checked; a header-row edit is structure (setup).
  if (!def || def.kind === 'computed') return { outcome: 'ignored' };
  return session.write(
    () => checkEdit(session, e, tab),
    GRID_LOCK_WAIT_MS,
    () => flagUnchecked(session, e.range, tab),
  );
}

/**
 * Installed by setup as the workbook's edit trigger (TRIGGER_SPECS in setup/triggers.ts). Like every entry point
 * it is reachable through google.script.run, so it acts only for its own trigger's events (access/ownTrigger.ts),
 * and only as the recorded trigger owner: a former owner's trigger, left behind by a takeover, steps aside.
 */
export function onGridEdit(e: EditEvent): GridEditOutcome {
  if (!isOwnTriggerEvent_(e)) throw new UserError('access.editTriggerOnly');
  const session = workbook();
  if (!runsAsTriggerOwner_(session.properties()))
    return { outcome: 'ignored', reason: 'not the trigger owner' };
  return handleGridEdit(session, e);
}
