// Host-side views of the emulated workbook for the reliability suites: records by header, audit rows, a snapshot.

import { AUDIT, TABLE_TABS, type TabDef } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { BOUND_DOCUMENT_KEY } from '../../../src/emulator/services/script/install';
import type { SheetModel } from '../../../src/emulator/services/spreadsheet/install';
import { type RecordsSnapshot, snapshotRecords } from './nothingLost';

export const OWNER = 'owner@strongcities.org';

/** One data row of a table tab: its sheet row, its id and its cells keyed by field key. */
export interface RecordRow {
  row: number;
  id: string;
  cells: Record<string, unknown>;
}

export function sheetOf(emu: Emulator, name: string): SheetModel | undefined {
  return emu.backend.stores.spreadsheets.bound.sheetByName(name) ?? undefined;
}

/** The non-empty data rows of a table tab, mapped through its header row (columns matched by header text). */
export function recordRows(emu: Emulator, def: TabDef): RecordRow[] {
  const sheet = sheetOf(emu, def.name);
  if (!sheet || sheet.lastRow() < 2) return [];
  const width = sheet.lastColumn();
  const all = sheet.getValues(1, 1, sheet.lastRow(), width);
  const headers = (all[0] ?? []).map((h) => String(h).trim());
  const keyAt = def.columns.map((c) => headers.indexOf(c.header));
  const idAt = keyAt[0] ?? -1;
  const out: RecordRow[] = [];
  all.slice(1).forEach((cells, i) => {
    if (cells.every((c) => c === '')) return;
    const byKey: Record<string, unknown> = {};
    def.columns.forEach((c, j) => {
      const at = keyAt[j] ?? -1;
      if (at >= 0) byKey[c.key] = cells[at];
    });
    out.push({ row: i + 2, id: idAt >= 0 ? String(cells[idAt] ?? '').trim() : '', cells: byKey });
  });
  return out;
}

export interface AuditRow {
  id: string;
  action: string;
  tab: string;
  recordId: string;
  changes: string;
}

export function auditRows(emu: Emulator): AuditRow[] {
  return recordRows(emu, AUDIT).map((r) => ({
    id: r.id,
    action: String(r.cells['action'] ?? ''),
    tab: String(r.cells['tab'] ?? ''),
    recordId: String(r.cells['recordId'] ?? ''),
    changes: String(r.cells['changes'] ?? ''),
  }));
}

/** What a suite compares against after the operation: ids and versions per tab, audit size, validation problems. */
export interface Baseline {
  versions: Map<string, Map<string, number>>;
  auditCount: number;
  problems: Set<string>;
  outbox: number;
  /** Every record and raw row, read from the emulator's cells: what "nothing lost" compares with. */
  records: RecordsSnapshot;
  /** The bound workbook's document properties as the emulator holds them (rawState.ts). */
  properties: Map<string, string>;
}

export function versionsByTab(emu: Emulator): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const def of TABLE_TABS) {
    if (def.name === AUDIT.name) continue;
    const m = new Map<string, number>();
    for (const r of recordRows(emu, def)) m.set(r.id, Number(r.cells['version']) || 1);
    out.set(def.name, m);
  }
  return out;
}

/** The bundle's own validation (checkWorkbook), run as the owner: each problem as "tab!row:col message". */
export function validationProblems(emu: Emulator): string[] {
  const r = emu.run<{
    problems: { tab: string; row: number; col: number; message: string }[];
    total: number;
  }>('checkWorkbook', ['full'], { user: OWNER });
  if (r.status !== 'ok') return [`checkWorkbook ${r.status}: ${r.error}`];
  return (r.value?.problems ?? []).map((p) => `${p.tab}!${p.row}:${p.col} ${p.message}`);
}

/** Takes the baseline just before the operation under test runs (validation run here counts only host-side). */
export function baselineOf(emu: Emulator): Baseline {
  return {
    versions: versionsByTab(emu),
    auditCount: auditRows(emu).length,
    problems: new Set(validationProblems(emu)),
    outbox: emu.backend.stores.comms.mail.outbox.length,
    records: snapshotRecords(emu),
    properties: new Map(emu.backend.stores.script.properties.forDocument(BOUND_DOCUMENT_KEY)),
  };
}
