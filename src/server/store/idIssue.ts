// Issuing new record ids: from the counter in document properties, never one already present in the tab.
//
// A restore, an import or a copy of rows can put ids above the counter into a tab; trusting the counter alone
// handed those ids out again. Each issue checks its candidates with one TextFinder search of the id column
// (no cells travel) for any id at or above them; only when one is there is the last row's id read, and only when
// that is not above every id either is the id column read. The counter is saved before the rows that carry its
// ids (with the audit journal, or just before the data write: session.deferProperty), so an execution stopped in
// between leaves a gap, never a counter behind its rows, and the usual issue is that one search.

import { counterKey, freshIds, idSerial } from './freshIds';
import type { Table } from './table';

/**
 * `count` ids for new rows of `table` (call under the lock); the counter moves to the last one at once (deferred:
 * it is written before the rows, see session.deferProperty).
 */
export function issueIds(table: Table, count: number): string[] {
  const prefix = table.def.prefix;
  // Counters are written under the lock only, so the lock period's copy of the properties holds the latest.
  const key = counterKey(prefix);
  const counter = Number(table.session.lockedProperty(key)) || 0;
  const ids = freshIds(prefix, count, counter, {
    holdsMatch: (pattern) => table.idColumnHolds(pattern),
    lastId: () => lastRowId(table),
    all: () => table.idColumn(),
  });
  saveCounter(table, ids);
  return ids;
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

/** Moves the counter to the last id issued (deferred: it lands before the rows that carry the ids). */
export function saveCounter(table: Table, ids: readonly string[]): void {
  if (ids.length === 0) return;
  table.session.deferProperty(counterKey(table.def.prefix), String(idSerial(ids[ids.length - 1]!)));
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
