// The user's selection in a workbook, host side: the active range and, inside it, the current cell. Scripts move it
// (Range.activate, setActiveRange, setCurrentCell…); a host such as the workbench sets it from the person's clicks.
// Sources: https://developers.google.com/apps-script/reference/spreadsheet/selection (a selection is the highlighted
// range; "one cell in the selection is the current cell, where the user's current focus is") and
// https://developers.google.com/apps-script/reference/spreadsheet/range#activate() ("Sets the specified range as the
// active range, with the top left cell in the range as the current cell").
import type { Rect } from './a1';
import { SheetsError, type SpreadsheetModel } from './spreadsheetModel';

export interface SelectionModel {
  sheetId: number;
  rect: Rect;
  /** Absolute row and column of the current cell, inside `rect`; its top left cell when not given. */
  current?: { row: number; col: number };
}

/** A selection with its current cell always stated. */
export type FullSelection = Required<SelectionModel>;

function inside(rect: Rect, cell: { row: number; col: number }): boolean {
  return (
    cell.row >= rect.row &&
    cell.row < rect.row + rect.numRows &&
    cell.col >= rect.col &&
    cell.col < rect.col + rect.numCols
  );
}

/**
 * Selects `rect` on a sheet, which becomes the active sheet; the current cell is `current` when it lies inside the
 * range, else the range's top left cell (what activate() and setActiveRange() do).
 */
export function selectRange(
  model: SpreadsheetModel,
  sheetId: number,
  rect: Rect,
  current?: { row: number; col: number },
): FullSelection {
  const cell = current && inside(rect, current) ? { ...current } : { row: rect.row, col: rect.col };
  const selection = { sheetId, rect: { ...rect }, current: cell };
  model.activeSheetId = sheetId;
  model.activeRange = selection;
  model.selectionChanges++;
  return selection;
}

/** Makes a sheet the active one with nothing selected yet (its A1 is the current cell, as on opening a tab). */
export function selectSheet(model: SpreadsheetModel, sheetId: number): void {
  model.activeSheetId = sheetId;
  model.activeRange = undefined;
  model.selectionChanges++;
}

/** The selection on the active sheet; A1 of the active sheet when nothing was selected there. */
export function activeSelection(model: SpreadsheetModel): FullSelection {
  const a = model.activeRange;
  const sheet = model.activeSheet;
  if (a && a.sheetId === sheet.id) {
    const c = a.current;
    return { ...a, current: c && inside(a.rect, c) ? c : { row: a.rect.row, col: a.rect.col } };
  }
  return { sheetId: sheet.id, rect: { row: 1, col: 1, numRows: 1, numCols: 1 }, current: { row: 1, col: 1 } };
}

/**
 * setCurrentCell / activateAsCurrentCell: "If the specified cell is present in an already selected range, then that
 * range becomes the active range with the cell as the current cell. If the specified cell is not present in any
 * selected range, then any existing selection is removed and the cell becomes the current cell and the active range."
 * The range must be one cell. Source: https://developers.google.com/apps-script/reference/spreadsheet/range#activateascurrentcell()
 */
export function selectCurrentCell(model: SpreadsheetModel, sheetId: number, rect: Rect): void {
  if (rect.numRows !== 1 || rect.numCols !== 1)
    throw new SheetsError('The range must be a single cell to be the current cell.');
  const a = model.activeRange;
  const cell = { row: rect.row, col: rect.col };
  if (a && a.sheetId === sheetId && model.activeSheetId === sheetId && inside(a.rect, cell))
    selectRange(model, sheetId, a.rect, cell);
  else selectRange(model, sheetId, rect, cell);
}
