// The Range object's geometry and its formatting methods (notes, colours, weights, number formats, validation).
// Source: https://developers.google.com/apps-script/reference/spreadsheet/range
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import type { Rect } from './a1';
import { type DataValidationObject, dataValidationObjectOf } from './dataValidation';
import { DEFAULT_NUMBER_FORMAT } from './displayFormat';
import type { RectLayer } from './rectLayer';
import type { SheetModel } from './sheetModel';
import { assertCanEdit } from './writeRules';

export abstract class RangeBase extends ServiceObject {
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _sheet: SheetModel,
    readonly _rect: Rect,
  ) {
    super(g);
  }

  protected _cells(): number {
    return this._rect.numRows * this._rect.numCols;
  }

  protected _read(): void {
    this._g.current.account({ read: this._cells() });
  }

  /** Every format write checks protections and counts the cells it touches. */
  protected _write(): void {
    assertCanEdit(this._sheet, this._rect, this._g.current.effectiveUser);
    this._g.current.account({ written: this._cells() });
  }

  protected _grid<T>(layer: RectLayer<T>, fallback: T): T[][] {
    this._read();
    return layer.getGrid(this._rect).map((line) => line.map((v) => (v === undefined ? fallback : v)));
  }

  protected _setAll<T>(layer: RectLayer<T>, value: T | undefined): this {
    this._write();
    layer.set(this._rect, value);
    return this;
  }

  protected _setGrid<T>(layer: RectLayer<T>, values: (T | null | undefined)[][], method: string): this {
    this._checkShape(values, method);
    this._write();
    layer.setGrid(
      this._rect.row,
      this._rect.col,
      values.map((l) => l.map((v) => (v === null || v === '' ? undefined : (v as T)))),
    );
    return this;
  }

  /**
   * Arrays written to a range must match its shape exactly.
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
   */
  protected _checkShape(values: unknown, method: string): asserts values is unknown[][] {
    if (!Array.isArray(values) || values.some((l) => !Array.isArray(l)))
      throw new Error(
        `The parameters (${typeLabel(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    if (values.length !== this._rect.numRows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this._rect.numRows}.`,
      );
    for (const line of values as unknown[][])
      if (line.length !== this._rect.numCols)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this._rect.numCols}.`,
        );
  }

  getNote(): string {
    return this.getNotes()[0][0];
  }
  getNotes(): string[][] {
    return this._grid(this._sheet.formats.note, '');
  }
  setNote(note: string | null): this {
    return this._setAll(this._sheet.formats.note, note ? String(note) : undefined);
  }
  setNotes(notes: (string | null)[][]): this {
    return this._setGrid(this._sheet.formats.note, notes, 'setNotes');
  }
  clearNote(): this {
    return this._setAll(this._sheet.formats.note, undefined);
  }

  /** Unformatted cells are white: '#ffffff'. */
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  getBackgrounds(): string[][] {
    return this._grid(this._sheet.formats.background, '#ffffff');
  }
  setBackground(color: string | null): this {
    return this._setAll(this._sheet.formats.background, color ? normalColor(color) : undefined);
  }
  setBackgrounds(colors: (string | null)[][]): this {
    this._checkShape(colors, 'setBackgrounds');
    return this._setGrid(
      this._sheet.formats.background,
      colors.map((l) => l.map((c) => (c ? normalColor(c) : null))),
      'setBackgrounds',
    );
  }

  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }
  getFontWeights(): string[][] {
    return this._grid(this._sheet.formats.fontWeight, 'normal');
  }
  setFontWeight(weight: string | null): this {
    return this._setAll(this._sheet.formats.fontWeight, weight === 'bold' ? 'bold' : undefined);
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this._setGrid(this._sheet.formats.fontWeight, weights, 'setFontWeights');
  }

  getFontColor(): string {
    return this.getFontColors()[0][0];
  }
  getFontColors(): string[][] {
    return this._grid(this._sheet.formats.fontColor, '#000000');
  }
  setFontColor(color: string | null): this {
    return this._setAll(this._sheet.formats.fontColor, color ? normalColor(color) : undefined);
  }
  setFontColors(colors: (string | null)[][]): this {
    return this._setGrid(this._sheet.formats.fontColor, colors, 'setFontColors');
  }

  /** An unformatted cell reports '0.###############'. */
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  getNumberFormats(): string[][] {
    return this._grid(this._sheet.formats.numberFormat, DEFAULT_NUMBER_FORMAT);
  }
  setNumberFormat(format: string): this {
    return this._setAll(this._sheet.formats.numberFormat, String(format));
  }
  setNumberFormats(formats: string[][]): this {
    return this._setGrid(this._sheet.formats.numberFormat, formats, 'setNumberFormats');
  }

  getWrap(): boolean {
    return this._grid(this._sheet.formats.wrap, true)[0][0];
  }
  setWrap(wrap: boolean): this {
    return this._setAll(this._sheet.formats.wrap, !!wrap);
  }
  getHorizontalAlignment(): string {
    return this._grid(this._sheet.formats.horizontalAlignment, 'general')[0][0];
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this._setAll(this._sheet.formats.horizontalAlignment, alignment ?? undefined);
  }

  getDataValidation(): DataValidationObject | null {
    return this.getDataValidations()[0][0];
  }
  getDataValidations(): (DataValidationObject | null)[][] {
    this._read();
    return this._sheet.formats.validation
      .getGrid(this._rect)
      .map((l) => l.map((rule) => (rule ? dataValidationObjectOf(this._g, this._sheet, rule) : null)));
  }
  setDataValidation(rule: DataValidationObject | null): this {
    return this._setAll(this._sheet.formats.validation, rule ? rule._rule : undefined);
  }
  setDataValidations(rules: (DataValidationObject | null)[][]): this {
    return this._setGrid(
      this._sheet.formats.validation,
      rules.map((l) => l.map((r) => (r ? r._rule : null))),
      'setDataValidations',
    );
  }
  clearDataValidations(): this {
    return this._setAll(this._sheet.formats.validation, undefined);
  }

  clearFormat(): this {
    this._write();
    this._sheet.clearFormat(this._rect);
    return this;
  }
}

function typeLabel(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'Object[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  return typeof v === 'object' ? 'Object' : typeof v;
}

/** Sheets reports colours as lower-case #rrggbb. */
function normalColor(c: string): string {
  const named: Record<string, string> = {
    white: '#ffffff',
    black: '#000000',
    red: '#ff0000',
    yellow: '#ffff00',
  };
  const s = String(c).trim().toLowerCase();
  if (named[s]) return named[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : s;
}
