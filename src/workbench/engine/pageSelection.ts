// The person's selection in the page is the spreadsheet's active range and current cell for the executions the page
// starts (menu items, edits, sidebar calls); a script's activate()/setActiveRange() in those moves the page's selection.
import { activeSelection, selectRange } from '../../emulator/services/spreadsheet/selection';
import type { SpreadsheetModel } from '../../emulator/services/spreadsheet/spreadsheetModel';

/** A selection as the page sends it and is told it: the range and its current cell, 1-based. */
export interface PageSelection {
  sheet: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  currentRow: number;
  currentCol: number;
}

const whole = (v: unknown, min: number) => {
  const n = Math.floor(Number(v));
  return Number.isFinite(n) && n >= min ? n : undefined;
};

/** The selection in a request body, or undefined when it is not a well-formed one. */
export function pageSelectionOf(body: unknown): PageSelection | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const [row, col, numRows, numCols] = [
    whole(b.row, 1),
    whole(b.col, 1),
    whole(b.numRows, 1),
    whole(b.numCols, 1),
  ];
  if (typeof b.sheet !== 'string' || !row || !col || !numRows || !numCols) return undefined;
  return {
    sheet: b.sheet,
    row,
    col,
    numRows,
    numCols,
    currentRow: whole(b.currentRow, 1) ?? row,
    currentCol: whole(b.currentCol, 1) ?? col,
  };
}

/** Makes the page's selection the workbook's; false when the tab does not exist. */
export function applyPageSelection(model: SpreadsheetModel, s: PageSelection): boolean {
  const sheet = model.sheetByName(s.sheet);
  if (!sheet) return false;
  selectRange(
    model,
    sheet.id,
    { row: s.row, col: s.col, numRows: s.numRows, numCols: s.numCols },
    {
      row: s.currentRow,
      col: s.currentCol,
    },
  );
  return true;
}

/** The workbook's selection as the page is told it. */
export function currentPageSelection(model: SpreadsheetModel): PageSelection {
  const s = activeSelection(model);
  return {
    sheet: model.sheetById(s.sheetId)?.name ?? model.activeSheet.name,
    ...s.rect,
    currentRow: s.current.row,
    currentCol: s.current.col,
  };
}

/** What a run that no one at the page started must leave as it found it: no one's screen moves. */
export function saveSelection(model: SpreadsheetModel): () => void {
  const { activeSheetId, activeRange, selectionChanges } = model;
  return () => {
    if (model.selectionChanges === selectionChanges) return;
    model.activeSheetId = model.sheetById(activeSheetId) ? activeSheetId : model.activeSheet.id;
    model.activeRange = activeRange;
    model.selectionChanges = selectionChanges;
  };
}
