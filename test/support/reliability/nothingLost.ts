// "Nothing lost", read host-side from the emulator's cells: every record and raw row of the baseline is still there,
// unchanged unless the operation's declared intent allows the change, and every new record is in a tab it may add to.

import { TABLE_TABS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import type { Violation } from './invariants';

/**
 * What an operation (with its follow-up) may change. Each kill-anywhere, fault and concurrency case declares one;
 * anything else that differs from the baseline is a violation.
 */
export interface Intent {
  /** Tabs the operation may add records to (Audit is append-only and always may). */
  adds?: readonly string[];
  /** Baseline records it may change: in `tab`, these ids (or '*'), these field keys (or '*'); bookkeeping follows. */
  changes?: readonly { tab: string; ids: readonly string[] | '*'; fields: readonly string[] | '*' }[];
  /**
   * Setup/repair: headers may be renamed, columns added and other tabs rewritten, but every value of a baseline
   * record must still be somewhere in that record (a renamed column keeps its values), and response tabs stay raw.
   */
  structure?: boolean;
}

/** Bookkeeping a permitted change moves with it. */
const BOOKKEEPING = ['updatedAt', 'updatedBy', 'version', 'lastRequest'];
const AUDIT_TAB = 'Audit';

/** A cell as a comparable string (a Date by its time: the store writes new Date objects). */
function cellKey(v: unknown): string {
  if (v instanceof Date) return `date:${v.getTime()}`;
  return `${typeof v}:${String(v)}`;
}

interface TabSnapshot {
  headers: string[];
  /** id → header → cell key (every column, the user's own ones too). */
  records: Map<string, Map<string, string>>;
}

export interface RecordsSnapshot {
  tables: Map<string, TabSnapshot>;
  /** Non-table tabs (response tabs, Settings…): their rows as cell keys, by position. */
  others: Map<string, string[][]>;
}

function sheetsOf(emu: Emulator) {
  return emu.backend.stores.spreadsheets.bound.sheets;
}

/** Every table record and every other tab's rows, read from the emulator's cells (never through the bundle). */
export function snapshotRecords(emu: Emulator): RecordsSnapshot {
  const tables = new Map<string, TabSnapshot>();
  const others = new Map<string, string[][]>();
  const tableNames = new Set(TABLE_TABS.map((d) => d.name));
  for (const sheet of sheetsOf(emu)) {
    const last = sheet.lastRow();
    const width = sheet.lastColumn();
    const all = last > 0 && width > 0 ? sheet.getValues(1, 1, last, width) : [];
    if (!tableNames.has(sheet.name)) {
      others.set(
        sheet.name,
        all.map((r) => r.map(cellKey)),
      );
      continue;
    }
    const headers = (all[0] ?? []).map((h) => String(h).trim());
    const idAt = headers.indexOf(TABLE_TABS.find((d) => d.name === sheet.name)!.columns[0]!.header);
    const records = new Map<string, Map<string, string>>();
    for (const cells of all.slice(1)) {
      const id = idAt >= 0 ? String(cells[idAt] ?? '').trim() : '';
      if (id === '') continue; // rows without an id are the id check's business (uniqueIds)
      const m = new Map<string, string>();
      headers.forEach((h, j) => {
        if (h !== '') m.set(h, cellKey(cells[j] ?? ''));
      });
      records.set(id, m);
    }
    tables.set(sheet.name, { headers, records });
  }
  return { tables, others };
}

const short = (k: string | undefined) =>
  k === undefined ? 'nothing' : JSON.stringify(k.length > 50 ? `${k.slice(0, 50)}…` : k);

/**
 * Compares the end state with the baseline: each baseline record still present (by id, wherever its row moved)
 * with every cell unchanged unless `intent` lets that field of that record change; new ids only in tabs the
 * intent adds to; no baseline row of a non-table tab (raw form responses above all) changed or gone.
 */
export function nothingLost(emu: Emulator, before: RecordsSnapshot, intent: Intent): Violation[] {
  const after = snapshotRecords(emu);
  const out: Violation[] = [];
  for (const [tab, was] of before.tables) {
    const now = after.tables.get(tab);
    if (!now) {
      if (was.records.size > 0)
        out.push({ check: 'lost', detail: `${tab} is gone with its ${was.records.size} records` });
      continue;
    }
    const def = TABLE_TABS.find((d) => d.name === tab)!;
    const keyOf = new Map(def.columns.map((c) => [c.header, c.key]));
    for (const [id, cells] of was.records) {
      const end = now.records.get(id);
      if (!end) {
        out.push({ check: 'lost', detail: `${tab} ${id} is no longer in the tab` });
        continue;
      }
      const allowed = allowedFields(intent, tab, id);
      for (const [header, value] of cells) {
        const key = keyOf.get(header) ?? header;
        const endValue = end.get(header);
        if (endValue === value) continue;
        if (allowed === '*' || allowed.has(key)) continue;
        if (endValue === undefined && intent.structure) {
          // A renamed header (repair): the value must still be in the record, under some header.
          if (value === 'string:' || [...end.values()].includes(value)) continue;
          out.push({ check: 'lost', detail: `${tab} ${id} lost ${header} = ${short(value)} in the repair` });
          continue;
        }
        out.push({
          check: 'changed',
          detail: `${tab} ${id} ${header} changed from ${short(value)} to ${short(endValue)}, which the operation does not intend`,
        });
      }
    }
    const mayAdd = tab === AUDIT_TAB || (intent.adds ?? []).includes(tab);
    if (!mayAdd)
      for (const id of now.records.keys())
        if (!was.records.has(id))
          out.push({ check: 'added', detail: `${tab} ${id} was added, which the operation does not intend` });
  }
  for (const [tab, now] of after.tables) {
    if (before.tables.has(tab) || tab === AUDIT_TAB || (intent.adds ?? []).includes(tab)) continue;
    if (now.records.size > 0 && !intent.structure)
      out.push({ check: 'added', detail: `${tab} appeared with ${now.records.size} records` });
  }
  for (const [tab, rows] of before.others) {
    if (intent.structure && !isResponseTab(tab)) continue;
    const now = after.others.get(tab);
    if (!now) {
      if (rows.length > 0) out.push({ check: 'lost', detail: `tab ${tab} is gone` });
      continue;
    }
    rows.forEach((row, i) => {
      const end = now[i] ?? [];
      const j = row.findIndex((v, c) => v !== (end[c] ?? 'string:'));
      if (j >= 0)
        out.push({
          check: isResponseTab(tab) ? 'raw response' : 'changed',
          detail: `${tab} row ${i + 1} column ${j + 1} changed from ${short(row[j])} to ${short(end[j])}`,
        });
    });
  }
  return out;
}

/** Form response tabs (Google's own "Form responses N", or the names setup gives them) stay raw, always. */
function isResponseTab(tab: string): boolean {
  return /respons/i.test(tab);
}

function allowedFields(intent: Intent, tab: string, id: string): '*' | Set<string> {
  const out = new Set<string>();
  for (const c of intent.changes ?? []) {
    if (c.tab !== tab || (c.ids !== '*' && !c.ids.includes(id))) continue;
    if (c.fields === '*') return '*';
    for (const f of [...c.fields, ...BOOKKEEPING]) out.add(f);
  }
  return out;
}
