// Contiguous column spans to write: the store never writes into a user's own (unknown) column.

import type { TabDef } from '../../../sheets-templates';
import type { HeaderMatch } from '../../core/workbook/headerMatch';

/** A 0-based, inclusive run of sheet columns. */
export interface Span {
  from: number;
  to: number;
}

/**
 * Splits the given column indexes into runs that may be filled in between with defined columns only:
 * two written columns share one block unless an unknown (or empty-header) column lies between them.
 */
export function spansOf(indexes: readonly number[], defined: ReadonlySet<number>): Span[] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (const i of sorted) {
    const last = spans[spans.length - 1];
    if (last) {
      let joinable = true;
      for (let j = last.to + 1; j < i; j++) {
        if (!defined.has(j)) {
          joinable = false;
          break;
        }
      }
      if (joinable) {
        last.to = i;
        continue;
      }
    }
    spans.push({ from: i, to: i });
  }
  return spans;
}

/** Sheet columns holding defined fields. */
export function definedColumns(match: HeaderMatch): Set<number> {
  return new Set(Object.values(match.index));
}

/** Runs of consecutive plain-text ('@') columns, for the number format of new rows. */
export function plainTextSpans(def: TabDef, match: HeaderMatch): Span[] {
  const text: number[] = [];
  for (const c of def.columns) {
    const i = match.index[c.key];
    if (i !== undefined && c.textOnly) text.push(i);
  }
  const sorted = text.sort((a, b) => a - b);
  const spans: Span[] = [];
  for (const i of sorted) {
    const last = spans[spans.length - 1];
    if (last && last.to === i - 1) last.to = i;
    else spans.push({ from: i, to: i });
  }
  return spans;
}
