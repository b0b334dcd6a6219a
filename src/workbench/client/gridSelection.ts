// The grid's selection as Sheets has it: a current cell (where the keyboard is) and a range stretched from it with
// Shift or the mouse; the page reports both to the server, which makes them the spreadsheet's active range.

export interface Cell {
  row: number;
  col: number;
}

export interface CellRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** Ctrl+arrow directions, named as the server's data-edge endpoint takes them. */
export type Direction = 'up' | 'down' | 'left' | 'right';

export const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** Where an arrow, Page Up/Down or Home/End key moves from a cell (Ctrl+Home: A1; Ctrl+End: the data's last cell). */
export function keyTarget(
  key: string,
  ctrl: boolean,
  from: Cell,
  page: number,
  last: Cell,
): Cell | undefined {
  const { row, col } = from;
  const moves: Record<string, Cell> = {
    ArrowUp: { row: row - 1, col },
    ArrowDown: { row: row + 1, col },
    ArrowLeft: { row, col: col - 1 },
    ArrowRight: { row, col: col + 1 },
    PageUp: { row: row - page, col },
    PageDown: { row: row + page, col },
    Home: ctrl ? { row: 1, col: 1 } : { row, col: 1 },
    End: ctrl ? { ...last } : { row, col: last.col },
  };
  return moves[key];
}

export class GridSelection {
  /** The current cell: it stays put while Shift stretches the range. */
  current: Cell = { row: 1, col: 1 };
  /** The range's other corner (the current cell itself when one cell is selected). */
  corner: Cell = { row: 1, col: 1 };

  rect(): CellRect {
    const row = Math.min(this.current.row, this.corner.row);
    const col = Math.min(this.current.col, this.corner.col);
    return {
      row,
      col,
      numRows: Math.abs(this.current.row - this.corner.row) + 1,
      numCols: Math.abs(this.current.col - this.corner.col) + 1,
    };
  }

  contains(row: number, col: number): boolean {
    const r = this.rect();
    return row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols;
  }

  /** One cell: the current cell and the range. */
  collapseTo(cell: Cell): void {
    this.current = { ...cell };
    this.corner = { ...cell };
  }

  extendTo(cell: Cell): void {
    this.corner = { ...cell };
  }

  /** A range set from outside (a script's activate()); the current cell is kept inside it. */
  set(rect: CellRect, current: Cell): void {
    const inside = (v: number, from: number, n: number) => Math.max(from, Math.min(v, from + n - 1));
    this.current = {
      row: inside(current.row, rect.row, rect.numRows),
      col: inside(current.col, rect.col, rect.numCols),
    };
    // The corner is the one diagonally opposite the current cell, so Shift+arrow keeps stretching the same range.
    this.corner = {
      row: this.current.row === rect.row ? rect.row + rect.numRows - 1 : rect.row,
      col: this.current.col === rect.col ? rect.col + rect.numCols - 1 : rect.col,
    };
  }

  clamp(rows: number, cols: number): void {
    const keepIn = (c: Cell) => ({
      row: Math.max(1, Math.min(c.row, rows)),
      col: Math.max(1, Math.min(c.col, cols)),
    });
    this.current = keepIn(this.current);
    this.corner = keepIn(this.corner);
  }
}
