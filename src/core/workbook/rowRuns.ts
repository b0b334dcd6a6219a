// Rows and cells as runs: contiguous row spans to read, and highlight cells as a few A1 ranges to format.
import { columnLetter } from './headerMatch';

export interface RowRun {
  from: number;
  to: number;
}

/** Contiguous runs of the rows given (any order, duplicates allowed); runs closer than `gap` rows are joined. */
export function rowRuns(rows: Iterable<number>, gap = 1): RowRun[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: RowRun[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r - last.to <= gap) last.to = r;
    else out.push({ from: r, to: r });
  }
  return out;
}

/** A cell as the key used in highlight sets: "row:col", 1-based. */
export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

export function parseCellKey(key: string): { row: number; col: number } {
  const [row, col] = key.split(':').map(Number);
  return { row: row!, col: col! };
}

/** Cells as A1 ranges: each column's cells in contiguous vertical runs ("C5:C9", "E12"). */
export function cellsToA1(cells: Iterable<string>): string[] {
  const byCol = new Map<number, number[]>();
  for (const k of cells) {
    const { row, col } = parseCellKey(k);
    const list = byCol.get(col);
    if (list) list.push(row);
    else byCol.set(col, [row]);
  }
  const out: string[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const letter = columnLetter(col - 1);
    for (const run of rowRuns(byCol.get(col)!)) {
      out.push(run.from === run.to ? `${letter}${run.from}` : `${letter}${run.from}:${letter}${run.to}`);
    }
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The cells of A1 ranges ("C5:D9", "E12"); anything else is skipped. */
export function a1ToCells(ranges: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const a1 of ranges) {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.trim().toUpperCase());
    if (!m) continue;
    const c1 = columnNumber(m[1]!);
    const r1 = Number(m[2]);
    const c2 = m[3] ? columnNumber(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.add(cellKey(r, c));
  }
  return out;
}

/** Rows of an A1 range ("C12:D14" → 12..14), for the Audit's "Edited C12:D14 directly in the sheet". */
export function rowsOfA1(a1: string): number[] {
  const m = /([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?/.exec(a1);
  if (!m) return [];
  const r1 = Number(m[2]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const out: number[] = [];
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2) && out.length < 10000; r++) out.push(r);
  return out;
}
