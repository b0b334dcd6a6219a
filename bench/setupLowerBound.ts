// The lower bound of "set up on an empty workbook": the fewest write calls that could produce the state setup left.
//
// Counted from the finished workbook, per tab, with the cheapest Apps Script call for each kind of state:
// - 1 insertSheet, 1 deleteColumns when the tab is narrower than the 26 columns a new sheet has, 1 setValues for the header and any rows written (Settings defaults, first admin, audit rows:
//   one block can hold them all), 1 setFrozenRows, 1 setFontWeight for the bold header, 1 setNotes for header notes;
// - number formats: 1 RangeList.setNumberFormat per distinct format (a RangeList covers any set of ranges);
// - data validation: 1 call per run of adjacent columns sharing one rule (RangeList has no setDataValidation),
//   except checkboxes: one RangeList.insertCheckboxes for all of a tab's checkbox columns;
// - column widths: 1 setColumnWidths per run of adjacent columns with the same width;
// - 1 protect per protection, 1 setConditionalFormatRules when the tab has rules.
// Reads and flush count 0 (nothing has to be read from an empty workbook). Forms, triggers and properties are
// not sheet I/O. Sources: https://developers.google.com/apps-script/reference/spreadsheet/range-list,
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#setcolumnwidthsstartcolumn,-numcolumns,-width
import type { SpreadsheetModel } from '../src/emulator/services/spreadsheet/install';

type SheetModel = NonNullable<ReturnType<SpreadsheetModel['sheetByName']>>;

/** Columns of a sheet made by Spreadsheet.insertSheet (Sheets' default grid is 1,000 × 26). */
const NEW_SHEET_COLUMNS = 26;

function runs<T>(cells: (T | undefined)[], same: (a: T, b: T) => boolean): number {
  let n = 0;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (v === undefined) continue;
    const prev = i > 0 ? cells[i - 1] : undefined;
    if (prev === undefined || !same(prev, v)) n++;
  }
  return n;
}

function tabLowerBound(s: SheetModel): number {
  const cols = s.lastColumn();
  if (cols === 0) return 1; // an empty tab: insertSheet only
  const row1 = Array.from({ length: cols }, (_, i) => i + 1);
  let n = 2; // insertSheet, setValues
  if (s.maxColumns < NEW_SHEET_COLUMNS) n++; // deleteColumns: insertSheet takes no size
  if (s.frozenRows > 0) n++;
  if (row1.some((c) => s.formats.fontWeight.get(1, c) !== undefined)) n++;
  if (row1.some((c) => (s.formats.note.get(1, c) ?? '') !== '')) n++;
  const formats = new Set(row1.map((c) => s.formats.numberFormat.get(2, c)).filter((f) => f !== undefined));
  n += formats.size;
  const rules = row1.map((c) => s.formats.validation.get(2, c));
  const checkbox = rules.map((r) => (r && r.criteria === 'CHECKBOX' ? r : undefined));
  const others = rules.map((r) => (r && r.criteria !== 'CHECKBOX' ? JSON.stringify(r) : undefined));
  n += (checkbox.some((r) => r !== undefined) ? 1 : 0) + runs(others, (a, b) => a === b);
  n += runs(
    row1.map((c) => s.columnWidths.get(c)),
    (a, b) => a === b,
  );
  n += s.protections.length + (s.conditionalRules.length > 0 ? 1 : 0);
  return n;
}

/** The lower bound of setting up the tabs named `tabs` in `book` from nothing (see the header of this file). */
export function setupFromEmptyLowerBound(book: SpreadsheetModel, tabs: readonly string[]): number {
  return book.sheets.filter((s) => tabs.indexOf(s.name) >= 0).reduce((n, s) => n + tabLowerBound(s), 0);
}
