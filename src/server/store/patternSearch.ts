// Keyed pre-filter searches with a caller's regular expression: one TextFinder per column span, no cell read.
import type { Table } from './table';

/** Runs of adjacent column indexes, e.g. [1, 2, 5] → [[1, 2], [5, 5]]: side-by-side columns share one search. */
function columnSpans(cols: readonly number[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const c of [...new Set(cols)].sort((a, b) => a - b)) {
    const prev = spans[spans.length - 1];
    if (prev && c === prev[1] + 1) prev[1] = c;
    else spans.push([c, c]);
  }
  return spans;
}

/**
 * Sheet rows (ascending) where a cell of any of the `keys` columns matches `pattern` (case ignored, and accents
 * when `ignoreDiacritics`): one search per span of adjacent columns
 * (https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findall) and one getRow per
 * match. A pre-filter: callers compare the rows they then read exactly, so the pattern may match more.
 */
export function locateByPattern(
  table: Table,
  keys: readonly string[],
  pattern: string,
  ignoreDiacritics: boolean,
  oneSearch = false,
): number[] {
  const index = table.match().index;
  const cols = keys.map((k) => index[k]).filter((i): i is number => i !== undefined);
  const last = table.lastRow();
  if (cols.length === 0 || last < 2) return [];
  const rows = new Set<number>();
  // `oneSearch`: one search of every column from the first key's to the last's (the columns between are searched
  // too, so the caller's exact check must name the column): fewer round trips when the tab is small.
  const spans: [number, number][] = oneSearch ? [[Math.min(...cols), Math.max(...cols)]] : columnSpans(cols);
  for (const [from, to] of spans) {
    const found = table
      .sheet()
      .getRange(2, from + 1, last - 1, to - from + 1)
      .createTextFinder(pattern)
      .useRegularExpression(true)
      .ignoreDiacritics(ignoreDiacritics)
      .findAll();
    for (const cell of found) rows.add(cell.getRow());
  }
  return [...rows].sort((a, b) => a - b);
}
