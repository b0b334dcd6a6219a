// A mailing's Sends rows on the sheet: read as one block, and status changes written as one block per batch.

import { SENDS } from '../../../../sheets-templates';
import type { WorkbookSession } from '../../store/session';
import type { TableRow } from '../../store/table';
import { type BlockPlace, readPlace_, writePlace_ } from './journal';

/** The Sends columns a batch changes. */
export interface SendChange {
  status: string;
  sentAt?: Date | '';
  messageId?: string;
  error?: string;
}

const CHANGED = ['status', 'sentAt', 'messageId', 'error'] as const;

/** Where the Sends columns are: header positions and the width read per row. */
interface Layout {
  index: Readonly<Record<string, number | undefined>>;
  width: number;
}

/** The layout a sending run read once at its start (module state lives one execution, like the session). */
const pinned = new WeakMap<WorkbookSession, Layout>();

/**
 * Keeps the Sends header as read now for the rest of the run, so a batch does not read the header row again
 * after each lock (the store forgets it when the lock is taken): one read fewer per batch. A column moved
 * meanwhile shows as a batch whose ids do not match (the run stops there and the next run reads afresh).
 */
export function pinLayout_(session: WorkbookSession): void {
  const table = session.table(SENDS);
  pinned.set(session, { index: { ...table.match().index }, width: table.headers().length });
}

function layout(session: WorkbookSession): Layout {
  const p = pinned.get(session);
  if (p) return p;
  const table = session.table(SENDS);
  return { index: table.match().index, width: table.headers().length };
}

/** Rows `from`..`to` of Sends in one read (with the pinned layout, no header read). */
export function readSpan_(session: WorkbookSession, from: number, to: number): TableRow[] {
  const { width } = layout(session);
  const values = session
    .table(SENDS)
    .sheet()
    .getRange(from, 1, to - from + 1, width)
    .getValues();
  return values.map((cells, i) => ({ row: from + i, cells }));
}

/**
 * The mailing's rows: the block written at its start (one read) when it is still where it was put — every row
 * names the mailing — else found by a search of the Mailing column (the tab was sorted since), and the new place
 * remembered when it is one block again.
 */
export function mailingRows_(session: WorkbookSession, mailingId: string): TableRow[] {
  const table = session.table(SENDS);
  const col = table.match().index['mailingId'];
  if (col === undefined) return [];
  const place = readPlace_(session, mailingId);
  if (place && place.count > 0 && place.first + place.count - 1 <= table.lastRow()) {
    const rows = table.readRows(span(place.first, place.first + place.count - 1));
    if (rows.length === place.count && rows.every((r) => String(r.cells[col]) === mailingId)) return rows;
  }
  const found = table.findRows('mailingId', [mailingId]);
  const first = found[0]?.row ?? 0;
  const contiguous = found.every((r, i) => r.row === first + i);
  const next: BlockPlace | null = found.length > 0 && contiguous ? { first, count: found.length } : null;
  writePlace_(session, mailingId, next);
  return found;
}

export function span(from: number, to: number): number[] {
  const out: number[] = [];
  for (let r = from; r <= to; r++) out.push(r);
  return out;
}

/** The value of `key` in a row as read (by header position). */
export function cellOf(session: WorkbookSession, row: TableRow, key: string): unknown {
  const i = layout(session).index[key];
  return i === undefined ? '' : (row.cells[i] ?? '');
}

/**
 * Writes `changes` (by sheet row) in one setValues over the rows from the first to the last changed and the
 * columns from the first to the last of status/sent at/message id/error; rows in between keep what was read.
 * `rows` must hold every row of that span as read under this lock.
 */
export function writeChanges_(
  session: WorkbookSession,
  rows: readonly TableRow[],
  changes: ReadonlyMap<number, SendChange>,
): void {
  if (changes.size === 0) return;
  const table = session.table(SENDS);
  const index = layout(session).index;
  const cols = CHANGED.map((k) => index[k]).filter((i): i is number => i !== undefined);
  const c0 = Math.min(...cols);
  const c1 = Math.max(...cols);
  const numbers = [...changes.keys()].sort((a, b) => a - b);
  const r0 = numbers[0]!;
  const r1 = numbers[numbers.length - 1]!;
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const values: unknown[][] = [];
  for (let r = r0; r <= r1; r++) {
    // A row missing from what was read is empty on the sheet: it is written back empty.
    const read = byRow.get(r) ?? { row: r, cells: [] };
    const change = changes.get(r);
    if (change)
      for (const k of CHANGED) {
        const i = index[k];
        const v = change[k];
        if (i !== undefined && v !== undefined) read.cells[i] = v;
      }
    const line: unknown[] = [];
    for (let c = c0; c <= c1; c++) line.push(read.cells[c] ?? '');
    values.push(line);
  }
  table
    .sheet()
    .getRange(r0, c0 + 1, r1 - r0 + 1, c1 - c0 + 1)
    .setValues(values);
  table.afterWrite();
}
