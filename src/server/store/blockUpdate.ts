// Updating many rows of a table at once: each record checked and audited as a single update is, the cells written
// as one block per run of adjacent rows (a sweep over hundreds of rows makes a few calls, not one per row).

import { message } from '../../core/messages';
import { toCell } from '../../core/schema/cells';
import { parseRecord } from '../../core/schema/recordSchema';
import { neutraliseText } from '../../core/schema/text';
import { auditValue } from '../audit/auditLog';
import { definedColumns, spansOf } from './columnSpans';
import { RecordNotFoundError, StaleRecordError, staleMessage_, WorkbookStructureError } from './errors';
import { RecordInvalidError } from './recordInvalidError';
import type { StoredRecord, Table, TableRow } from './table';
import { type SaveOptions, writeSpans } from './tableWrites';
import { versionOf } from './version';

export interface BlockChange {
  id: string;
  changes: Record<string, unknown>;
  /** The version the caller read: a row changed since is refused (StaleRecordError), as a single update is. */
  expectedVersion: number;
}

export interface BlockOptions extends SaveOptions {
  /**
   * The audit keeps the new values only, the old ones as "[not kept]": for a clearing whose very point is that
   * the old values (passport numbers, needs) are no longer held anywhere, the Audit tab included.
   */
  withoutOldValues?: boolean;
}

/** What the audit shows in place of an old value the change removes on purpose. */
export const NOT_KEPT = '[not kept]';

const BOOKKEEPING = ['createdAt', 'updatedAt', 'updatedBy', 'version', 'lastRequest'];

interface Planned {
  row: TableRow;
  cells: Map<number, unknown>;
}

/**
 * Applies `updates` (under the script lock): all are checked before any is written, so a refused one writes
 * nothing. Rows with nothing to change are left alone (no version bump, no audit). Returns the records changed.
 */
export function updateRecordsInBlocks(
  table: Table,
  updates: readonly BlockChange[],
  options: BlockOptions = {},
): StoredRecord[] {
  const def = table.def;
  const match = table.requireStructure();
  if (!options.noAudit) table.session.audit.prepare();
  const now = table.session.now();
  const who = table.session.auditIdentity();
  const planned: Planned[] = [];
  // One id search per 100 rows, not one per row: findRow then knows each row found (Table.findRows).
  const ids = updates.map((u) => u.id);
  for (let i = 0; i < ids.length; i += 100) table.findRows(table.idKey(), ids.slice(i, i + 100));
  for (const u of updates) {
    const row = table.findRow(u.id);
    if (!row) throw new RecordNotFoundError(message('store.notFoundDeleted', { tab: def.name, id: u.id }));
    const before = table.values(row);
    const current = versionOf(before['version']);
    if (current !== u.expectedVersion)
      throw new StaleRecordError(
        staleMessage_(u.id, before['updatedBy'], current, u.expectedVersion),
        current,
      );
    const editable = def.columns.filter(
      (c) => u.changes[c.key] !== undefined && c.key !== table.idKey() && BOOKKEEPING.indexOf(c.key) < 0,
    );
    const merged: Record<string, unknown> = { ...table.raw(row), ...u.changes };
    const parsed = parseRecord(def, merged);
    const typed = parsed.ok ? (parsed.record as Record<string, unknown>) : merged;
    if (!parsed.ok) {
      const relevant = parsed.problems.filter((p) => editable.some((c) => c.key === p.key));
      if (relevant.length > 0) throw new RecordInvalidError(def.name, relevant);
    }
    const changed = editable.filter((c) => auditValue(typed[c.key]) !== auditValue(before[c.key]));
    if (changed.length === 0) continue;
    const cells = new Map<number, unknown>();
    for (const c of changed) {
      const i = match.index[c.key];
      if (i === undefined)
        throw new WorkbookStructureError(message('structure.noColumn', { tab: def.name, column: c.header }));
      cells.set(i, toCell(c, typed[c.key]));
    }
    const bump: Record<string, unknown> = { updatedAt: now, updatedBy: who, version: current + 1 };
    for (const key of Object.keys(bump)) {
      const i = match.index[key];
      if (i !== undefined) cells.set(i, toCell(table.column(key), bump[key]));
    }
    if (!options.noAudit) {
      const diff: Record<string, [unknown, unknown]> = {};
      for (const c of changed)
        diff[c.key] = [
          options.withoutOldValues ? NOT_KEPT : auditValue(before[c.key]),
          auditValue(typed[c.key]),
        ];
      table.session.audit.add({
        action: options.action ?? 'update',
        tab: def.name,
        recordId: u.id,
        changes: diff,
        summary: options.summary ?? '',
        version: current + 1,
      });
    }
    planned.push({ row, cells });
  }
  if (planned.length === 0) return [];
  // The journal holds the audit rows before any cell changes, as for a single update (kill-anywhere).
  if (!options.noAudit) table.session.journal.save();
  planned.sort((a, b) => a.row.row - b.row.row);
  const defined = definedColumns(match);
  const textOnly = new Set(def.columns.filter((c) => c.textOnly).map((c) => match.index[c.key]));
  for (let i = 0; i < planned.length; ) {
    let j = i;
    while (j + 1 < planned.length && planned[j + 1]!.row.row === planned[j]!.row.row + 1) j++;
    const run = planned.slice(i, j + 1);
    const columns = run.flatMap((p) => [...p.cells.keys()]);
    // Columns inside a span that a row does not change are written back as read (text kept as text).
    const fill = (r: number, c: number) => {
      const p = run[r]!;
      if (p.cells.has(c)) return p.cells.get(c);
      const v = p.row.cells[c] ?? '';
      return typeof v === 'string' && !textOnly.has(c) ? neutraliseText(v) : v;
    };
    writeSpans(table, run[0]!.row.row, run.length, spansOf(columns, defined), fill);
    i = j + 1;
  }
  for (const p of planned) for (const [c, v] of p.cells) p.row.cells[c] = v;
  table.afterWrite();
  return planned.map((p) => table.stored(p.row));
}
