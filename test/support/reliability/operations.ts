// The CRM's multi-step operations as kill-anywhere cases: setup/repair, record saves, sidebar saves, onEdit, validation.

import type { Emulator, ExecutionOptions, RunResult } from '../../../src/emulator';
import { runInstallableEditTriggers } from '../../../src/emulator/events';
import { runExecution } from '../../../src/emulator/runtime/execution';
import { User } from '../../../src/emulator/services/script/session';
import { spreadsheetObject, userEditCells } from '../../../src/emulator/services/spreadsheet/install';
import { damagedWorkbook, SEED, seededWorkbook } from './fixtures';
import { newEmulator } from './stableDist';
import { copied } from './workbookCopy';

const seeded = copied(seededWorkbook);

import { CITIES, CONTACTS, ENGAGEMENTS, PARTNERS, STAFF, type TabDef } from '../../../sheets-templates';
import type { Violation } from './invariants';
import { type KillCase, mustSucceed } from './killAnywhere';
import { nothingLost, snapshotRecords } from './nothingLost';
import { outsideCells, setupChangedNothingElse } from './rawState';
import { OWNER, recordRows } from './workbookView';

const run =
  (fn: string, args: unknown[] = []) =>
  (emu: Emulator, options: ExecutionOptions) =>
    emu.run(fn, args, { user: OWNER, ...options });

/** A save whose answer is a SaveOutcome: ok, or refused (invalid / stale) as a value. */
function outcomeOf(r: RunResult): { ok: boolean; kind?: string; message?: string } | undefined {
  return r.status === 'ok' ? (r.value as { ok: boolean; kind?: string; message?: string }) : undefined;
}

/**
 * Setup run again after the follow-up must find nothing left to do: the interrupted run was completed. Its own list
 * of changes is checked, and beside it a host-side diff of every tab's cells before and after (setup must not
 * change what it does not list), and of what it keeps outside the cells (rawState.ts: properties, forms, triggers).
 */
function setupComplete(emu: Emulator): Violation[] {
  const before = snapshotRecords(emu);
  const outside = outsideCells(emu);
  const r = emu.run<{ changes: string[] }>('setupWorkbook', [], { user: OWNER });
  if (r.status !== 'ok') return [{ check: 'complete', detail: `setup again ${r.status}: ${r.error}` }];
  const changes = r.value?.changes ?? [];
  const unlisted =
    changes.length > 0
      ? []
      : nothingLost(emu, before, {}).map((v) => ({
          check: 'complete',
          detail: `setup again listed no change, but the cells changed: ${v.detail}`,
        }));
  if (changes.length === 0) unlisted.push(...setupChangedNothingElse(outside, emu));
  const admins = recordRows(emu, STAFF).filter((s) => s.cells['email'] === OWNER);
  return [
    ...changes.map((c) => ({ check: 'complete', detail: `setup again still changed: ${c}` })),
    ...unlisted,
    ...(admins.length === 1
      ? []
      : [{ check: 'complete', detail: `${admins.length} Staff rows for ${OWNER}` }]),
  ];
}

/** Exactly one record of the tab has `key` = `value`. */
function exactlyOne(emu: Emulator, def: TabDef, key: string, value: unknown): Violation[] {
  const n = recordRows(emu, def).filter((r) => r.cells[key] === value).length;
  if (n === 1) return [];
  return [
    {
      check: n === 2 ? 'complete twice' : 'complete',
      detail: `${n} ${def.name} records with ${key} = ${String(value)}`,
    },
  ];
}

/**
 * Retry of an update with the version the sidebar read and the same request id: it must succeed (the stopped
 * run's write, if it landed, is recognised by its request id), the value must hold, and the record must have
 * moved exactly one version (never a second bump).
 */
function retryUpdate(fn: string, args: unknown[], def: TabDef, id: string, key: string, value: unknown) {
  return (emu: Emulator): Violation[] => {
    const r = emu.run(fn, args, { user: OWNER });
    const o = outcomeOf(r);
    const row = recordRows(emu, def).find((x) => x.id === id);
    const out: Violation[] = [];
    if (r.status !== 'ok' || o?.ok === false)
      out.push({ check: 'follow-up', detail: `retry of ${fn}: ${o?.message ?? r.error}` });
    if (row?.cells[key] !== value)
      out.push({ check: 'complete', detail: `${id} ${key} is ${String(row?.cells[key])} after the retry` });
    if (Number(row?.cells['version']) !== 2)
      out.push({ check: 'complete twice', detail: `${id} is at version ${String(row?.cells['version'])}` });
    return out;
  };
}

/** The retry of a create: the user clicks Save again. */
function retryCreate(fn: string, args: unknown[]) {
  return (emu: Emulator): Violation[] => {
    const r = emu.run(fn, args, { user: OWNER });
    const o = outcomeOf(r);
    if (r.status === 'ok' && o?.ok !== false) return [];
    return [{ check: 'follow-up', detail: `retry of ${fn}: ${o?.message ?? r.error}` }];
  };
}

/** A user types into one cell; onEdit runs with the event Google gives (value/oldValue for a single cell). */
export function editCell(
  emu: Emulator,
  tab: string,
  header: string,
  row: number,
  value: unknown,
  options: ExecutionOptions = {},
): RunResult {
  const g = emu.backend;
  const sheet = g.stores.spreadsheets.bound.sheetByName(tab)!;
  const col = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.map(String).indexOf(header) + 1;
  const edit = userEditCells(g, { sheetName: tab, row, col, values: [[value]], user: OWNER });
  const event: Record<string, unknown> = {
    authMode: 'LIMITED',
    range: edit.range,
    source: spreadsheetObject(g),
    user: new User(g, OWNER),
  };
  if (edit.value !== undefined && edit.value !== '')
    event.value = typeof edit.value === 'string' ? edit.value : String(edit.value);
  if (edit.oldValue !== undefined) event.oldValue = String(edit.oldValue);
  const simple = runExecution(g, emu.bundle, 'onEdit', [event], {
    user: OWNER,
    authMode: 'LIMITED',
    origin: 'onEdit',
    ...options,
  });
  // Sheets runs the simple onEdit and each installable edit trigger for the same edit; once setup has installed
  // the grid edit trigger it does the stamping, so the edit's outcome is its run (stopped the same way).
  const installable = runInstallableEditTriggers(emu, event, OWNER, options);
  return installable.find((r) => r.status !== 'ok') ?? installable[0] ?? simple;
}

// Each save carries a request id, and its retry (the same object) sends the same one, as the sidebar does for
// a submission whose answer never came (src/ui/shared/submissionIds.ts).
const newCity = {
  tab: 'Cities',
  fields: { name: 'Zarqa', country: 'Jordan', hubId: SEED.hub, status: 'prospect' },
  requestId: 'reliabilityNewCity0001',
};
const cityUpdate = {
  tab: 'Cities',
  id: SEED.cities[0],
  version: 1,
  fields: { notes: 'Updated after the visit' },
  requestId: 'reliabilityCityUpdate01',
};
const sidebarCity = {
  id: SEED.cities[1],
  version: 1,
  fields: { notes: 'Sidebar note', population: 300000 },
  requestId: 'reliabilitySidebarCity1',
};
const sidebarContact = {
  requestId: 'reliabilityContact00001',
  fields: {
    orgId: SEED.cities[1],
    name: 'Layla',
    email: 'layla@irbid.gov.jo',
    category: 'policy team',
    language: 'ar',
  },
};
const sidebarPartner = {
  fields: { name: 'Foundation', type: 'foundation', country: 'Kenya' },
  requestId: 'reliabilityPartner00001',
};
const engagement = {
  requestId: 'reliabilityEngagement01',
  fields: { date: '2025-02-01', type: 'meeting', cityIds: [SEED.cities[1]], summary: 'Kick-off with Irbid' },
};

export const KILL_CASES: KillCase[] = [
  {
    name: 'setup on an empty workbook',
    fixture: copied(newEmulator),
    operation: run('setupWorkbook'),
    followUp: (emu) => mustSucceed('setup retried', emu.run('setupWorkbook', [], { user: OWNER })),
    tabs: ['Staff'],
    intent: { structure: true, adds: ['Staff'] },
    completed: setupComplete,
  },
  {
    name: 'repair of a damaged workbook',
    fixture: copied(damagedWorkbook),
    operation: run('setupWorkbook'),
    followUp: (emu) => mustSucceed('repair retried', emu.run('setupWorkbook', [], { user: OWNER })),
    tabs: ['Cities', 'Contacts', 'Staff'],
    intent: { structure: true },
    completed: (emu) => [...setupComplete(emu), ...exactlyOne(emu, CONTACTS, 'email', 'rana@amman.gov.jo')],
  },
  {
    name: 'saveRecord create (id generation)',
    fixture: seeded,
    operation: run('saveRecord', [newCity]),
    followUp: retryCreate('saveRecord', [newCity]),
    tabs: ['Cities'],
    intent: { adds: ['Cities'] },
    completed: (emu) => exactlyOne(emu, CITIES, 'name', 'Zarqa'),
  },
  {
    name: 'saveRecord update',
    fixture: seeded,
    operation: run('saveRecord', [cityUpdate]),
    followUp: retryUpdate(
      'saveRecord',
      [cityUpdate],
      CITIES,
      SEED.cities[0]!,
      'notes',
      'Updated after the visit',
    ),
    tabs: ['Cities'],
    intent: { changes: [{ tab: 'Cities', ids: [SEED.cities[0]!], fields: ['notes'] }] },
  },
  {
    name: 'saveCity (city profile sidebar)',
    fixture: seeded,
    operation: run('saveCity', [sidebarCity]),
    followUp: retryUpdate('saveCity', [sidebarCity], CITIES, SEED.cities[1]!, 'notes', 'Sidebar note'),
    tabs: ['Cities'],
    intent: { changes: [{ tab: 'Cities', ids: [SEED.cities[1]!], fields: ['notes', 'population'] }] },
  },
  {
    name: 'saveContact create (contact sidebar)',
    fixture: seeded,
    operation: run('saveContact', [sidebarContact]),
    followUp: retryCreate('saveContact', [sidebarContact]),
    tabs: ['Contacts'],
    intent: { adds: ['Contacts'] },
    completed: (emu) => exactlyOne(emu, CONTACTS, 'email', 'layla@irbid.gov.jo'),
  },
  {
    name: 'savePartner create (partner sidebar)',
    fixture: seeded,
    operation: run('savePartner', [sidebarPartner]),
    followUp: retryCreate('savePartner', [sidebarPartner]),
    tabs: ['Partners'],
    intent: { adds: ['Partners'] },
    completed: (emu) => exactlyOne(emu, PARTNERS, 'name', 'Foundation'),
  },
  {
    name: 'logEngagement',
    fixture: seeded,
    operation: run('logEngagement', [engagement]),
    followUp: retryCreate('logEngagement', [engagement]),
    tabs: ['Engagements'],
    intent: { adds: ['Engagements'] },
    completed: (emu) => exactlyOne(emu, ENGAGEMENTS, 'summary', 'Kick-off with Irbid'),
  },
  {
    name: 'onEdit audit of a direct edit',
    fixture: seeded,
    operation: (emu, options) => editCell(emu, 'Cities', 'Notes', 2, 'Typed in the sheet', options),
    // Google does not rerun a simple trigger; what follows is the next edit of the same row.
    followUp: (emu) => mustSucceed('next edit', editCell(emu, 'Cities', 'Local name', 2, 'عمّان')),
    tabs: ['Cities'],
    intent: { changes: [{ tab: 'Cities', ids: [SEED.cities[0]!], fields: ['notes', 'localName'] }] },
  },
  {
    name: 'validation highlights (checkWorkbook)',
    fixture: copied(() => {
      const emu = seededWorkbook();
      const contacts = emu.backend.stores.spreadsheets.bound.sheetByName('Contacts')!;
      const col = contacts.getValues(1, 1, 1, contacts.lastColumn())[0]!.map(String).indexOf('Email') + 1;
      contacts.setValuesRaw(3, col, [['not-an-email']]);
      return emu;
    }),
    operation: run('checkWorkbook'),
    followUp: (emu) => mustSucceed('validation again', emu.run('checkWorkbook', [], { user: OWNER })),
    tabs: ['Contacts'],
    intent: {},
  },
];
