// The Sheet object: ranges, size, rows and columns, freezing, widths, visibility, protection, rules.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import { parseA1, rectOfParsed } from './a1';
import { ConditionalFormatRuleObject } from './conditionalFormat';
import {
  type EmbeddedChartBuilderObject,
  type EmbeddedChartObject,
  insertChart,
  newChartBuilder,
  removeChart,
  sheetCharts,
  updateChart,
} from './embeddedChart';
import { FilterObject, filterOf, rowHiddenByFilter } from './filter';
import { ProtectionObject } from './protection';
import { type RangeObject, rangeAt } from './range';
import { RangeListObject } from './rangeList';
import { selectSheet } from './selection';
import { activeRangeOf, currentCellOf, SelectionObject } from './selectionObjects';
import type { SheetModel } from './sheetModel';
import { SpreadsheetObject } from './spreadsheet';
import { SheetsError } from './spreadsheetModel';
import { TextFinderObject } from './textFinder';
import { assertCanEdit, firstRejectedCell, validationMessage } from './writeRules';

export class SheetObject extends ServiceObject {
  readonly _type = 'Sheet';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _sheet: SheetModel,
  ) {
    super(g);
  }

  private _live(): SheetModel {
    if (!this._sheet.parent.sheets.includes(this._sheet))
      throw new SheetsError('Unexpected error while getting the method or property on object Sheet.');
    return this._sheet;
  }

  /** Structural edits are refused to users a protection of the whole sheet stops. */
  private _structural(): SheetModel {
    const s = this._live();
    assertCanEdit(s, s.fullRect(), this._g.current.effectiveUser);
    return s;
  }

  getName(): string {
    return this._live().name;
  }
  setName(name: string): this {
    this._live().parent.renameSheet(this._sheet, String(name));
    return this;
  }
  getSheetId(): number {
    return this._sheet.id;
  }
  /** 1-based position among the tabs. Source: …/sheet#getindex */
  getIndex(): number {
    return this._sheet.parent.sheets.indexOf(this._sheet) + 1;
  }
  getParent(): SpreadsheetObject {
    return new SpreadsheetObject(this._g, this._sheet.parent);
  }

  /**
   * getRange(a1) | getRange(row, column) | (row, column, numRows) | (row, column, numRows, numColumns).
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
   */
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): RangeObject {
    const s = this._live();
    if (typeof a === 'string') {
      const parsed = parseA1(a);
      const rect = parsed && rectOfParsed(parsed, s.maxRows, s.maxColumns);
      if (!rect || (parsed.sheetName !== undefined && parsed.sheetName !== s.name))
        throw new SheetsError('Range not found');
      return rangeAt(this, rect.row, rect.col, rect.numRows, rect.numCols);
    }
    if (column === undefined)
      throw new Error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return rangeAt(this, a, column, numRows ?? 1, numColumns ?? 1);
  }

  /**
   * Ranges of this sheet from a non-empty list of A1 notations, each checked as getRange(a1) checks it.
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangelista1notations
   */
  getRangeList(a1Notations: string[]): RangeListObject {
    const list = Array.isArray(a1Notations) ? a1Notations : [];
    return new RangeListObject(
      this._g,
      list.map((a1) => this.getRange(String(a1))),
    );
  }

  /** From A1 to the last row and column with content. Source: …/sheet#getdatarange */
  getDataRange(): RangeObject {
    const s = this._live();
    return rangeAt(this, 1, 1, Math.max(1, s.lastRow()), Math.max(1, s.lastColumn()));
  }
  getLastRow(): number {
    return this._live().lastRow();
  }
  /** A search of the sheet's cells with content. Source: …/sheet#createtextfinderfindtext */
  createTextFinder(findText: string): TextFinderObject {
    const s = this._live();
    const rect = { row: 1, col: 1, numRows: Math.max(1, s.lastRow()), numCols: Math.max(1, s.lastColumn()) };
    return new TextFinderObject(this._g, s, rect, String(findText));
  }
  getLastColumn(): number {
    return this._live().lastColumn();
  }
  getMaxRows(): number {
    return this._live().maxRows;
  }
  getMaxColumns(): number {
    return this._live().maxColumns;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this._checkRow(beforePosition);
    this._structural().insertRows(beforePosition, howMany);
    this._g.current.account({ written: howMany * this._sheet.maxColumns });
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this._checkRow(afterPosition);
    this._structural().insertRows(afterPosition + 1, howMany);
    this._g.current.account({ written: howMany * this._sheet.maxColumns });
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  /** insertRows(rowIndex, numRows = 1): inserts before rowIndex. Source: …/sheet#insertrowsrowindex,-numrows */
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this._checkCol(beforePosition);
    this._structural().insertColumns(beforePosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this._checkCol(afterPosition);
    this._structural().insertColumns(afterPosition + 1, howMany);
    return this;
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany */
  deleteRows(rowPosition: number, howMany: number): void {
    const s = this._structural();
    if (rowPosition < 1 || rowPosition + howMany - 1 > s.maxRows)
      throw new SheetsError('Those rows are out of bounds.');
    if (howMany >= s.maxRows - s.frozenRows)
      throw new SheetsError('Sorry, it is not possible to delete all non-frozen rows.');
    this._g.current.account({ written: howMany * s.maxColumns });
    s.deleteRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    const s = this._structural();
    if (columnPosition < 1 || columnPosition + howMany - 1 > s.maxColumns)
      throw new SheetsError('Those columns are out of bounds.');
    if (howMany >= s.maxColumns - s.frozenColumns)
      throw new SheetsError('Sorry, it is not possible to delete all non-frozen columns.');
    s.deleteColumns(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  private _checkRow(n: number): void {
    if (!(n >= 1 && n <= this._sheet.maxRows)) throw new SheetsError('Those rows are out of bounds.');
  }
  private _checkCol(n: number): void {
    if (!(n >= 1 && n <= this._sheet.maxColumns)) throw new SheetsError('Those columns are out of bounds.');
  }

  /** Converts values as setValues does and writes them after the last row. Source: …/sheet#appendrowrowcontents */
  appendRow(rowContents: unknown[]): this {
    const s = this._live();
    if (!Array.isArray(rowContents))
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const row = s.lastRow() + 1;
    const contents = s.convert(row, 1, [rowContents], 'script');
    assertCanEdit(
      s,
      { row, col: 1, numRows: 1, numCols: Math.max(1, rowContents.length) },
      this._g.current.effectiveUser,
    );
    const rejected = firstRejectedCell(s, row, 1, contents);
    if (rejected) throw new SheetsError(validationMessage(rejected.a1));
    s.writeContents(row, 1, contents);
    this._g.current.account({ written: rowContents.length });
    return this;
  }

  getFrozenRows(): number {
    return this._live().frozenRows;
  }
  setFrozenRows(rows: number): void {
    this._structural().frozenRows = rows;
  }
  getFrozenColumns(): number {
    return this._live().frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this._structural().frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number {
    return this._live().columnWidth(columnPosition);
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this._live().columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._sheet.columnWidths.set(c, width);
    return this;
  }
  /** Fits columns to their longest displayed text; the emulator estimates 7 px per character plus padding. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const s = this._live();
    const last = s.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (const [v] of s.getValues(1, c, Math.max(1, last), 1))
        longest = Math.max(longest, String(v).length);
      s.columnWidths.set(c, Math.max(30, longest * 7 + 10));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideSheet(): this {
    const s = this._live();
    if (s.parent.sheets.filter((x) => !x.hidden && x !== s).length === 0)
      throw new SheetsError("You can't hide all the sheets in a document.");
    s.hidden = true;
    return this;
  }
  showSheet(): this {
    this._live().hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._live().hidden;
  }
  setTabColor(color: string | null): this {
    this._live().tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this._live().tabColor;
  }

  /** Clears contents and formats of the whole sheet. Source: …/sheet#clear */
  clear(): this {
    const s = this._structural();
    s.clearContent(s.fullRect());
    s.clearFormat(s.fullRect());
    this._g.current.account({ written: s.lastRow() * s.lastColumn() });
    return this;
  }
  clearContents(): this {
    const s = this._structural();
    s.clearContent(s.fullRect());
    return this;
  }
  clearFormats(): this {
    const s = this._structural();
    s.clearFormat(s.fullRect());
    return this;
  }

  activate(): this {
    selectSheet(this._live().parent, this._sheet.id);
    return this;
  }
  // The selection belongs to the workbook's active sheet, whichever Sheet object is asked (selectionObjects.ts).
  // Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getactiverange()
  getActiveRange(): RangeObject {
    return activeRangeOf(this._g, this._live().parent);
  }
  getActiveCell(): RangeObject {
    return currentCellOf(this._g, this._live().parent);
  }
  getCurrentCell(): RangeObject {
    return currentCellOf(this._g, this._live().parent);
  }
  getSelection(): SelectionObject {
    return new SelectionObject(this._g, this._live().parent);
  }
  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setactiverangerange */
  setActiveRange(range: RangeObject): RangeObject {
    return range.activate();
  }
  /** A range, or A1 notation of this sheet. Source: …/sheet#setactiveselectiona1notation */
  setActiveSelection(range: RangeObject | string): RangeObject {
    return (typeof range === 'string' ? this.getRange(range) : range).activate();
  }
  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setcurrentcellcell */
  setCurrentCell(cell: RangeObject): RangeObject {
    return cell.activateAsCurrentCell();
  }

  /** "Returns the filter in this sheet, or null if there is no filter." */
  getFilter(): FilterObject | null {
    const f = filterOf(this._live());
    return f ? new FilterObject(this._g, this._sheet, f) : null;
  }
  /** "Returns whether the given row is hidden by a filter." */
  isRowHiddenByFilter(rowPosition: number): boolean {
    this._g.current.account({ read: 1 });
    return rowHiddenByFilter(this._live(), Number(rowPosition));
  }

  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect */
  protect(): ProtectionObject {
    return ProtectionObject._create(this._g, this._live(), 'SHEET', this._sheet.fullRect());
  }
  getProtections(type: string): ProtectionObject[] {
    return this._live()
      .protections.filter((p) => p.kind === String(type))
      .map((p) => new ProtectionObject(this._g, p));
  }

  getConditionalFormatRules(): ConditionalFormatRuleObject[] {
    return this._live().conditionalRules.map((r) => new ConditionalFormatRuleObject(this._g, r));
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleObject[]): void {
    this._live().conditionalRules = rules.map((r) => r._rule);
  }

  // Embedded charts (embeddedChart.ts). Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart()
  newChart(): EmbeddedChartBuilderObject {
    return newChartBuilder(this._g, this._live());
  }
  insertChart(chart: EmbeddedChartObject): void {
    insertChart(this._live(), chart);
  }
  updateChart(chart: EmbeddedChartObject): void {
    updateChart(this._live(), chart);
  }
  removeChart(chart: EmbeddedChartObject): void {
    removeChart(this._live(), chart);
  }
  getCharts(): EmbeddedChartObject[] {
    return sheetCharts(this._g, this._live());
  }
}
