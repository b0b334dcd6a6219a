// The Spreadsheet object: its sheets, active sheet and range, named ranges, protections, toasts.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import { parseA1, rectOfParsed } from './a1';
import { NamedRangeObject } from './namedRange';
import { ProtectionObject } from './protection';
import { RangeObject, rangeAt } from './range';
import { selectSheet } from './selection';
import { activeRangeOf, currentCellOf, SelectionObject } from './selectionObjects';
import { SheetObject } from './sheet';
import { SheetsError, type SpreadsheetModel } from './spreadsheetModel';
import { UserObject } from './user';

export class SpreadsheetObject extends ServiceObject {
  readonly _type = 'Spreadsheet';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _model: SpreadsheetModel,
  ) {
    super(g);
  }

  getId(): string {
    return this._model.id;
  }
  getName(): string {
    return this._model.name;
  }
  rename(newName: string): void {
    this._model.name = String(newName);
  }
  getUrl(): string {
    return this._model.url;
  }
  getSpreadsheetTimeZone(): string {
    return this._model.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this._model.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this._model.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._model.locale = String(locale);
  }
  getOwner(): UserObject {
    return new UserObject(this._g, this._model.owner);
  }
  getEditors(): UserObject[] {
    return [this._model.owner, ...this._model.editors].map((e) => new UserObject(this._g, e));
  }

  getSheets(): SheetObject[] {
    return this._model.sheets.map((s) => new SheetObject(this._g, s));
  }
  getNumSheets(): number {
    return this._model.sheets.length;
  }
  /** Null when no sheet has that name. Source: …/spreadsheet#getsheetbynamename */
  getSheetByName(name: string): SheetObject | null {
    const s = this._model.sheetByName(String(name));
    return s ? new SheetObject(this._g, s) : null;
  }
  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbyidid */
  getSheetById(id: number): SheetObject | null {
    const s = this._model.sheetById(Number(id));
    return s ? new SheetObject(this._g, s) : null;
  }

  /**
   * insertSheet() | (sheetIndex) | (sheetName) | (sheetName, sheetIndex); the new sheet becomes active.
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex
   */
  insertSheet(a?: string | number, b?: number): SheetObject {
    const name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : b;
    const sheet = this._model.insertSheet(name, index);
    selectSheet(this._model, sheet.id);
    return new SheetObject(this._g, sheet);
  }
  deleteSheet(sheet: SheetObject): void {
    this._model.deleteSheet(sheet._sheet);
  }

  getActiveSheet(): SheetObject {
    return new SheetObject(this._g, this._model.activeSheet);
  }
  setActiveSheet(sheet: SheetObject): SheetObject {
    selectSheet(this._model, sheet._sheet.id);
    return sheet;
  }
  /** The selected range of the active sheet (A1 when nothing was selected there). Source: …/spreadsheet#getactiverange() */
  getActiveRange(): RangeObject {
    return activeRangeOf(this._g, this._model);
  }
  /** The current (highlighted) cell of the selection. Source: …/spreadsheet#getcurrentcell() */
  getCurrentCell(): RangeObject {
    return currentCellOf(this._g, this._model);
  }
  /** "Returns the active cell in this sheet" — the current cell. Source: …/spreadsheet#getactivecell() */
  getActiveCell(): RangeObject {
    return currentCellOf(this._g, this._model);
  }
  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setactiverangerange */
  setActiveRange(range: RangeObject): RangeObject {
    return range.activate();
  }
  /** A range or A1 notation (of the active sheet unless it names one). Source: …/spreadsheet#setactiveselectiona1notation */
  setActiveSelection(range: RangeObject | string): RangeObject {
    const r = typeof range === 'string' ? this.getRange(range) : range;
    return r.activate();
  }
  getSelection(): SelectionObject {
    return new SelectionObject(this._g, this._model);
  }
  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setcurrentcellcell */
  setCurrentCell(cell: RangeObject): RangeObject {
    return cell.activateAsCurrentCell();
  }

  /** getRange('Sheet1!A1:B2'); without a sheet name, the active sheet. Source: …/spreadsheet#getrangea1notation */
  getRange(a1Notation: string): RangeObject {
    const parsed = parseA1(String(a1Notation));
    const sheet =
      parsed?.sheetName !== undefined ? this._model.sheetByName(parsed.sheetName) : this._model.activeSheet;
    const rect = parsed && sheet && rectOfParsed(parsed, sheet.maxRows, sheet.maxColumns);
    if (!rect || !sheet) throw new SheetsError('Range not found');
    return rangeAt({ _g: this._g, _sheet: sheet }, rect.row, rect.col, rect.numRows, rect.numCols);
  }

  /** Null when no range has that name. Source: …/spreadsheet#getrangebynamename */
  getRangeByName(name: string): RangeObject | null {
    const nr = this._model.namedRanges.get(String(name));
    return nr ? new RangeObject(this._g, nr.sheet, nr.rect) : null;
  }
  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setnamedrangename,-range */
  setNamedRange(name: string, range: RangeObject): void {
    NamedRangeObject._assertValidName(String(name));
    this._model.namedRanges.set(String(name), {
      name: String(name),
      sheet: range._sheet,
      rect: { ...range._rect },
    });
  }
  getNamedRanges(): NamedRangeObject[] {
    return [...this._model.namedRanges.values()].map((nr) => new NamedRangeObject(this._g, this._model, nr));
  }
  removeNamedRange(name: string): void {
    if (!this._model.namedRanges.delete(String(name))) throw new SheetsError('Named range not found.');
  }

  getProtections(type: string): ProtectionObject[] {
    return this._model.sheets.flatMap((s) =>
      s.protections.filter((p) => p.kind === String(type)).map((p) => new ProtectionObject(this._g, p)),
    );
  }

  /** Shown to the user bottom-right; recorded on the workbook's UiLog. Source: …/spreadsheet#toastmsg,-title,-timeoutseconds */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    this._model.ui.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }

  getSheetName(): string {
    return this._model.activeSheet.name;
  }
}
