// Range.getDataRegion: the range grown over the adjacent cells holding data, as Ctrl+A (or Ctrl/Shift+Space) does.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getDataRegion()
//   "Returns a copy of the range expanded in the four cardinal Directions to cover all adjacent cells with data in
//   them. If the range is surrounded by empty cells not including those along the diagonals, the range itself is
//   returned."
// Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getDataRegion(Dimension)
//   ROWS expands up and down only, COLUMNS left and right only; "If the original range is surrounded by empty cells
//   along the specified dimension, the range itself is returned."
import type { Rect } from './a1';
import type { SheetModel } from './sheetModel';

export type DimensionName = 'ROWS' | 'COLUMNS';

/** Whether any cell of the strip (1-based, inclusive) holds a value or a formula. */
function stripHasData(
  sheet: SheetModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): boolean {
  if (row < 1 || col < 1 || row > sheet.maxRows || col > sheet.maxColumns) return false;
  const values = sheet.getValues(row, col, numRows, numCols);
  const formulas = sheet.getFormulas(row, col, numRows, numCols);
  return values.some((line, i) => line.some((v, j) => v !== '' || formulas[i]![j] !== ''));
}

/** Grows `rect` one row or column at a time while a strip beside it holds data, until nothing is added. */
function tableAround(sheet: SheetModel, rect: Rect): Rect {
  let { row, col, numRows, numCols } = rect;
  for (let grew = true; grew; ) {
    grew = false;
    if (row > 1 && stripHasData(sheet, row - 1, col, 1, numCols)) {
      row--;
      numRows++;
      grew = true;
    }
    if (row + numRows <= sheet.maxRows && stripHasData(sheet, row + numRows, col, 1, numCols)) {
      numRows++;
      grew = true;
    }
    if (col > 1 && stripHasData(sheet, row, col - 1, numRows, 1)) {
      col--;
      numCols++;
      grew = true;
    }
    if (col + numCols <= sheet.maxColumns && stripHasData(sheet, row, col + numCols, numRows, 1)) {
      numCols++;
      grew = true;
    }
  }
  return { row, col, numRows, numCols };
}

/**
 * The data region of `rect`. Along one dimension, "the expanded range covers all adjacent cells with data in them
 * along the specified dimension including the table boundaries": the rows (or columns) of the table around the
 * range, kept to the range's own columns (or rows), so a blank cell inside the table does not stop it.
 */
export function dataRegionOf(sheet: SheetModel, rect: Rect, dimension?: DimensionName): Rect {
  if (!dimension) return tableAround(sheet, rect);
  const { row, col, numRows, numCols } = rect;
  const beside =
    dimension === 'ROWS'
      ? stripHasData(sheet, row - 1, col, 1, numCols) || stripHasData(sheet, row + numRows, col, 1, numCols)
      : stripHasData(sheet, row, col - 1, numRows, 1) || stripHasData(sheet, row, col + numCols, numRows, 1);
  if (!beside) return { ...rect };
  const table = tableAround(sheet, rect);
  return dimension === 'ROWS'
    ? { row: table.row, col, numRows: table.numRows, numCols }
    : { row, col: table.col, numRows, numCols: table.numCols };
}
