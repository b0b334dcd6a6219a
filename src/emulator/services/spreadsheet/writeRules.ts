// What may be written where: protections and strict data validation, shared by script writes and user edits.
import { a1Of, type Rect, rectContains, rectsIntersect } from './a1';
import type { ProtectionModel, SheetModel } from './sheetModel';
import { SheetsError } from './spreadsheetModel';
import { satisfies } from './validationRules';
import type { CellContent, CellValue } from './valueConversion';

/** Sheets' message when someone without rights edits a protected range. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * Whether `user` may edit under a protection: the workbook owner and the protection's editors can; under a
 * warning-only protection "every user can edit data in the protected range, except editing will prompt a warning"
 * and its editors are ignored (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange).
 * Source: https://developers.google.com/apps-script/reference/spreadsheet/protection#canedit
 */
export function canEditProtection(p: ProtectionModel, user: string): boolean {
  return p.warningOnly || user === p.sheet.parent.owner || p.editors.includes(user);
}

/** Whether a person's edit of `rect` meets a warning-only protection (Sheets asks them to confirm first). */
export function warningProtection(sheet: SheetModel, rect: Rect): ProtectionModel | undefined {
  return sheet.protections.find((p) => p.warningOnly && rectsIntersect(p.rect, rect));
}

/** The first protection (not warning-only) that stops `user` from editing any cell of `rect`. */
export function blockingProtection(sheet: SheetModel, rect: Rect, user: string): ProtectionModel | undefined {
  for (const p of sheet.protections) {
    if (p.warningOnly || canEditProtection(p, user)) continue;
    if (!rectsIntersect(p.rect, rect)) continue;
    if (p.kind === 'SHEET' && p.unprotected.length > 0 && allCellsUnprotected(p, rect)) continue;
    return p;
  }
  return undefined;
}

function allCellsUnprotected(p: ProtectionModel, rect: Rect): boolean {
  for (let r = rect.row; r < rect.row + rect.numRows; r++)
    for (let c = rect.col; c < rect.col + rect.numCols; c++)
      if (!p.unprotected.some((u) => rectContains(u, r, c))) return false;
  return true;
}

export function assertCanEdit(sheet: SheetModel, rect: Rect, user: string): void {
  if (blockingProtection(sheet, rect, user)) throw new SheetsError(PROTECTED_MESSAGE);
}

/** Reads a VALUE_IN_RANGE source. */
function readRangeOf(sheet: SheetModel) {
  return (ref: { sheetId: number; rect: Rect }): CellValue[][] => {
    const src = sheet.parent.sheetById(ref.sheetId);
    if (!src) return [];
    return src.getValues(ref.rect.row, ref.rect.col, ref.rect.numRows, ref.rect.numCols);
  };
}

/**
 * Checks contents against rules that reject invalid data (allowInvalid false). Returns the A1 of the first
 * rejected cell and its rule, or undefined. Rules that allow invalid data only mark the cell, as in Sheets.
 */
export function firstRejectedCell(
  sheet: SheetModel,
  row: number,
  col: number,
  contents: CellContent[][],
): { a1: string; helpText: string } | undefined {
  const rect = { row, col, numRows: contents.length, numCols: contents[0]?.length ?? 0 };
  if (!sheet.formats.validation.touches(rect)) return undefined;
  const rules = sheet.formats.validation.getGrid(rect);
  const reader = readRangeOf(sheet);
  for (let i = 0; i < contents.length; i++)
    for (let j = 0; j < contents[i].length; j++) {
      const rule = rules[i][j];
      const c = contents[i][j];
      if (!rule || rule.allowInvalid || c.formula !== undefined) continue;
      if (!satisfies(rule, c.value, reader))
        return { a1: a1Of({ row: row + i, col: col + j, numRows: 1, numCols: 1 }), helpText: rule.helpText };
    }
  return undefined;
}

/**
 * A script write of invalid data into a cell whose rule rejects input throws.
 * Reported by Apps Script users as "The data you entered in cell U2 violates the data validation rules set on
 * this cell." (see github.com search results for that message; the service applies the rule to script writes).
 * Source: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata
 */
export function validationMessage(a1: string): string {
  return `The data you entered in cell ${a1} violates the data validation rules set on this cell.`;
}
