// Sparse per-rectangle storage for cell metadata (formats, validation, notes): costs nothing per cell when unused.
import { type Rect, rectContains, rectCovers, rectsIntersect, shiftRect } from './a1';

interface Entry<T> {
  rect: Rect;
  /** undefined means "back to the default" (a cleared format). */
  value: T | undefined;
}

/**
 * A stack of rectangles, each carrying one value; the latest rectangle covering a cell wins.
 * Setting a whole column's format is one entry, not one per cell.
 */
export class RectLayer<T> {
  private entries: Entry<T>[] = [];

  get size(): number {
    return this.entries.length;
  }

  /** Sets one value on a whole rectangle. */
  set(rect: Rect, value: T | undefined): void {
    // Entries the new rectangle hides completely can go.
    this.entries = this.entries.filter((e) => !rectCovers(rect, e.rect));
    if (value !== undefined || this.entries.some((e) => rectsIntersect(e.rect, rect)))
      this.entries.push({ rect: { ...rect }, value });
  }

  /** Sets a grid of values from (row, col); equal values running down a column share one entry. */
  setGrid(row: number, col: number, values: (T | undefined)[][]): void {
    const nr = values.length;
    const nc = nr > 0 ? values[0].length : 0;
    this.entries = this.entries.filter((e) => !rectCovers({ row, col, numRows: nr, numCols: nc }, e.rect));
    for (let j = 0; j < nc; j++) {
      let start = 0;
      for (let i = 1; i <= nr; i++) {
        if (i === nr || values[i][j] !== values[start][j]) {
          const v = values[start][j];
          const rect = { row: row + start, col: col + j, numRows: i - start, numCols: 1 };
          if (v !== undefined || this.entries.some((e) => rectsIntersect(e.rect, rect)))
            this.entries.push({ rect, value: v });
          start = i;
        }
      }
    }
  }

  get(row: number, col: number): T | undefined {
    for (let k = this.entries.length - 1; k >= 0; k--) {
      const e = this.entries[k];
      if (rectContains(e.rect, row, col)) return e.value;
    }
    return undefined;
  }

  /** The values of a rectangle as a grid (undefined where nothing is set). */
  getGrid(rect: Rect): (T | undefined)[][] {
    const relevant = this.entries.filter((e) => rectsIntersect(e.rect, rect));
    const out: (T | undefined)[][] = [];
    for (let i = 0; i < rect.numRows; i++) out.push(new Array(rect.numCols).fill(undefined));
    for (const e of relevant) {
      const r1 = Math.max(e.rect.row, rect.row);
      const r2 = Math.min(e.rect.row + e.rect.numRows, rect.row + rect.numRows);
      const c1 = Math.max(e.rect.col, rect.col);
      const c2 = Math.min(e.rect.col + e.rect.numCols, rect.col + rect.numCols);
      for (let r = r1; r < r2; r++) {
        const line = out[r - rect.row];
        for (let c = c1; c < c2; c++) line[c - rect.col] = e.value;
      }
    }
    return out;
  }

  /** True when any entry with a value touches the rectangle (lets hot paths skip per-cell work). */
  touches(rect: Rect): boolean {
    return this.entries.some((e) => e.value !== undefined && rectsIntersect(e.rect, rect));
  }

  /** Follows inserted (count > 0) or deleted (count < 0) rows or columns. */
  shift(axis: 'row' | 'col', at: number, count: number): void {
    const next: Entry<T>[] = [];
    for (const e of this.entries) {
      const rect = shiftRect(e.rect, axis, at, count);
      if (rect) next.push({ rect, value: e.value });
    }
    this.entries = next;
  }

  /**
   * Inserted rows or columns (count > 0) that take the value of the row/column before them (after them when
   * inserted at 1): an entry ending just before the insertion grows over the new ones, so the latest entry
   * covering that neighbour still wins there. Entries spanning the insertion already grow in `shift`.
   */
  insertInheriting(axis: 'row' | 'col', at: number, count: number): void {
    const next: Entry<T>[] = [];
    for (const e of this.entries) {
      const start = axis === 'row' ? e.rect.row : e.rect.col;
      const size = axis === 'row' ? e.rect.numRows : e.rect.numCols;
      const neighbourInside = at === 1 ? start === 1 : start + size === at;
      const rect = neighbourInside
        ? axis === 'row'
          ? { ...e.rect, numRows: size + count }
          : { ...e.rect, numCols: size + count }
        : shiftRect(e.rect, axis, at, count);
      if (rect) next.push({ rect, value: e.value });
    }
    this.entries = next;
  }

  clear(): void {
    this.entries = [];
  }

  /**
   * Reorders the rows of `rect` (a sort): row i of the result takes row order[i]. Entries spanning all of the
   * rect's rows (a column's format) are unchanged by any order, so only row-by-row metadata is rewritten.
   */
  permuteRows(rect: Rect, order: readonly number[]): void {
    const end = rect.row + rect.numRows;
    const partial = this.entries.some(
      (e) => rectsIntersect(e.rect, rect) && (e.rect.row > rect.row || e.rect.row + e.rect.numRows < end),
    );
    if (!partial) return;
    const grid = this.getGrid(rect);
    this.setGrid(
      rect.row,
      rect.col,
      order.map((i) => grid[i]!),
    );
  }
}
