// The TextFinder object: finds cells of a range or sheet by their displayed text (Range/Sheet.createTextFinder).
// Source: https://developers.google.com/apps-script/reference/spreadsheet/text-finder
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import type { Rect } from './a1';
import { displayOf } from './displayFormat';
import { RangeObject } from './range';
import type { SheetModel } from './sheetModel';
import { SheetsError } from './spreadsheetModel';

/**
 * A search over one rectangle of one sheet. Options follow the reference page: case-insensitive and partial
 * by default (matchCase / matchEntireCell), plain text unless useRegularExpression, cells with formulas
 * matched on their displayed value. The search runs in Sheets: no values travel to the script, but every
 * searched cell is charged as scanned (latency.ts), so a search over a long column is not free.
 * Regular expressions are RE2 in Sheets; the emulator uses JavaScript's, which agrees on the simple patterns
 * (anchors, alternation, classes) the product uses (believed: RE2 syntax, https://github.com/google/re2/wiki/Syntax).
 */
export class TextFinderObject extends ServiceObject {
  readonly _type = 'TextFinder';
  readonly _service = 'SpreadsheetApp';
  private _matchCase = false;
  private _entireCell = false;
  private _regex = false;
  private _ignoreDiacritics = false;
  /** Index (in search order) of the current match, for findNext/findPrevious. */
  private _current = -1;

  constructor(
    g: GoogleBackend,
    readonly _sheet: SheetModel,
    readonly _rect: Rect,
    readonly _text: string,
  ) {
    super(g);
    if (String(_text) === '') throw new SheetsError('Invalid argument: findText');
  }

  matchCase(matchCase: boolean): this {
    this._matchCase = !!matchCase;
    return this;
  }
  matchEntireCell(matchEntireCell: boolean): this {
    this._entireCell = !!matchEntireCell;
    return this;
  }
  useRegularExpression(useRegEx: boolean): this {
    this._regex = !!useRegEx;
    return this;
  }
  ignoreDiacritics(ignoreDiacritics: boolean): this {
    this._ignoreDiacritics = !!ignoreDiacritics;
    return this;
  }

  /** Every matching cell, row by row (left to right within a row). Source: …/text-finder#findall */
  findAll(): RangeObject[] {
    return this._matches().map((m) => this._cell(m));
  }

  /** The next matching cell after the current one, or null. Source: …/text-finder#findnext */
  findNext(): RangeObject | null {
    const all = this._matches();
    if (this._current + 1 >= all.length) return null;
    this._current++;
    return this._cell(all[this._current]!);
  }

  /** Cells in search order, each searched cell charged as scanned. */
  private _matches(): { row: number; col: number }[] {
    const r = this._rect;
    this._g.current.account({ scanned: r.numRows * r.numCols });
    const test = this._tester();
    const ctx = { locale: this._sheet.parent.locale, timeZone: this._sheet.parent.timeZone };
    const values = this._sheet.getValues(r.row, r.col, r.numRows, r.numCols);
    const layer = this._sheet.formats.numberFormat;
    const formats = layer.touches(r) ? layer.getGrid(r) : undefined;
    const out: { row: number; col: number }[] = [];
    for (let i = 0; i < values.length; i++) {
      const line = values[i]!;
      for (let j = 0; j < line.length; j++) {
        const v = line[j];
        if (v === '') continue;
        if (test(displayOf(v, formats?.[i]?.[j], ctx))) out.push({ row: r.row + i, col: r.col + j });
      }
    }
    return out;
  }

  private _tester(): (s: string) => boolean {
    const fold = (s: string) => {
      let t = this._ignoreDiacritics ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s;
      if (!this._matchCase) t = t.toLowerCase();
      return t;
    };
    if (this._regex) {
      let re: RegExp;
      try {
        const source = this._entireCell ? `^(?:${this._text})$` : this._text;
        re = new RegExp(source, this._matchCase ? '' : 'i');
      } catch {
        throw new SheetsError(`Invalid regular expression: ${this._text}`);
      }
      return (s) => re.test(this._ignoreDiacritics ? fold(s) : s);
    }
    const needle = fold(String(this._text));
    return this._entireCell ? (s) => fold(s) === needle : (s) => fold(s).indexOf(needle) >= 0;
  }

  private _cell(m: { row: number; col: number }): RangeObject {
    return new RangeObject(this._g, this._sheet, { row: m.row, col: m.col, numRows: 1, numCols: 1 });
  }
}
