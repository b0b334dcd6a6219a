// Lower bounds from the workbook's shape: what an operation must touch, counted host-side, never from its calls.
//
// The fewest service calls that move the cells an operation needs, with what SpreadsheetApp offers:
// - a small table read whole (Staff, Hubs, Settings…): 1 read;
// - records found by key in a table that is not read whole: 1 header read (the column layout is the user's),
//   1 search per key column (TextFinder), and 1 read per contiguous block of the rows needed, computed here
//   from the cells (SpreadsheetApp reads one rectangle per call);
// - an append: 1 write per contiguous block written (the audit row is one more block, on its own tab, after
//   1 read of its header); 1 flush before the lock is released when anything was written;
// - 1 send per recipient.
// Sources: https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues,
// https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findall
import type { Emulator } from '../src/emulator';

/** Contiguous runs among sheet row numbers. */
export function blocks(rows: readonly number[]): number {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]! + 1) n++;
  return n;
}

/** Sheet rows of `tab` whose cell under `header` passes `test` (read from the emulator's model). */
export function rowsWhere(
  emu: Emulator,
  tab: string,
  header: string,
  test: (cell: unknown) => boolean,
): number[] {
  const sheet = emu.backend.stores.spreadsheets.bound.sheetByName(tab)!;
  const last = sheet.lastRow();
  const col = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.map(String).indexOf(header);
  if (col < 0 || last < 2) return [];
  const out: number[] = [];
  sheet.getValues(2, col + 1, last - 1, 1).forEach((r, i) => {
    if (test(r[0])) out.push(i + 2);
  });
  return out;
}

/** The cell of `tab` under `header` on sheet row `row`, as text (read from the emulator's model). */
export function cellAt(emu: Emulator, tab: string, header: string, row: number): string {
  const sheet = emu.backend.stores.spreadsheets.bound.sheetByName(tab)!;
  const col = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.map(String).indexOf(header);
  return col < 0 ? '' : String(sheet.getValues(row, col + 1, 1, 1)[0]![0]);
}

/** A cell holding `id` as one item of a comma-separated list. */
export const listHolds = (id: string) => (cell: unknown) =>
  String(cell)
    .split(',')
    .map((s) => s.trim())
    .includes(id);

/** A cell holding exactly `value`. */
export const holds = (value: string) => (cell: unknown) => String(cell).trim() === value;

/** Records found by key: header, one search per key column, one read per block of the rows needed. */
export function keyedRead(keyColumns: number, rowsNeeded: readonly number[]): number {
  return 1 + keyColumns + blocks(rowsNeeded);
}

export const WHOLE_READ = 1;
/** An audited change's fixed part: the Audit header read, the audit row written, the flush before unlocking. */
export const AUDITED_WRITE = 3;

/** Each tab's grid height (rows, header included), read host-side before an operation runs. */
export function gridRows(emu: Emulator, tabs: readonly string[]): Map<string, number> {
  const book = emu.backend.stores.spreadsheets.bound;
  return new Map(tabs.map((t) => [t, book.sheetByName(t)?.maxRows ?? 0]));
}

/**
 * The calls that growing full grids costs: no range reaches past a grid's last row (Sheet.getRange throws "The
 * coordinates of the range are outside the dimensions of the sheet", as the emulator models it after
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns;
 * the words are believed from public reports), so a tab whose rows now pass the height it had before (`before`,
 * from gridRows) was grown once (insertRowsAfter,
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsafterafterposition,-howmany).
 * A tab in `decorated` (written through the store's table path) also needs its new rows' text columns set to plain
 * text (one RangeList call, https://developers.google.com/apps-script/reference/spreadsheet/range-list#setnumberformatformat)
 * and its first data row's dropdown and date rules laid on them (issue 10 item 10; counted once, as one
 * Range.copyTo with PASTE_DATA_VALIDATION could, though the store reads that row's rules and writes them: two).
 * That inserted rows inherit the row above's formats and rules is only believed (fidelity-insertedRowsInherit),
 * so neither is left to the grid.
 */
export function gridGrowth(
  emu: Emulator,
  before: ReadonlyMap<string, number>,
  decorated: readonly string[],
): number {
  const book = emu.backend.stores.spreadsheets.bound;
  let n = 0;
  for (const [tab, rows] of before) {
    const sheet = book.sheetByName(tab);
    if (!sheet || sheet.lastRow() <= rows) continue;
    n += decorated.indexOf(tab) >= 0 ? 3 : 1;
  }
  return n;
}
