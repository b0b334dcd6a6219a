// Issuing new record ids: from the counter in document properties, never one already present in the tab.
//
// A restore, an import or a copy of rows can put ids above the counter into a tab; trusting the counter alone
// handed those ids out again. Each issue checks its candidates with one TextFinder search of the id column
// (no cells travel) after reading the last row's id (one cell); only when a candidate is taken is the id column
// read once, and the ids continue above its highest.

import { idNumber, nextIds } from '../../core/workbook/ids';
import type { Table } from './table';

export function counterKey(prefix: string): string {
  return `scn.lastId.${prefix}`;
}

/** The number of an id ("CON-000123" → 123). */
export function idSerial(id: string): number {
  return Number(id.split('-')[1]);
}

/** `count` ids for new rows of `table` (call under the lock; the caller saves the counter, see saveCounter). */
export function issueIds(table: Table, count: number): string[] {
  const prefix = table.def.prefix;
  // Counters are written under the lock only, so the lock period's copy of the properties holds the latest.
  const key = counterKey(prefix);
  const counter = Number(table.session.lockedProperty(key)) || 0;
  // Rows appended by a copy, an import or another execution end the tab: the last row's id is one cell away.
  const floor = Math.max(counter, idNumber(prefix, lastRowId(table)) ?? 0);
  const ids = nextIds(prefix, [], count, floor);
  if (table.locate(table.idKey(), ids).length === 0) return ids;
  return nextIds(prefix, table.idColumn(), count, floor);
}

/** The id in the tab's last row ('' when there is none), one cell read; in memory when the tab was read whole. */
function lastRowId(table: Table): unknown {
  const last = table.lastRow();
  const col = table.match().index[table.idKey()];
  if (last < 2 || col === undefined) return '';
  const known = table.readRowsInMemory([last]);
  if (known) return known[0] ? table.cell(known[0], table.idKey()) : '';
  return table
    .sheet()
    .getRange(last, col + 1)
    .getValue();
}

/** Moves the counter to the last id issued (after the rows are written; a stop in between is caught by the next issue's check). */
export function saveCounter(table: Table, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const key = counterKey(table.def.prefix);
  const value = String(idSerial(ids[ids.length - 1]!));
  table.session.properties().setProperty(key, value);
  table.session.rememberLockedProperty(key, value);
}

/**
 * After a retried create found its rows already written: a stop between those rows and saveCounter left the
 * counter behind them, so it catches up now (the ids must stay used even if those rows are later removed).
 */
export function counterCatchUp(table: Table, ids: readonly string[]): void {
  const key = counterKey(table.def.prefix);
  const counter = Number(table.session.lockedProperty(key)) || 0;
  const highest = Math.max(0, ...ids.map(idSerial).filter((n) => Number.isFinite(n)));
  if (highest <= counter) return;
  table.session.properties().setProperty(key, String(highest));
  table.session.rememberLockedProperty(key, String(highest));
}
