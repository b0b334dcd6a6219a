// Host API (not script-visible): a person editing cells, and Spreadsheet/Range objects for event payloads.
import type { GoogleBackend } from '../../backend';
import { parseA1, type Rect, rectOfParsed } from './a1';
import { RangeObject } from './range';
import type { SheetModel } from './sheetModel';
import { SpreadsheetObject } from './spreadsheet';
import type { SpreadsheetModel } from './spreadsheetModel';
import type { CellValue } from './valueConversion';
import {
  blockingProtection,
  firstRejectedCell,
  PROTECTED_MESSAGE,
  validationMessage,
  warningProtection,
} from './writeRules';

export interface CellTarget {
  /** Default: the bound workbook. */
  spreadsheetId?: string;
  sheetName: string;
  a1?: string;
  row?: number;
  col?: number;
  numRows?: number;
  numCols?: number;
}

export interface UserEdit extends CellTarget {
  /** What the person typed (strings are converted as typed); its shape sets the range's size. */
  values: unknown[][];
  /** The person's email. */
  user: string;
}

export interface UserEditResult {
  range: RangeObject;
  /** The previous value of a single-cell edit; undefined when the cell was empty or several cells changed. */
  oldValue: CellValue | undefined;
  /** The new value of a single-cell edit; undefined for multi-cell edits. */
  value: CellValue | undefined;
  singleCell: boolean;
  /** The cells lie under a warning-only protection: Sheets showed its warning and the person confirmed. */
  warned: boolean;
}

function workbook(g: GoogleBackend, id?: string): SpreadsheetModel {
  const store = g.stores.spreadsheets;
  const m = id ? store.get(id) : store.bound;
  if (!m) throw new Error(`Emulator: no spreadsheet ${id}`);
  return m;
}

function locate(g: GoogleBackend, t: CellTarget, size?: { rows: number; cols: number }) {
  const model = workbook(g, t.spreadsheetId);
  const sheet = model.sheetByName(t.sheetName);
  if (!sheet) throw new Error(`Emulator: no sheet named ${t.sheetName}`);
  let rect: Rect | undefined;
  if (t.a1) {
    const p = parseA1(t.a1);
    rect = p && rectOfParsed(p, sheet.maxRows, sheet.maxColumns);
    if (!rect) throw new Error(`Emulator: bad A1 reference ${t.a1}`);
    if (size && rect.numRows === 1 && rect.numCols === 1)
      rect = { ...rect, numRows: size.rows, numCols: size.cols };
  } else {
    rect = {
      row: t.row ?? 1,
      col: t.col ?? 1,
      numRows: size?.rows ?? t.numRows ?? 1,
      numCols: size?.cols ?? t.numCols ?? 1,
    };
  }
  return { model, sheet, rect };
}

/** A Range object for host callers (no execution is needed to build one). */
function newRange(g: GoogleBackend, sheet: SheetModel, rect: Rect): RangeObject {
  return new RangeObject(g, sheet, rect);
}

/**
 * A person types `values` into the sheet: text is converted as typed, a strict data validation rule rejects
 * invalid input, and protections refuse users who are not editors of the protected range.
 * Rejections throw an Error whose message is what Sheets shows: the rule's help text when it has one, else
 * the standard validation message; for protections, Sheets' protected-cell message.
 * Source: https://developers.google.com/apps-script/guides/triggers/events#edit (what the event needs)
 */
export function userEditCells(g: GoogleBackend, edit: UserEdit): UserEditResult {
  const rows = edit.values.length;
  const cols = edit.values[0]?.length ?? 0;
  const { sheet, rect } = locate(g, edit, { rows, cols });
  if (rows === 0 || cols === 0 || edit.values.some((l) => l.length !== cols))
    throw new Error('Emulator: values must be a non-empty rectangle.');
  if (blockingProtection(sheet, rect, edit.user)) throw new Error(PROTECTED_MESSAGE);
  const contents = sheet.convert(rect.row, rect.col, edit.values, 'typed');
  const rejected = firstRejectedCell(sheet, rect.row, rect.col, contents);
  if (rejected) throw new Error(rejected.helpText || validationMessage(rejected.a1));
  const singleCell = rows === 1 && cols === 1;
  const before = singleCell ? sheet.valueAt(rect.row, rect.col) : undefined;
  sheet.writeContents(rect.row, rect.col, contents);
  const after = singleCell ? sheet.valueAt(rect.row, rect.col) : undefined;
  return {
    range: newRange(g, sheet, rect),
    oldValue: before === '' ? undefined : before,
    value: after,
    singleCell,
    warned: warningProtection(sheet, rect) !== undefined,
  };
}

/** The Spreadsheet object of a workbook (default: the bound one), e.g. for an event's `source`. */
export function spreadsheetObject(g: GoogleBackend, id?: string): SpreadsheetObject {
  return new SpreadsheetObject(g, workbook(g, id));
}

/** A Range object for an event's `range`. */
export function rangeObject(g: GoogleBackend, target: CellTarget): RangeObject {
  const { sheet, rect } = locate(g, target);
  return newRange(g, sheet, rect);
}
