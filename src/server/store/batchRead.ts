// Many tabs' header rows, or scattered rows, in one Sheets advanced service call (Values.batchGet), dates as getValues gives them.
//
// A profile reads a few rows of many tabs: one getValues per header and per run of rows adds a round trip each.
// `Sheets.Spreadsheets.Values.batchGet` reads any number of ranges in one call
// (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet). What it reads is put in
// the tables' memory (Table.primeHeader / primeRows), so the usual readers (header, readRows, findRows) find it there
// and callers do not change. When the advanced service is off (a copy of the script without it in
// appsscript.json), nothing is read here and those readers fall back to their own SpreadsheetApp reads.

import { instantAt } from '../../core/calendar/localDate';
import { columnLetter } from '../../core/workbook/headerMatch';
import type { WorkbookSession } from './session';
import type { Table, TableRow } from './table';

const DAY_MS = 86_400_000;

/** The spreadsheet's id and time zone, asked once per execution's session (two calls otherwise made per batch). */
const bookFacts = new WeakMap<WorkbookSession, { id: string; timeZone?: string }>();
function factsOf(session: WorkbookSession): { id: string; timeZone?: string } {
  let f = bookFacts.get(session);
  if (!f) {
    f = { id: session.spreadsheet.getId() };
    bookFacts.set(session, f);
  }
  return f;
}
function timeZoneOf(session: WorkbookSession): string {
  const f = factsOf(session);
  if (f.timeZone === undefined) f.timeZone = session.spreadsheet.getSpreadsheetTimeZone();
  return f.timeZone;
}

/** Whether the Sheets advanced service is there (appsscript.json enables it as `Sheets`). */
function sheetsService(): GoogleAppsScript.Sheets | undefined {
  return typeof Sheets === 'undefined' ? undefined : Sheets;
}

/** `'Tab name'!A2:S4`: quoted always (valid for any name), quotes doubled. */
function a1(tab: string, firstRow: number, lastRow: number, width: number): string {
  return `'${tab.replace(/'/g, "''")}'!A${firstRow}:${columnLetter(width - 1)}${lastRow}`;
}

/**
 * The one function that reads through the advanced service: the ranges' values, unformatted, with date cells as
 * serial numbers (days since 30 December 1899 on the spreadsheet's wall clock, DateTimeRenderOption SERIAL_NUMBER);
 * null when the service is off. Each range's rows and cells are padded back to the width asked for with '' (the
 * API leaves out trailing empty rows and cells), so a range reads like getValues.
 */
function batchValues(
  session: WorkbookSession,
  ranges: readonly string[],
  shape: readonly { rows: number; width: number }[],
): unknown[][][] | null {
  const service = sheetsService();
  if (!service || ranges.length === 0) return null;
  let response: GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;
  try {
    response = service.Spreadsheets!.Values!.batchGet(factsOf(session).id, {
      ranges: [...ranges],
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
      majorDimension: 'ROWS',
    });
  } catch (e) {
    // The Sheets API has its own per-minute read quota (429) and can fail where SpreadsheetApp would not: the
    // SpreadsheetApp reads take over, so the profile still opens.
    console.warn(`batchGet failed, reading through SpreadsheetApp instead: ${String(e)}`);
    return null;
  }
  const got = response.valueRanges ?? [];
  return shape.map(({ rows, width }, i) => {
    const values = (got[i]?.values ?? []) as unknown[][];
    const out: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const line = values[r] ?? [];
      const cells: unknown[] = new Array(width);
      for (let c = 0; c < width; c++) cells[c] = line[c] ?? '';
      out.push(cells);
    }
    return out;
  });
}

/**
 * A serial number back to the Date getValues returns for a date cell: the instant at which the spreadsheet's wall
 * clock shows that day and time. Applied only to the columns the tab defines as dates (a serial cannot be told from
 * a number otherwise), so a plain number typed into a date column reads as a date here, where getValues gives the
 * number: this path is for displays (the city profile), never for validation.
 */
function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * DAY_MS));
  return instantAt(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
      millisecond: wall.getUTCMilliseconds(),
    },
    timeZone,
  );
}

function dateColumns(table: Table): number[] {
  const index = table.match().index;
  return table.def.columns
    .filter((c) => c.type === 'date' || c.type === 'dateTime')
    .map((c) => index[c.key])
    .filter((i): i is number => i !== undefined);
}

/**
 * Reads the header rows of `tables` in one call (tabs that exist and hold a row, whose header is not in memory):
 * what their keyed reads need before any search. Nothing when the advanced service is off.
 */
export function readHeadersTogether_(session: WorkbookSession, tables: readonly Table[]): void {
  if (!sheetsService()) return;
  const wanted = tables.filter((t) => !t.hasHeader() && t.exists() && t.lastRow() > 0);
  if (wanted.length < 2) return; // one header: its own getValues is the same single call
  const widths = wanted.map((t) => t.width());
  const got = batchValues(
    session,
    wanted.map((t, i) => a1(t.def.name, 1, 1, widths[i]!)),
    widths.map((width) => ({ rows: 1, width })),
  );
  if (!got) return;
  wanted.forEach((t, i) => {
    t.primeHeader(got[i]![0]!, widths[i]!);
  });
}

/**
 * Reads the given sheet rows of several tables in one call (each contiguous run one range; rows already in memory
 * are not read again); later readRows and findRows of those rows find them in memory. Nothing when the advanced
 * service is off: readRows then reads them itself, one getValues per run.
 */
export function readRowsTogether_(
  session: WorkbookSession,
  wanted: readonly { table: Table; rows: readonly number[] }[],
): void {
  if (!sheetsService()) return;
  const runs: { table: Table; first: number; count: number; width: number }[] = [];
  for (const { table, rows } of wanted) {
    const missing = table.rowsToRead(rows);
    if (missing.length === 0) continue;
    const width = table.width();
    for (let i = 0; i < missing.length; ) {
      let j = i;
      while (j + 1 < missing.length && missing[j + 1] === missing[j]! + 1) j++;
      runs.push({ table, first: missing[i]!, count: j - i + 1, width });
      i = j + 1;
    }
  }
  if (runs.length < 2) return; // one run: readRows' own getValues is the same single call
  const got = batchValues(
    session,
    runs.map((r) => a1(r.table.def.name, r.first, r.first + r.count - 1, r.width)),
    runs.map((r) => ({ rows: r.count, width: r.width })),
  );
  if (!got) return;
  const timeZone = timeZoneOf(session);
  const datesOf = new Map<Table, number[]>();
  runs.forEach((run, i) => {
    let cols = datesOf.get(run.table);
    if (!cols) {
      cols = dateColumns(run.table);
      datesOf.set(run.table, cols);
    }
    const rows: TableRow[] = got[i]!.map((cells, k) => {
      for (const c of cols!)
        if (typeof cells[c] === 'number') cells[c] = dateOfSerial(cells[c] as number, timeZone);
      return { row: run.first + k, cells };
    });
    run.table.primeRows(rows);
  });
}
