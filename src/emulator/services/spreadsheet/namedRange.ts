// The NamedRange object (Source: https://developers.google.com/apps-script/reference/spreadsheet/named-range).
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import { RangeObject } from './range';
import { type NamedRangeModel, SheetsError, type SpreadsheetModel } from './spreadsheetModel';

export class NamedRangeObject extends ServiceObject {
  readonly _type = 'NamedRange';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _model: SpreadsheetModel,
    readonly _named: NamedRangeModel,
  ) {
    super(g);
  }

  /**
   * Names start with a letter or underscore, hold letters, digits and underscores, and are not A1/R1C1 refs.
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setnamedrangename,-range
   */
  static _assertValidName(name: string): void {
    if (
      !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^(true|false)$/i.test(name)
    )
      throw new SheetsError(
        'The name must start with a letter or underscore and contain only letters, numbers, and underscores.',
      );
  }

  getName(): string {
    return this._named.name;
  }
  getRange(): RangeObject {
    return new RangeObject(this._g, this._named.sheet, { ...this._named.rect });
  }
  setName(name: string): this {
    NamedRangeObject._assertValidName(String(name));
    this._model.namedRanges.delete(this._named.name);
    this._named.name = String(name);
    this._model.namedRanges.set(this._named.name, this._named);
    return this;
  }
  setRange(range: RangeObject): this {
    this._named.sheet = range._sheet;
    this._named.rect = { ...range._rect };
    return this;
  }
  remove(): void {
    this._model.namedRanges.delete(this._named.name);
  }
}
