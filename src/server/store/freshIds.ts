// Choosing fresh record ids from a counter and a view of the id column: no table, no session, so the audit log
// can issue its own ids without tying itself to the store's tables (see idIssue.ts for the why).

import { idNumber, nextIds } from '../../core/workbook/ids';
import { idAtLeastSource } from './keyPattern';

export function counterKey(prefix: string): string {
  return `scn.lastId.${prefix}`;
}

/** The number of an id ("CON-000123" → 123). */
export function idSerial(id: string): number {
  return Number(id.split('-')[1]);
}

/** What issuing ids needs of a tab: a search of its id column, its last row's id, and the column itself. */
export interface IdColumn {
  /** Whether any cell of the id column matches the regular expression (one search; no cell read). */
  holdsMatch(pattern: string): boolean;
  /** The id in the tab's last row ('' when there is none): one cell read. */
  lastId(): unknown;
  /** Every id of the column (one read of the column: the rare path). */
  all(): unknown[];
}

/**
 * `count` ids after `counter`, none of them (nor any higher id) in the tab. One search for an id at or above the
 * first candidate answers the usual case, where the counter is ahead of every row. When it finds one (rows put in
 * by a copy, an import or a restore, or by a version that saved the counter after its rows), the last row's id
 * raises the floor and a second search checks above it; only when that finds one too is the column read.
 */
export function freshIds(prefix: string, count: number, counter: number, column: IdColumn): string[] {
  if (!column.holdsMatch(idAtLeastSource(prefix, counter + 1))) return nextIds(prefix, [], count, counter);
  const floor = Math.max(counter, idNumber(prefix, column.lastId()) ?? 0);
  if (floor > counter && !column.holdsMatch(idAtLeastSource(prefix, floor + 1)))
    return nextIds(prefix, [], count, floor);
  return nextIds(prefix, column.all(), count, floor);
}
