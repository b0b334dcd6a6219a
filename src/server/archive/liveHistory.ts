// The live side of archiving one history tab: its header, a sort by date, the top block, and deleting moved rows.
//
// Each run sorts the tab by its date column once (one call, done by Sheets: no cells travel), so the rows to
// archive are the top of the tab and each batch reads only the block it moves.
// https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)

import type { TabDef } from '../../../sheets-templates';
import { type HeaderMatch, matchHeaders, structureProblem } from '../../core/workbook/headerMatch';
import { WorkbookStructureError } from '../store/errors';
import type { WorkbookSession } from '../store/session';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The column whose date decides when a row is archived. */
export const DATE_KEY: Record<string, string> = { Engagements: 'date', Sends: 'createdAt', Audit: 'at' };

export interface LiveTab {
  def: TabDef;
  sheet: Sheet;
  headers: string[];
  match: HeaderMatch;
  width: number;
  /** Headers of the coordinators' own columns, carried to the archive too. */
  extra: string[];
}

/** Reads the header row (one call) and checks the id and date columns are there. */
export function openLiveTab_(session: WorkbookSession, def: TabDef): LiveTab | null {
  const sheet = session.sheet(def.name);
  if (!sheet) return null;
  const width = sheet.getLastColumn();
  if (width === 0) return null;
  const headers = sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]!
    .map((h) => String(h));
  const match = matchHeaders(def, headers);
  const problem = structureProblem(def, match);
  if (problem) throw new WorkbookStructureError(problem);
  const extra = match.unknown.map((i) => headers[i]!);
  return { def, sheet, headers, match, width, extra };
}

/** Sorts the data rows by the archive date, oldest first (empty dates last). */
export function sortByDate_(tab: LiveTab): void {
  const last = tab.sheet.getLastRow();
  if (last < 3) return;
  const dateCol = tab.match.index[DATE_KEY[tab.def.name]!]! + 1;
  tab.sheet.getRange(2, 1, last - 1, tab.width).sort({ column: dateCol, ascending: true });
}

/** The first `size` data rows (fewer when the tab is shorter). */
export function topBlock_(tab: LiveTab, size: number): unknown[][] {
  const last = tab.sheet.getLastRow();
  const n = Math.min(size, last - 1);
  return n > 0 ? tab.sheet.getRange(2, 1, n, tab.width).getValues() : [];
}

/**
 * Deletes the live rows whose ids are in `ids`, looking in the top `within` rows first (where a sorted batch sits)
 * and reading the whole id column only if some were not there (a coordinator moved rows by hand after a stop).
 * Runs of neighbouring rows go in one call each, bottom-up so row numbers stay valid. Returns rows deleted.
 */
export function deleteRowsWithIds_(tab: LiveTab, ids: ReadonlySet<string>, within: number): number {
  const idCol = tab.match.index[tab.def.columns[0]!.key]! + 1;
  const last = tab.sheet.getLastRow();
  if (last < 2) return 0;
  const read = (n: number) =>
    tab.sheet
      .getRange(2, idCol, n, 1)
      .getValues()
      .map((r) => String(r[0]).trim());
  let column = read(Math.min(within, last - 1));
  let found = column.filter((id) => ids.has(id)).length;
  if (found < ids.size && column.length < last - 1) {
    column = read(last - 1);
    found = column.filter((id) => ids.has(id)).length;
  }
  const rows: number[] = [];
  column.forEach((id, i) => {
    if (ids.has(id)) rows.push(i + 2);
  });
  for (let k = rows.length - 1; k >= 0; ) {
    let start = k;
    while (start > 0 && rows[start - 1] === rows[start]! - 1) start--;
    tab.sheet.deleteRows(rows[start]!, k - start + 1);
    k = start - 1;
  }
  return found;
}

/**
 * Deletes data rows 2…count+1 (a batch just read at the top under this lock). Sheets refuses to delete every
 * non-frozen row, so when the batch reaches the bottom of the grid a few empty rows are added first.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
 */
export function deleteTop_(tab: LiveTab, count: number, lastRow: number): void {
  if (count + 1 >= lastRow) {
    const max = tab.sheet.getMaxRows();
    if (max - count < 2) tab.sheet.insertRowsAfter(max, 10);
  }
  tab.sheet.deleteRows(2, count);
}
