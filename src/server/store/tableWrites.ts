// Inserting and updating table rows: validated, neutralised, written as contiguous blocks, audited.

import type { ColumnDef } from '../../../sheets-templates';
import { message } from '../../core/messages';
import { toCell } from '../../core/schema/cells';
import { parseRecord } from '../../core/schema/recordSchema';
import { neutraliseText } from '../../core/schema/text';
import { columnLetter } from '../../core/workbook/headerMatch';
import { auditValue } from '../audit/auditLog';
import { definedColumns, plainTextSpans, type Span, spansOf } from './columnSpans';
import { RecordNotFoundError, StaleRecordError, staleMessage_, WorkbookStructureError } from './errors';
import { counterCatchUp } from './idIssue';
import { keepConvertibleTextAsText, type PendingBlock } from './plainTextGuard';
import { RecordInvalidError } from './recordInvalidError';
import { copyRulesToNewRows_ } from './ruleRows';
import type { StoredRecord, Table, TableRow } from './table';
import { versionOf } from './version';

export interface SaveOptions {
  /** The audit action ('create' / 'update' by default; 'approve', 'import'…). */
  action?: string;
  /** A short human summary for the audit row. */
  summary?: string;
  /** Skip the audit row (the Audit tab itself, bulk imports that log one summary row instead). */
  noAudit?: boolean;
  /**
   * The sidebar's id of this save (checked by requestIdOf), kept in the row's Last request column: a create
   * whose id is already in the table returns that record, an update whose row carries it succeeds unchanged.
   */
  requestId?: string;
}

/** Rows added when the grid is full: growing in steps keeps insertRows rare. */
const GROW_ROWS = 500;
const BOOKKEEPING = ['createdAt', 'updatedAt', 'updatedBy', 'version', 'lastRequest'];

/** Checks a record's fields with the tab's zod schema; only the given keys' problems block the save. */
function checkFields(
  table: Table,
  values: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> {
  const parsed = parseRecord(table.def, values);
  if (parsed.ok) return parsed.record as Record<string, unknown>;
  const relevant = parsed.problems.filter((p) => keys.indexOf(p.key) >= 0);
  if (relevant.length > 0) throw new RecordInvalidError(table.def.name, relevant);
  return values;
}

function requireColumn(table: Table, column: ColumnDef): number {
  const i = table.match().index[column.key];
  if (i === undefined) {
    throw new WorkbookStructureError(
      message('structure.noColumn', { tab: table.def.name, column: column.header }),
    );
  }
  return i;
}

/**
 * Writes one block per span; `cellAt(rowOffset, col)` gives each cell. When a write fails part-way the audit
 * log is told, so the rows journaled for it are checked by the next write session instead of written blindly.
 */
export function writeSpans(
  table: Table,
  firstRow: number,
  numRows: number,
  spans: Span[],
  cellAt: (r: number, col: number) => unknown,
): void {
  const sheet = table.sheet();
  const blocks: PendingBlock[] = spans.map((s) => {
    const values: unknown[][] = [];
    for (let r = 0; r < numRows; r++) {
      const line: unknown[] = [];
      for (let c = s.from; c <= s.to; c++) line.push(cellAt(r, c));
      values.push(line);
    }
    return { row: firstRow, col: s.from + 1, values };
  });
  const match = table.match();
  const textOnly = new Set<number>();
  for (const c of table.def.columns)
    if (c.textOnly && match.index[c.key] !== undefined) textOnly.add(match.index[c.key]!);
  try {
    // Counters issued for these rows land first (when no journal save took them): never behind the rows.
    table.session.writePendingProperties();
    // A text-only cell whose '@' was lost would evaluate or convert risky text: restore '@' on those cells first.
    keepConvertibleTextAsText(sheet, blocks, textOnly);
    for (const b of blocks) {
      sheet.getRange(b.row, b.col, numRows, b.values[0]!.length).setValues(b.values as never);
    }
  } catch (e) {
    table.session.journal.markUncertain();
    throw e;
  }
}

/**
 * The rows already saved by this request (a retry of a save whose answer never reached the sidebar): found by
 * a search of the Last request column, so a retry check reads only the rows that carry the request id.
 */
function rowsOfRequest(table: Table, requestId: string | undefined): TableRow[] {
  if (!requestId || table.match().index['lastRequest'] === undefined) return [];
  return table.findRows('lastRequest', [requestId]);
}

/** Makes room below the last row, formatting the new rows' text columns as plain text like setup does. */
function ensureRows(table: Table, lastRowNeeded: number): void {
  const sheet = table.sheet();
  const max = sheet.getMaxRows();
  if (lastRowNeeded <= max) return;
  const add = Math.max(lastRowNeeded - max, GROW_ROWS);
  sheet.insertRowsAfter(max, add);
  // Every text column's new cells formatted '@' in one call (a RangeList), not one call per run of columns.
  const last = max + add;
  const ranges = plainTextSpans(table.def, table.match()).map(
    (s) => `${columnLetter(s.from)}${max + 1}:${columnLetter(s.to)}${last}`,
  );
  if (ranges.length > 0) sheet.getRangeList(ranges).setNumberFormat('@');
  copyRulesToNewRows_(sheet, table.headers().length, max + 1, add); // dropdowns follow the rows (issue 10 item 10)
}

export function insertRecords(
  table: Table,
  inputs: readonly Record<string, unknown>[],
  options: SaveOptions,
): StoredRecord[] {
  if (inputs.length === 0) return [];
  const def = table.def;
  const match = table.requireStructure();
  const done = rowsOfRequest(table, options.requestId);
  if (done.length > 0) {
    const stored = done.map((r) => table.stored(r));
    counterCatchUp(
      table,
      stored.map((r) => r.id),
    );
    return stored;
  }
  if (!options.noAudit) table.session.audit.prepare();
  const ids = table.takeIds(inputs.length);
  const now = table.session.now();
  const user = table.session.auditIdentity();
  const records = inputs.map((input, n) => {
    const values: Record<string, unknown> = {
      ...input,
      id: ids[n],
      createdAt: now,
      updatedAt: now,
      updatedBy: user,
      version: 1,
    };
    if (options.requestId && match.index['lastRequest'] !== undefined)
      values['lastRequest'] = options.requestId;
    values[table.idKey()] = ids[n];
    const keys = def.columns.map((c) => c.key).filter((k) => input[k] !== undefined);
    return checkFields(table, values, keys);
  });
  const cellsByRow = records.map((r) => {
    const cells = new Map<number, unknown>();
    for (const c of def.columns) {
      const v = r[c.key];
      const empty = v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
      if (match.index[c.key] === undefined) {
        if (!empty && c.type !== 'boolean') requireColumn(table, c);
        continue;
      }
      // Text-only columns are formatted '@' (setup, ensureRows), so their text is written as typed (toCell);
      // writeSpans restores '@' first where a cell lost it and the text is one Sheets would convert.
      cells.set(match.index[c.key]!, toCell(c, v));
    }
    return cells;
  });
  if (!options.noAudit) {
    // One time for the whole block: the journal keeps a bulk insert as one run of ids only when its entries share
    // their time (journalChunks.ts), and a real clock moves between the rows of a loop.
    const at = table.session.now();
    records.forEach((record, n) => {
      const changes: Record<string, [unknown, unknown]> = {};
      for (const c of def.columns) {
        if (BOOKKEEPING.indexOf(c.key) >= 0 || c.key === table.idKey()) continue;
        const v = auditValue(record[c.key]);
        if (v !== '') changes[c.key] = ['', v];
      }
      table.session.audit.add({
        action: options.action ?? 'create',
        tab: def.name,
        recordId: ids[n]!,
        changes,
        summary: options.summary ?? '',
        version: 1,
        at,
      });
    });
    // Write-ahead: the audit rows are safe in the journal before the data they describe is written.
    table.session.journal.save();
  }
  const lastRow = table.lastRow();
  const first = lastRow + 1;
  try {
    ensureRows(table, first + inputs.length - 1);
  } catch (e) {
    // The audit rows are journaled for data not written: the journal, not the log, settles them (as writeSpans).
    if (!options.noAudit) table.session.journal.markUncertain();
    throw e;
  }
  const spans = spansOf([...cellsByRow[0]!.keys()], definedColumns(match));
  writeSpans(table, first, inputs.length, spans, (r, c) => cellsByRow[r]!.get(c) ?? '');
  const width = Math.max(lastRow > 0 ? table.headers().length : 0, ...spans.map((s) => s.to + 1));
  const rows: TableRow[] = cellsByRow.map((cells, n) => ({
    row: first + n,
    cells: Array.from({ length: width }, (_, i) => cells.get(i) ?? ''),
  }));
  table.remember(rows, first + inputs.length - 1, ids);
  const stored = rows.map((row) => table.stored(row));
  table.afterWrite();
  return stored;
}

export function updateRecord(
  table: Table,
  id: string,
  changes: Record<string, unknown>,
  expectedVersion: number,
  options: SaveOptions,
): StoredRecord {
  const def = table.def;
  const match = table.requireStructure();
  if (!options.noAudit) table.session.audit.prepare();
  const row = table.findRow(id);
  if (!row) throw new RecordNotFoundError(message('store.notFoundDeleted', { tab: def.name, id }));
  // A retry of a save that already landed (its answer was lost): success, nothing written twice.
  if (options.requestId && String(table.cell(row, 'lastRequest')) === options.requestId)
    return table.stored(row);
  const before = table.values(row);
  const current = versionOf(before['version']);
  if (current !== expectedVersion) {
    throw new StaleRecordError(staleMessage_(id, before['updatedBy'], current, expectedVersion), current);
  }
  const editable = def.columns.filter(
    (c) => changes[c.key] !== undefined && c.key !== table.idKey() && BOOKKEEPING.indexOf(c.key) < 0,
  );
  const merged: Record<string, unknown> = { ...table.raw(row) };
  for (const c of editable) merged[c.key] = changes[c.key];
  const typed = checkFields(
    table,
    merged,
    editable.map((c) => c.key),
  );
  const changed = editable.filter((c) => auditValue(typed[c.key]) !== auditValue(before[c.key]));
  if (changed.length === 0) return table.stored(row);
  const now = table.session.now();
  const bump: Record<string, unknown> = {
    updatedAt: now,
    updatedBy: table.session.auditIdentity(),
    version: current + 1,
  };
  if (options.requestId) bump['lastRequest'] = options.requestId;
  const cells = new Map<number, unknown>();
  for (const c of changed) cells.set(requireColumn(table, c), toCell(c, typed[c.key]));
  for (const key of Object.keys(bump)) {
    const i = match.index[key];
    if (i !== undefined) cells.set(i, toCell(table.column(key), bump[key]));
  }
  const spans = spansOf([...cells.keys()], definedColumns(match));
  // Defined columns between two changed ones are written back as they were read: text-only ('@') columns
  // unchanged, text in the other columns neutralised so it stays text.
  const textOnly = new Set(def.columns.filter((c) => c.textOnly).map((c) => match.index[c.key]));
  const fill = (c: number) => {
    if (cells.has(c)) return cells.get(c);
    const v = row.cells[c] ?? '';
    return typeof v === 'string' && !textOnly.has(c) ? neutraliseText(v) : v;
  };
  if (!options.noAudit) {
    const diff: Record<string, [unknown, unknown]> = {};
    for (const c of changed) diff[c.key] = [auditValue(before[c.key]), auditValue(typed[c.key])];
    table.session.audit.add({
      action: options.action ?? 'update',
      tab: def.name,
      recordId: id,
      changes: diff,
      summary: options.summary ?? '',
      version: current + 1,
    });
    table.session.journal.save();
  }
  writeSpans(table, row.row, 1, spans, (_r, c) => fill(c));
  for (const [i, v] of cells) row.cells[i] = v;
  table.afterWrite();
  return table.stored(row);
}
