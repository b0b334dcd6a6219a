// The reads Validate workbook makes, kept in one place so they can move to the store's targeted reads later.
//
// Every read is narrow on purpose: a header row, one column of a tab (ids, updated-at, a duplicate key), or the
// rows of given runs. Cells read therefore follow the rows that changed, not the length of the history tabs.
import type { TabDef } from '../../../sheets-templates';
import type { RowRun } from '../../core/workbook/rowRuns';
import type { DataRow } from '../../core/workbook/validation';
import type { WorkbookSession } from '../store/session';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TabTop {
  sheet: Sheet;
  headers: unknown[];
  lastRow: number;
  width: number;
}

/** The header row and the tab's size (three calls, one header read); null when the tab is missing. */
export function readTabTop(session: WorkbookSession, def: TabDef): TabTop | null {
  const sheet = session.sheet(def.name);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const headers = lastRow > 0 && width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [];
  return { sheet, headers, lastRow, width };
}

/** One column (0-based index) of data rows 2..lastRow. */
export function readColumn(top: TabTop, index: number): unknown[] {
  if (top.lastRow < 2) return [];
  return top.sheet
    .getRange(2, index + 1, top.lastRow - 1, 1)
    .getValues()
    .map((r) => r[0]);
}

/** The rows of each run (full used width), empty rows left out. */
export function readRuns(top: TabTop, runs: readonly RowRun[]): DataRow[] {
  const out: DataRow[] = [];
  if (top.width < 1) return out;
  for (const run of runs) {
    const to = Math.min(run.to, top.lastRow);
    const from = Math.max(run.from, 2);
    if (to < from) continue;
    const values = top.sheet.getRange(from, 1, to - from + 1, top.width).getValues();
    values.forEach((cells, i) => {
      if (cells.some((c) => c !== '')) out.push({ row: from + i, cells });
    });
  }
  return out;
}

/** Number formats of each run over columns from..to (0-based), as a sparse array indexed by row - 2. */
export function readFormats(top: TabTop, runs: readonly RowRun[], from: number, to: number): string[][] {
  const out: string[][] = [];
  for (const run of runs) {
    const last = Math.min(run.to, top.lastRow);
    const first = Math.max(run.from, 2);
    if (last < first) continue;
    const formats = top.sheet.getRange(first, from + 1, last - first + 1, to - from + 1).getNumberFormats();
    formats.forEach((line, i) => {
      out[first + i - 2] = line;
    });
  }
  return out;
}
