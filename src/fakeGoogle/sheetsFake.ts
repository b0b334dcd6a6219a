// The fake's Sheets API v4: spreadsheets.get (with includeGridData, ranges, a coarse `fields`), create, batchUpdate
// (validated whole before anything applies), values.batchGet and values.batchUpdate, over emulator workbooks.
// References:
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/create
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate ("Each request is validated
//   before being applied. If any request is not valid then the entire request will fail and nothing will be applied.")
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate

import { cellDataGrid, protectedRangeOf } from '../cli/sheets/cellCodec';
import type { GoogleBackend } from '../emulator/backend';
import { serialOf } from '../emulator/services/shared/zonedTime';
import { a1Of, parseA1, quoteSheetName, type Rect, rectOfParsed } from '../emulator/services/spreadsheet/a1';
import type { SheetModel, SpreadsheetModel } from '../emulator/services/spreadsheet/install';
import { ApiError, badRequest, type FakeRequest, notFound } from './fakeGoogle';
import { applyRequest, checkRequest } from './sheetsRequests';

export function handleSheets(g: GoogleBackend, req: FakeRequest): unknown {
  const store = g.stores.spreadsheets;
  if (req.method === 'POST' && req.path === '/v4/spreadsheets') return create(g, req);
  const m = /^\/v4\/spreadsheets\/([^/:]+)(\/values:batchGet|\/values:batchUpdate|:batchUpdate)?$/.exec(
    req.path,
  );
  if (!m) throw new ApiError(404, `Not Found: ${req.path}`, 'NOT_FOUND');
  const book = store.get(m[1]!);
  if (!book) throw notFound();
  if (!book.isEditor(req.user))
    throw new ApiError(403, 'The caller does not have permission', 'PERMISSION_DENIED');
  const op = m[2];
  if (op === undefined && req.method === 'GET') return get(book, req.query);
  if (op === '/values:batchGet' && req.method === 'GET') return valuesBatchGet(book, req.query);
  if (op === '/values:batchUpdate' && req.method === 'POST') return valuesBatchUpdate(book, req.body);
  if (op === ':batchUpdate' && req.method === 'POST') return batchUpdate(book, req.body);
  throw new ApiError(404, `Not Found: ${req.method} ${req.path}`, 'NOT_FOUND');
}

function sheetProperties(s: SheetModel, index: number) {
  return {
    sheetId: s.id,
    title: s.name,
    index,
    sheetType: 'GRID',
    gridProperties: {
      rowCount: s.maxRows,
      columnCount: s.maxColumns,
      ...(s.frozenRows ? { frozenRowCount: s.frozenRows } : {}),
      ...(s.frozenColumns ? { frozenColumnCount: s.frozenColumns } : {}),
    },
    ...(s.hidden ? { hidden: true } : {}),
  };
}

/** A spreadsheet resource; grid data only when asked, trailing empty cells and rows left out as Google does. */
export function spreadsheetResource(book: SpreadsheetModel, query?: URLSearchParams) {
  const withData = query?.get('includeGridData') === 'true';
  const fields = query?.get('fields') ?? '';
  const wants = (part: string) => fields === '' || fields.includes(part) || fields === '*';
  const ranges = query?.getAll('ranges') ?? [];
  const wanted = new Map<SheetModel, Rect[]>();
  for (const r of ranges) {
    const { sheet, rect } = resolveRange(book, r);
    wanted.set(sheet, [...(wanted.get(sheet) ?? []), rect]);
  }
  const sheets = book.sheets
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => ranges.length === 0 || wanted.has(s))
    .map(({ s, index }) => ({
      properties: sheetProperties(s, index),
      ...(wants('protectedRanges') && s.protections.length > 0
        ? { protectedRanges: s.protections.map(protectedRangeOf) }
        : {}),
      ...(withData && wants('data')
        ? { data: (wanted.get(s) ?? [s.fullRect()]).map((rect) => gridData(s, rect)) }
        : {}),
    }));
  return {
    spreadsheetId: book.id,
    properties: { title: book.name, locale: book.locale, timeZone: book.timeZone },
    sheets,
    spreadsheetUrl: book.url,
  };
}

function get(book: SpreadsheetModel, query: URLSearchParams) {
  return spreadsheetResource(book, query);
}

function gridData(s: SheetModel, rect: Rect) {
  const rows = Math.max(0, Math.min(rect.numRows, s.maxRows - rect.row + 1));
  const cols = Math.max(0, Math.min(rect.numCols, s.maxColumns - rect.col + 1));
  const grid = rows > 0 && cols > 0 ? cellDataGrid(s, { ...rect, numRows: rows, numCols: cols }) : [];
  const rowData = grid.map((line) => {
    let n = line.length;
    while (n > 0 && Object.keys(line[n - 1]!).length === 0) n--;
    return n === 0 ? {} : { values: line.slice(0, n) };
  });
  let last = rowData.length;
  while (last > 0 && !('values' in rowData[last - 1]!)) last--;
  return { startRow: rect.row - 1, startColumn: rect.col - 1, rowData: rowData.slice(0, last) };
}

export function resolveRange(book: SpreadsheetModel, a1: string): { sheet: SheetModel; rect: Rect } {
  const p = parseA1(a1);
  const name = p?.sheetName ?? (p ? book.sheets[0]!.name : a1.replace(/^'(.*)'$/, '$1').replace(/''/g, "'"));
  const sheet = book.sheetByName(name);
  if (!sheet) throw badRequest(`Unable to parse range: ${a1}`);
  const rect = p ? rectOfParsed(p, sheet.maxRows, sheet.maxColumns) : sheet.fullRect();
  if (!rect) throw badRequest(`Unable to parse range: ${a1}`);
  return { sheet, rect };
}

function valuesBatchGet(book: SpreadsheetModel, query: URLSearchParams) {
  const render = query.get('valueRenderOption') ?? 'FORMATTED_VALUE';
  const serial = (query.get('dateTimeRenderOption') ?? 'SERIAL_NUMBER') === 'SERIAL_NUMBER';
  const valueRanges = query.getAll('ranges').map((r) => {
    const { sheet, rect } = resolveRange(book, r);
    const rows = Math.max(0, Math.min(rect.numRows, sheet.maxRows - rect.row + 1));
    const cols = Math.max(0, Math.min(rect.numCols, sheet.maxColumns - rect.col + 1));
    const values = sheet.getValues(rect.row, rect.col, rows, cols);
    const formulas = render === 'FORMULA' ? sheet.getFormulas(rect.row, rect.col, rows, cols) : undefined;
    const out = values.map((line, i) => {
      const cells = line.map((v, j) => {
        const formula = formulas?.[i]?.[j];
        if (formula) return formula;
        if (v instanceof Date)
          return serial || render !== 'FORMATTED_VALUE' ? serialOf(v, book.timeZone) : v.toISOString();
        if (render === 'FORMATTED_VALUE') return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
        return v;
      });
      let n = cells.length;
      while (n > 0 && cells[n - 1] === '') n--;
      return cells.slice(0, n);
    });
    let last = out.length;
    while (last > 0 && out[last - 1]!.length === 0) last--;
    const range = `${quoteSheetName(sheet.name)}!${a1Of({ ...rect, numRows: rows, numCols: cols })}`;
    return { range, majorDimension: 'ROWS', ...(last > 0 ? { values: out.slice(0, last) } : {}) };
  });
  return { spreadsheetId: book.id, valueRanges };
}

interface ValueRangeIn {
  range: string;
  values?: unknown[][];
}

function valuesBatchUpdate(book: SpreadsheetModel, body: unknown) {
  const b = body as { valueInputOption?: string; data?: ValueRangeIn[] };
  const option = b.valueInputOption;
  if (option !== 'RAW' && option !== 'USER_ENTERED') throw badRequest("Invalid valueInputOption: ''");
  const targets = (b.data ?? []).map((d) => {
    const { sheet, rect } = resolveRange(book, d.range);
    const values = d.values ?? [];
    if (rect.row + values.length - 1 > sheet.maxRows)
      throw badRequest(
        `Range (${d.range}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
      );
    return { sheet, rect, values };
  });
  const responses = targets.map(({ sheet, rect, values }) => {
    const contents = sheet.convert(rect.row, rect.col, values, 'typed');
    if (option === 'RAW')
      for (let i = 0; i < values.length; i++)
        for (let j = 0; j < values[i]!.length; j++) {
          const v = values[i]![j];
          contents[i]![j] = { value: v === null || v === undefined ? '' : (v as string | number | boolean) };
        }
    sheet.writeContents(rect.row, rect.col, contents);
    const cols = values.reduce((w, l) => Math.max(w, l.length), 0);
    return {
      spreadsheetId: book.id,
      updatedRange: `${quoteSheetName(sheet.name)}!${a1Of({ ...rect, numRows: values.length, numCols: cols })}`,
      updatedRows: values.length,
      updatedColumns: cols,
      updatedCells: values.reduce((n, l) => n + l.length, 0),
    };
  });
  return {
    spreadsheetId: book.id,
    totalUpdatedRows: responses.reduce((n, r) => n + r.updatedRows, 0),
    totalUpdatedColumns: responses.reduce((n, r) => Math.max(n, r.updatedColumns), 0),
    totalUpdatedCells: responses.reduce((n, r) => n + r.updatedCells, 0),
    totalUpdatedSheets: new Set(targets.map((t) => t.sheet)).size,
    responses,
  };
}

function batchUpdate(book: SpreadsheetModel, body: unknown) {
  const requests = ((body as { requests?: Record<string, unknown>[] }).requests ?? []) as Record<
    string,
    unknown
  >[];
  // Validate every request against the workbook as the earlier ones would leave it, then apply them all.
  const shape = new Map(
    book.sheets.map((s) => [s.id, { rows: s.maxRows, cols: s.maxColumns, name: s.name }]),
  );
  for (const [i, r] of requests.entries()) checkRequest(book, shape, r, i);
  const replies = requests.map((r) => applyRequest(book, r));
  return { spreadsheetId: book.id, replies };
}

function create(g: GoogleBackend, req: FakeRequest) {
  const b = (req.body ?? {}) as {
    properties?: { title?: string; locale?: string; timeZone?: string };
    sheets?: {
      properties?: { title?: string; gridProperties?: { rowCount?: number; columnCount?: number } };
    }[];
  };
  const book = g.stores.spreadsheets.create(b.properties?.title ?? 'Untitled spreadsheet', {
    owner: req.user,
    ...(b.properties?.locale ? { locale: b.properties.locale } : {}),
    ...(b.properties?.timeZone ? { timeZone: b.properties.timeZone } : {}),
  });
  (b.sheets ?? []).forEach((sd, i) => {
    const p = sd.properties ?? {};
    const rows = p.gridProperties?.rowCount ?? 1000;
    const cols = p.gridProperties?.columnCount ?? 26;
    if (i === 0) {
      const first = book.sheets[0]!;
      if (p.title) book.renameSheet(first, p.title);
      first.maxRows = rows;
      first.maxColumns = cols;
    } else book.insertSheet(p.title, undefined, rows, cols);
  });
  return spreadsheetResource(book);
}
