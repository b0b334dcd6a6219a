// The Sheets advanced service (Sheets API v4 as Apps Script exposes it): Spreadsheets.Values.batchGet on the emulator's workbooks.
// Sources: https://developers.google.com/apps-script/advanced/sheets,
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet (response: spreadsheetId and
// valueRanges: "The order of the ValueRanges is the same as the order of the requested ranges"),
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values
// (ValueRange: range "indicates the entire requested range, even though the values will exclude trailing rows and
// columns"; "For output, empty trailing rows and columns will not be included"),
// https://developers.google.com/sheets/reference/rest/v4/ValueRenderOption,
// https://developers.google.com/sheets/reference/rest/v4/DateTimeRenderOption ("days since December 30th 1899").
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { serialOf } from '../shared/zonedTime';
import { a1Of, parseA1, quoteSheetName, type Rect, rectOfParsed } from '../spreadsheet/a1';
import { displayOf } from '../spreadsheet/displayFormat';
import type { SheetModel } from '../spreadsheet/sheetModel';
import type { SpreadsheetModel, SpreadsheetStore } from '../spreadsheet/spreadsheetModel';
import type { CellValue } from '../spreadsheet/valueConversion';

/** "API call to sheets.spreadsheets.values.batchGet failed with error: …": the form reported for advanced-service
 *  failures (believed, as for the Gmail advanced service); the inner texts are the Sheets API's (believed). */
const apiError = (message: string) =>
  new GoogleError(`API call to sheets.spreadsheets.values.batchGet failed with error: ${message}`);

type Cell = string | number | boolean;

/** The sheet and rectangle a requested A1 range names; a bare sheet name is the whole sheet. No sheet: the first. */
function resolve(book: SpreadsheetModel, text: string): { sheet: SheetModel; rect: Rect } {
  const parsed = parseA1(text);
  let sheetName = parsed?.sheetName;
  if (!parsed) {
    // "Sheet1" or "'My tab'" alone names a whole sheet.
    const t = text.trim();
    sheetName = t.startsWith("'") && t.endsWith("'") ? t.slice(1, -1).replace(/''/g, "'") : t;
  }
  const sheet = sheetName === undefined ? book.sheets[0] : book.sheetByName(sheetName);
  if (!sheet) throw apiError(`Unable to parse range: ${text}`);
  const p = parsed ?? {};
  const rect = rectOfParsed(p, sheet.maxRows, sheet.maxColumns);
  if (!rect || rect.row > sheet.maxRows || rect.col > sheet.maxColumns)
    throw apiError(`Unable to parse range: ${text}`);
  // Reads past the grid are clipped to it (believed: the API reports the clipped range).
  return {
    sheet,
    rect: {
      ...rect,
      numRows: Math.min(rect.numRows, sheet.maxRows - rect.row + 1),
      numCols: Math.min(rect.numCols, sheet.maxColumns - rect.col + 1),
    },
  };
}

export class SheetsSpreadsheetsValues extends ServiceObject {
  readonly _service = 'Sheets';
  readonly _type = 'ValuesCollection'; // @types: Sheets.Collection.Spreadsheets.ValuesCollection
  constructor(
    g: GoogleBackend,
    private readonly _store: SpreadsheetStore,
  ) {
    super(g);
  }

  /**
   * batchGet(spreadsheetId, {ranges, valueRenderOption, dateTimeRenderOption, majorDimension}) →
   * `{ spreadsheetId, valueRanges: [{ range, majorDimension, values? }] }`. Defaults as documented: FORMATTED_VALUE,
   * SERIAL_NUMBER (ignored for formatted values), ROWS. FORMULA is not emulated (refused, so no caller relies on it).
   * Charged as one read of every requested cell (latency.ts).
   */
  batchGet(spreadsheetId: unknown, optionalArgs?: unknown): Record<string, unknown> {
    const book = this._store.get(String(spreadsheetId ?? ''));
    // Believed wording (public reports) for an id that names no spreadsheet the user can open.
    if (!book) throw apiError('Requested entity was not found.');
    const args = (optionalArgs && typeof optionalArgs === 'object' ? optionalArgs : {}) as Record<
      string,
      unknown
    >;
    const ranges = Array.isArray(args.ranges)
      ? args.ranges.map(String)
      : args.ranges === undefined
        ? []
        : [String(args.ranges)];
    const render = String(args.valueRenderOption ?? 'FORMATTED_VALUE');
    const dates = String(args.dateTimeRenderOption ?? 'SERIAL_NUMBER');
    const major = String(args.majorDimension ?? 'ROWS');
    if (!['FORMATTED_VALUE', 'UNFORMATTED_VALUE'].includes(render))
      throw new GoogleError(`Emulator: valueRenderOption ${render} is not emulated.`);
    if (!['SERIAL_NUMBER', 'FORMATTED_STRING'].includes(dates))
      throw apiError(`Invalid value at 'date_time_render_option' (${dates})`);
    if (!['ROWS', 'COLUMNS'].includes(major)) throw apiError(`Invalid value at 'major_dimension' (${major})`);
    // Every range is resolved before any is read: one bad range fails the whole call, with no data returned.
    const resolved = ranges.map((r) => resolve(book, r));
    const valueRanges = resolved.map(({ sheet, rect }) => {
      this._g.current.account({ read: rect.numRows * rect.numCols });
      const grid = this._render(sheet, rect, render, dates);
      const lines = major === 'ROWS' ? grid : transpose(grid, rect.numCols);
      const values = trimTrailing(lines);
      const out: Record<string, unknown> = {
        range: `${quoteSheetName(sheet.name)}!${a1Of(rect)}`,
        majorDimension: major,
      };
      // An all-empty range comes back without `values` (believed: the field is left out, as JSON omits empty lists).
      if (values.length > 0) out.values = values;
      return out;
    });
    return { spreadsheetId: book.id, valueRanges };
  }

  private _render(sheet: SheetModel, rect: Rect, render: string, dates: string): Cell[][] {
    const values = sheet.getValues(rect.row, rect.col, rect.numRows, rect.numCols);
    const book = sheet.parent;
    const layer = sheet.formats.numberFormat;
    const formats = layer.touches(rect) ? layer.getGrid(rect) : undefined;
    const ctx = { locale: book.locale, timeZone: book.timeZone };
    const formatted = (v: CellValue, i: number, j: number) => displayOf(v, formats?.[i]?.[j], ctx);
    return values.map((line, i) =>
      line.map((v, j): Cell => {
        if (render === 'FORMATTED_VALUE') return formatted(v, i, j);
        if (v instanceof Date)
          return dates === 'SERIAL_NUMBER' ? serialOf(v, book.timeZone) : formatted(v, i, j);
        return v;
      }),
    );
  }
}

function transpose(grid: Cell[][], numCols: number): Cell[][] {
  const out: Cell[][] = [];
  for (let j = 0; j < numCols; j++) out.push(grid.map((line) => line[j] ?? ''));
  return out;
}

/** Drops empty cells at the end of each line and empty lines at the end ("trailing rows and columns"). */
function trimTrailing(lines: Cell[][]): Cell[][] {
  const out = lines.map((line) => {
    let n = line.length;
    while (n > 0 && line[n - 1] === '') n--;
    return line.slice(0, n);
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

export class SheetsSpreadsheets extends ServiceObject {
  readonly _service = 'Sheets';
  readonly _type = 'SpreadsheetsCollection';
  constructor(
    g: GoogleBackend,
    private readonly _store: SpreadsheetStore,
  ) {
    super(g);
  }
  override _properties(): Record<string, unknown> {
    return { Values: new SheetsSpreadsheetsValues(this._g, this._store) };
  }
}

/** The `Sheets` global, present only when appsscript.json enables the advanced service. */
export class SheetsAdvancedRoot extends ServiceObject {
  readonly _service = 'Sheets';
  readonly _type = 'Sheets';
  constructor(
    g: GoogleBackend,
    private readonly _store: SpreadsheetStore,
  ) {
    super(g);
  }
  override _properties(): Record<string, unknown> {
    return { Spreadsheets: new SheetsSpreadsheets(this._g, this._store) };
  }
}
