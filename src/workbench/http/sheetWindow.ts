// The grid's data: a window of rows of one tab as the person sees them (display text, formulas, bold, fills, lists).
import {
  displayOf,
  type SheetModel,
  type SpreadsheetModel,
} from '../../emulator/services/spreadsheet/install';

export interface SheetWindow {
  name: string;
  start: number;
  /** Display text by row (from `start`), by column. */
  rows: string[][];
  /** Text to edit where it differs from the display (formulas): "row,col" → text. */
  edit: Record<string, string>;
  bold: string[];
  fills: Record<string, string>;
  notes: Record<string, string>;
  lastRow: number;
  lastCol: number;
  widths: number[];
  frozenRows: number;
  /** Allowed values of list-validated columns, from the first data row's rule ("col" → values). */
  lists: Record<string, string[]>;
}

/** The largest window a page may ask for at once (the page asks for what is on screen plus a margin). */
export const MAX_WINDOW_ROWS = 500;

function columnLists(sheet: SheetModel, lastCol: number): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const layer = sheet.formats.validation;
  const row = Math.min(2, sheet.maxRows);
  for (let c = 1; c <= lastCol; c++) {
    const rule = layer.get(row, c);
    if (rule?.criteria === 'VALUE_IN_LIST') out[c] = (rule.values[0] as unknown[]).map(String);
  }
  return out;
}

export function sheetWindow(
  model: SpreadsheetModel,
  sheet: SheetModel,
  start: number,
  count: number,
): SheetWindow {
  const lastRow = sheet.lastRow();
  const lastCol = Math.max(sheet.lastColumn(), 1);
  const from = Math.max(1, start);
  const n = Math.max(0, Math.min(count, MAX_WINDOW_ROWS, lastRow - from + 1));
  const rect = { row: from, col: 1, numRows: Math.max(n, 1), numCols: lastCol };
  const values = n > 0 ? sheet.getValues(from, 1, n, lastCol) : [];
  const f = sheet.formats;
  const formats = f.numberFormat.touches(rect) ? f.numberFormat.getGrid(rect) : undefined;
  const ctx = { locale: model.locale, timeZone: model.timeZone };
  const rows = values.map((line, i) => line.map((v, j) => displayOf(v, formats?.[i][j], ctx)));
  const edit: Record<string, string> = {};
  const bold: string[] = [];
  const fills: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const fs = sheet.formulas[from - 1 + i];
    fs?.forEach((formula, j) => {
      if (formula !== undefined) edit[`${from + i},${j + 1}`] = formula;
    });
  }
  const each = <T>(grid: (T | undefined)[][] | undefined, fn: (key: string, v: T) => void) => {
    grid?.forEach((line, i) => {
      line.forEach((v, j) => {
        if (v !== undefined) fn(`${from + i},${j + 1}`, v);
      });
    });
  };
  if (n > 0) {
    if (f.fontWeight.touches(rect))
      each(f.fontWeight.getGrid(rect), (k, v) => {
        if (v === 'bold') bold.push(k);
      });
    if (f.background.touches(rect))
      each(f.background.getGrid(rect), (k, v) => {
        fills[k] = v;
      });
    if (f.note.touches(rect))
      each(f.note.getGrid(rect), (k, v) => {
        if (v) notes[k] = v;
      });
  }
  const widths: number[] = [];
  for (let c = 1; c <= lastCol; c++) widths.push(sheet.columnWidth(c));
  return {
    name: sheet.name,
    start: from,
    rows,
    edit,
    bold,
    fills,
    notes,
    lastRow,
    lastCol,
    widths,
    frozenRows: sheet.frozenRows,
    lists: columnLists(sheet, lastCol),
  };
}
