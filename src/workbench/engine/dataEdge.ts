// Where Ctrl+arrow lands in Sheets: from a filled cell whose neighbour is filled, the last filled cell of that run;
// otherwise the next filled cell in that direction; with none, the edge of the sheet. Computed on the whole sheet,
// because the page holds only the rows on screen.
import type { SheetModel } from '../../emulator/services/spreadsheet/install';

export type Direction = 'up' | 'down' | 'left' | 'right';

const STEP: Record<Direction, [number, number]> = {
  up: [-1, 0],
  down: [1, 0],
  left: [0, -1],
  right: [0, 1],
};

export function isDirection(value: string): value is Direction {
  return value in STEP;
}

function filled(sheet: SheetModel, row: number, col: number): boolean {
  if (sheet.formulas[row - 1]?.[col - 1] !== undefined) return true;
  const v = sheet.rows[row - 1]?.[col - 1];
  return v !== undefined && v !== '';
}

/**
 * The cell Ctrl+arrow moves to from (row, col). `limits` is the last row and column the grid can show (the sheet's
 * size, or more when data lies beyond it).
 */
export function dataEdge(
  sheet: SheetModel,
  row: number,
  col: number,
  direction: Direction,
  limits: { rows: number; cols: number },
): { row: number; col: number } {
  const [dr, dc] = STEP[direction];
  const within = (r: number, c: number) => r >= 1 && c >= 1 && r <= limits.rows && c <= limits.cols;
  let r = Math.max(1, Math.min(row, limits.rows));
  let c = Math.max(1, Math.min(col, limits.cols));
  if (!within(r + dr, c + dc)) return { row: r, col: c };
  if (filled(sheet, r, c) && filled(sheet, r + dr, c + dc)) {
    // Inside a run of filled cells: its last one.
    while (within(r + dr, c + dc) && filled(sheet, r + dr, c + dc)) {
      r += dr;
      c += dc;
    }
    return { row: r, col: c };
  }
  // At the end of a run or on an empty cell: the next filled cell, else the sheet's edge.
  r += dr;
  c += dc;
  while (within(r + dr, c + dc) && !filled(sheet, r, c)) {
    r += dr;
    c += dc;
  }
  return { row: r, col: c };
}
