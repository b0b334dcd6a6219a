// Range.sort: orders a block's rows by one or more columns, moving values, formulas and cell metadata with them.
//
// Source: https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
// "Sorts the cells in the given range by column and order specified": a column number (ascending), or
// { column, ascending } objects, or an array of them; columns are sheet columns and must lie inside the range.
// Ordering of mixed values follows Sheets' own sort (believed, from the Sheets UI and public reports): numbers
// and dates first, then text (case-insensitive), then booleans; empty cells always go last, whatever the
// direction; ties keep their order.
import type { Rect } from './a1';
import type { SheetModel } from './sheetModel';
import { SheetsError } from './spreadsheetModel';
import type { CellValue } from './valueConversion';

export interface SortKey {
  column: number;
  ascending: boolean;
}

/** Reads the argument of Range.sort into sort keys, with Google's complaint for a column outside the range. */
export function sortKeysOf(spec: unknown, rect: Rect): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec];
  const keys = list.map((s): SortKey => {
    if (typeof s === 'number') return { column: s, ascending: true };
    if (s && typeof s === 'object' && typeof (s as { column?: unknown }).column === 'number') {
      const o = s as { column: number; ascending?: unknown };
      return { column: o.column, ascending: o.ascending !== false };
    }
    throw new SheetsError('Invalid argument: sortSpecObj');
  });
  for (const k of keys) {
    if (k.column < rect.col || k.column >= rect.col + rect.numCols)
      throw new SheetsError(`The coordinates of the range are outside the dimensions of the sheet.`);
  }
  return keys;
}

function rank(v: CellValue): number {
  if (typeof v === 'number' || v instanceof Date) return 0;
  if (typeof v === 'string') return 1;
  return 2; // boolean
}

function compare(a: CellValue, b: CellValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0)
    return Number(a instanceof Date ? a.getTime() : a) - Number(b instanceof Date ? b.getTime() : b);
  if (ra === 1) return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
  return Number(a) - Number(b);
}

/** Sorts the rows of `rect` in place; returns the new order (row i came from row order[i] of the block). */
export function sortRows(sheet: SheetModel, rect: Rect, keys: readonly SortKey[]): number[] {
  const values = sheet.getValues(rect.row, rect.col, rect.numRows, rect.numCols);
  const order = values.map((_, i) => i);
  order.sort((x, y) => {
    for (const k of keys) {
      const a = values[x]![k.column - rect.col]!;
      const b = values[y]![k.column - rect.col]!;
      const ea = a === '';
      const eb = b === '';
      if (ea || eb) {
        if (ea && eb) continue;
        return ea ? 1 : -1; // empty cells last in both directions
      }
      const c = compare(a, b);
      if (c !== 0) return k.ascending ? c : -c;
    }
    return x - y;
  });
  const first = rect.row - 1;
  const c0 = rect.col - 1;
  const width = rect.numCols;
  const rowsBefore = Array.from({ length: rect.numRows }, (_, i) => sheet.rows[first + i]?.slice());
  const formulasBefore = Array.from({ length: rect.numRows }, (_, i) => sheet.formulas[first + i]?.slice());
  for (let i = 0; i < rect.numRows; i++) {
    // Only the range's columns move; cells left and right of it stay where they are.
    const target = sheet.rows[first + i] ?? [];
    const targetF = sheet.formulas[first + i] ?? [];
    sheet.rows[first + i] = target;
    sheet.formulas[first + i] = targetF;
    const src = rowsBefore[order[i]!];
    const srcF = formulasBefore[order[i]!];
    for (let j = c0; j < c0 + width; j++) {
      target[j] = src?.[j] ?? '';
      targetF[j] = srcF?.[j];
    }
  }
  for (const layer of sheet.formats.all()) layer.permuteRows(rect, order);
  return order;
}
