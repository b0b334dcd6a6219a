// The live side of archiving one history tab: its header, a sort by date, the top block, and deleting moved rows.
//
// A run sorts a tab by its date column (one call, done by Sheets: no cells travel) only when rows are due and out
// of date order, so the rows to archive are the top of the tab and each batch reads only the block it moves.
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

/** The document property holding the last row up to which the archive left a tab sorted by date. */
export const SORTED_TO_PREFIX = 'scn.archive.sortedTo.';

const dateKeyOf_ = (v: unknown): number => (v instanceof Date ? v.getTime() : Number.POSITIVE_INFINITY);

/** Sorts the data rows by the archive date, oldest first (empty dates last). */
export function sortByDate_(tab: LiveTab): void {
  const last = tab.sheet.getLastRow();
  if (last < 3) return;
  const dateCol = tab.match.index[DATE_KEY[tab.def.name]!]! + 1;
  tab.sheet.getRange(2, 1, last - 1, tab.width).sort({ column: dateCol, ascending: true });
}

export interface DueCheck {
  /** Some row is dated before the cutoff. */
  due: boolean;
  /** The rows are already in date order (a sort would move nothing). */
  inOrder: boolean;
  /** The tab's last row when checked. */
  lastRow: number;
}

/**
 * Whether a tab has rows to archive, without sorting it: rows 2…sortedTo were left in date order by the last run,
 * so only the top row's date and the dates of rows added since are read (the whole date column the first time).
 */
export function checkDue_(tab: LiveTab, cutoff: Date, sortedTo: number): DueCheck {
  const lastRow = tab.sheet.getLastRow();
  if (lastRow < 2) return { due: false, inOrder: true, lastRow };
  const dateCol = tab.match.index[DATE_KEY[tab.def.name]!]! + 1;
  const from = sortedTo >= 2 && sortedTo <= lastRow ? sortedTo : 2;
  const tail = tab.sheet
    .getRange(from, dateCol, lastRow - from + 1, 1)
    .getValues()
    .map((r) => r[0]);
  const top = from === 2 ? tail[0] : tab.sheet.getRange(2, dateCol).getValue();
  const isDue = (v: unknown) => v instanceof Date && v.getTime() < cutoff.getTime();
  let inOrder = true;
  for (let i = 1; i < tail.length && inOrder; i++) inOrder = dateKeyOf_(tail[i - 1]) <= dateKeyOf_(tail[i]);
  return { due: isDue(top) || tail.some(isDue), inOrder, lastRow };
}

/** The first `size` data rows (fewer when the tab is shorter). */
export function topBlock_(tab: LiveTab, size: number): unknown[][] {
  const last = tab.sheet.getLastRow();
  const n = Math.min(size, last - 1);
  return n > 0 ? tab.sheet.getRange(2, 1, n, tab.width).getValues() : [];
}

function sameCell_(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b || String(a) === String(b);
}

/** Whether a live row holds exactly an archived row's cells (columns given as undefined are not compared). */
function sameRow_(live: readonly unknown[], archived: readonly unknown[]): boolean {
  return archived.every((v, i) => v === undefined || sameCell_(live[i] ?? '', v));
}

/**
 * Deletes, for each archived row (in the live tab's column order), one live row with the same id and the same
 * cells: a different row that shares an id (typed or pasted by hand) stays live. Looks in the top `within` rows
 * first (where a sorted batch sits) and reads the whole tab only if some were not there (rows moved by hand after
 * a stop, or a Participants batch, which is not the top). Returns rows deleted.
 */
export function deleteArchivedRows_(
  tab: LiveTab,
  archived: readonly (readonly unknown[])[],
  within: number,
): number {
  const idIndex = tab.match.index[tab.def.columns[0]!.key]!;
  const last = tab.sheet.getLastRow();
  if (last < 2 || archived.length === 0) return 0;
  const byId = new Map<string, (readonly unknown[])[]>();
  for (const r of archived) {
    const id = String(r[idIndex]).trim();
    byId.set(id, [...(byId.get(id) ?? []), r]);
  }
  const match = (rows: unknown[][]): number[] => {
    const left = new Map([...byId].map(([id, rs]) => [id, [...rs]]));
    const out: number[] = [];
    rows.forEach((row, i) => {
      const candidates = left.get(String(row[idIndex]).trim());
      const k = candidates ? candidates.findIndex((a) => sameRow_(row, a)) : -1;
      if (k < 0) return;
      candidates!.splice(k, 1);
      out.push(i + 2);
    });
    return out;
  };
  const read = (n: number) => tab.sheet.getRange(2, 1, n, tab.width).getValues();
  let rows = match(read(Math.min(within, last - 1)));
  if (rows.length < archived.length && within < last - 1) rows = match(read(last - 1));
  deleteRowRuns_(tab, rows);
  return rows.length;
}

/**
 * Deletes the given rows (ascending row numbers): runs of neighbouring rows in one call each, bottom-up so row
 * numbers stay valid, keeping one non-frozen row as Sheets requires.
 */
export function deleteRowRuns_(tab: LiveTab, rows: readonly number[]): void {
  keepSpareRow_(tab, rows.length);
  for (let k = rows.length - 1; k >= 0; ) {
    let start = k;
    while (start > 0 && rows[start - 1] === rows[start]! - 1) start--;
    tab.sheet.deleteRows(rows[start]!, k - start + 1);
    k = start - 1;
  }
}

/** Sheets refuses to delete every non-frozen row: when `count` would, a few empty rows are added first. */
function keepSpareRow_(tab: LiveTab, count: number): void {
  const max = tab.sheet.getMaxRows();
  if (max - count < 2) tab.sheet.insertRowsAfter(max, 10);
}

/**
 * Deletes data rows 2…count+1 (a batch just read at the top under this lock). Sheets refuses to delete every
 * non-frozen row, so when the batch reaches the bottom of the grid a few empty rows are added first.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
 */
export function deleteTop_(tab: LiveTab, count: number, lastRow: number): void {
  if (count + 1 >= lastRow) keepSpareRow_(tab, count);
  tab.sheet.deleteRows(2, count);
}
