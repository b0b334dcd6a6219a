// A1 notation: column letters, cell and range references ('Sheet 1'!A1:B2, A:A, 2:5) and rectangles.

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `A1` for one cell, `A1:B2` otherwise. */
export function a1Of(r: Rect): string {
  const first = columnLetters(r.col) + r.row;
  if (r.numRows === 1 && r.numCols === 1) return first;
  return `${first}:${columnLetters(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

/** Quotes a sheet name for A1 notation when needed: 'My Sheet'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedA1 {
  sheetName?: string;
  /** Open-ended parts (A:A, 2:5) are filled from the sheet's size by the caller. */
  row?: number;
  col?: number;
  lastRow?: number;
  lastCol?: number;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Splits `'Sheet'!A1:B2` into its sheet name and corners; undefined when it is not A1 notation. */
export function parseA1(text: string): ParsedA1 | undefined {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'"))
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [a, b] = rest.split(':');
  const pa = PART.exec(a ?? '');
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2])) return undefined;
  const out: ParsedA1 = { sheetName };
  if (pa[1]) out.col = columnNumber(pa[1]);
  if (pa[2]) out.row = Number(pa[2]);
  if (pb[1]) out.lastCol = columnNumber(pb[1]);
  if (pb[2]) out.lastRow = Number(pb[2]);
  // A single cell ref without a colon must have both parts (A1), not just a column or row.
  if (b === undefined && (!pa[1] || !pa[2])) return undefined;
  return out;
}

/** Resolves a parsed reference to a rectangle inside a sheet of the given size. */
export function rectOfParsed(p: ParsedA1, maxRows: number, maxCols: number): Rect | undefined {
  const r1 = p.row ?? 1;
  const c1 = p.col ?? 1;
  const r2 = p.lastRow ?? (p.row === undefined ? maxRows : p.row);
  const c2 = p.lastCol ?? (p.col === undefined ? maxCols : p.col);
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  if (row < 1 || col < 1) return undefined;
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function rectContains(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

export function rectCovers(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

/**
 * Moves a rectangle after `count` rows (or columns) were inserted before `at` (count > 0) or
 * deleted from `at` (count < 0), as Sheets moves formats and ranges. Returns undefined when deleted away.
 */
export function shiftRect(r: Rect, axis: 'row' | 'col', at: number, count: number): Rect | undefined {
  const start = axis === 'row' ? r.row : r.col;
  const size = axis === 'row' ? r.numRows : r.numCols;
  let s = start;
  let n = size;
  if (count > 0) {
    if (start >= at) s = start + count;
    else if (start + size > at) n = size + count;
  } else {
    const del = -count;
    const delEnd = at + del; // first index after the deleted block
    const end = start + size; // exclusive
    const keptBefore = Math.max(0, Math.min(end, at) - start);
    const keptAfter = Math.max(0, end - Math.max(start, delEnd));
    n = keptBefore + keptAfter;
    if (n === 0) return undefined;
    s = start < at ? start : Math.max(at, start - del);
  }
  return axis === 'row' ? { ...r, row: s, numRows: n } : { ...r, col: s, numCols: n };
}
