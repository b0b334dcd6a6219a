// The Range object: values, display values, formulas, navigation, clearing and protection.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/range
import { a1Of } from './a1';
import { dataRegionOf } from './dataRegion';
import { displayOf } from './displayFormat';
import { createFilterOn, FilterObject, filterOf } from './filter';
import { ProtectionObject } from './protection';
import { RangeBase } from './rangeBase';
import { selectCurrentCell, selectRange } from './selection';
import { SheetObject } from './sheet';
import { sortKeysOf, sortRows } from './sortRows';
import { SheetsError } from './spreadsheetModel';
import { TextFinderObject } from './textFinder';
import type { CellValue } from './valueConversion';
import { assertCanEdit, firstRejectedCell, validationMessage } from './writeRules';

export class RangeObject extends RangeBase {
  readonly _type = 'Range';

  getRow(): number {
    return this._rect.row;
  }
  getColumn(): number {
    return this._rect.col;
  }
  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn(): number {
    return this._rect.col + this._rect.numCols - 1;
  }
  getNumRows(): number {
    return this._rect.numRows;
  }
  getNumColumns(): number {
    return this._rect.numCols;
  }
  getA1Notation(): string {
    return a1Of(this._rect);
  }
  getSheet(): SheetObject {
    return new SheetObject(this._g, this._sheet);
  }
  getGridId(): number {
    return this._sheet.id;
  }

  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/range#offsetrowoffset,-columnoffset,-numrows,-numcolumns */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeObject {
    return rangeAt(
      this,
      this._rect.row + rowOffset,
      this._rect.col + columnOffset,
      numRows ?? this._rect.numRows,
      numColumns ?? this._rect.numCols,
    );
  }

  /**
   * The range grown over adjacent cells with data, in all four directions or along one Dimension (dataRegion.ts).
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getDataRegion()
   */
  getDataRegion(dimension?: unknown): RangeObject {
    if (dimension !== undefined && dimension !== 'ROWS' && dimension !== 'COLUMNS')
      throw new SheetsError('Invalid argument: dimension');
    const r = dataRegionOf(this._sheet, this._rect, dimension);
    return new RangeObject(this._g, this._sheet, r);
  }

  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getcellrow,-column */
  getCell(row: number, column: number): RangeObject {
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numCols)
      throw new SheetsError('Cell reference out of range');
    return rangeAt(this, this._rect.row + row - 1, this._rect.col + column - 1, 1, 1);
  }

  /** Dates come back as Date, empty cells as '' (Source: …/range#getvalues). */
  getValues(): CellValue[][] {
    this._read();
    const r = this._rect;
    return this._sheet.getValues(r.row, r.col, r.numRows, r.numCols);
  }
  getValue(): CellValue {
    this._g.current.account({ read: 1 });
    return this._sheet.getValues(this._rect.row, this._rect.col, 1, 1)[0][0];
  }

  getDisplayValues(): string[][] {
    this._read();
    return this._display();
  }
  getDisplayValue(): string {
    this._g.current.account({ read: 1 });
    return this._display(true)[0][0];
  }

  private _display(firstOnly = false): string[][] {
    const r = firstOnly ? { ...this._rect, numRows: 1, numCols: 1 } : this._rect;
    const values = this._sheet.getValues(r.row, r.col, r.numRows, r.numCols);
    const layer = this._sheet.formats.numberFormat;
    const formats = layer.touches(r) ? layer.getGrid(r) : undefined;
    const ctx = { locale: this._sheet.parent.locale, timeZone: this._sheet.parent.timeZone };
    return values.map((line, i) => line.map((v, j) => displayOf(v, formats?.[i][j], ctx)));
  }

  getFormulas(): string[][] {
    this._read();
    const r = this._rect;
    return this._sheet.getFormulas(r.row, r.col, r.numRows, r.numCols);
  }
  getFormula(): string {
    this._g.current.account({ read: 1 });
    return this._sheet.getFormulas(this._rect.row, this._rect.col, 1, 1)[0][0];
  }

  /**
   * Writes values as if typed: '=…' becomes a formula, "01234" the number 1234, "1/2/2026" a date
   * (per the workbook locale), "50%" 0.5, "TRUE" true — unless the cell's number format is '@'.
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
   */
  setValues(values: unknown[][]): this {
    this._checkShape(values, 'setValues');
    this._writeValues(values);
    return this;
  }

  /** Sets every cell of the range to one value. Source: …/range#setvaluevalue */
  setValue(value: unknown): this {
    const line = new Array(this._rect.numCols).fill(value);
    this._writeValues(Array.from({ length: this._rect.numRows }, () => line));
    return this;
  }

  setFormula(formula: string): this {
    return this.setValue(String(formula).startsWith('=') ? formula : `=${formula}`);
  }
  setFormulas(formulas: string[][]): this {
    this._checkShape(formulas, 'setFormulas');
    this._writeValues(formulas.map((l) => l.map((f) => (f === '' ? '' : String(f)))));
    return this;
  }

  private _writeValues(values: unknown[][]): void {
    const r = this._rect;
    const contents = this._sheet.convert(r.row, r.col, values, 'script');
    assertCanEdit(this._sheet, r, this._g.current.effectiveUser);
    const rejected = firstRejectedCell(this._sheet, r.row, r.col, contents);
    if (rejected) throw new SheetsError(validationMessage(rejected.a1));
    this._sheet.writeContents(r.row, r.col, contents);
    this._g.current.account({ written: this._cells() });
  }

  /**
   * Sorts the range's rows by column(s); see sortRows.ts. The sort runs on Google's side: no cells travel to the
   * script, so none are counted (its time is the write call's).
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
   */
  sort(sortSpecObj: unknown): this {
    const keys = sortKeysOf(sortSpecObj, this._rect);
    assertCanEdit(this._sheet, this._rect, this._g.current.effectiveUser);
    sortRows(this._sheet, this._rect, keys);
    return this;
  }

  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/range#clear */
  clear(): this {
    this._write();
    this._sheet.clearContent(this._rect);
    this._sheet.clearFormat(this._rect);
    return this;
  }
  clearContent(): this {
    this._write();
    this._sheet.clearContent(this._rect);
    return this;
  }

  isBlank(): boolean {
    this._read();
    const r = this._rect;
    const values = this._sheet.getValues(r.row, r.col, r.numRows, r.numCols);
    const formulas = this._sheet.getFormulas(r.row, r.col, r.numRows, r.numCols);
    return values.every((l, i) => l.every((v, j) => v === '' && formulas[i][j] === ''));
  }

  /** "Sets the specified range as the active range, with the top left cell in the range as the current cell."
   *  Source: https://developers.google.com/apps-script/reference/spreadsheet/range#activate() */
  activate(): this {
    selectRange(this._sheet.parent, this._sheet.id, this._rect);
    return this;
  }
  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/range#activateascurrentcell() */
  activateAsCurrentCell(): this {
    selectCurrentCell(this._sheet.parent, this._sheet.id, this._rect);
    return this;
  }

  /** A search of this range's cells. Source: https://developers.google.com/apps-script/reference/spreadsheet/range#createtextfinderfindtext */
  createTextFinder(findText: string): TextFinderObject {
    return new TextFinderObject(this._g, this._sheet, { ...this._rect }, String(findText));
  }

  /** "Creates a filter applied to the range on the sheet"; at most one per sheet (filter.ts). */
  createFilter(): FilterObject {
    return createFilterOn(this._g, this._sheet, this._rect);
  }
  /** "Returns the filter on the sheet this range belongs to, or null if there is no filter on the sheet." */
  getFilter(): FilterObject | null {
    const f = filterOf(this._sheet);
    return f ? new FilterObject(this._g, this._sheet, f) : null;
  }

  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/range#protect */
  protect(): ProtectionObject {
    return ProtectionObject._create(this._g, this._sheet, 'RANGE', { ...this._rect });
  }
}

/** A range inside the same sheet, with Google's bounds checks. */
export function rangeAt(
  from: { _g: RangeObject['_g']; _sheet: RangeObject['_sheet'] },
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): RangeObject {
  const sheet = from._sheet;
  if (numRows < 1) throw new SheetsError('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw new SheetsError('The number of columns in the range must be at least 1.');
  if (row < 1) throw new SheetsError('The starting row of the range is too small.');
  if (col < 1) throw new SheetsError('The starting column of the range is too small.');
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxColumns)
    throw new SheetsError('The coordinates of the range are outside the dimensions of the sheet.');
  return new RangeObject(from._g, sheet, { row, col, numRows, numCols });
}
