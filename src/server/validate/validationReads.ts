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
  /** Data rows 2..1 + body.length, read with the header in the same call (a full run's first chunk). */
  body?: unknown[][];
}

/**
 * The header row and the tab's size (three calls, one read); null when the tab is missing. With `bodyRows`, the
 * first that many data rows come in the same read as the header: a full run then reads a short tab in one call.
 */
export function readTabTop(session: WorkbookSession, def: TabDef, bodyRows = 0): TabTop | null {
  const sheet = session.sheet(def.name);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (lastRow < 1 || width < 1) return { sheet, headers: [], lastRow, width };
  const height = 1 + Math.max(0, Math.min(bodyRows, lastRow - 1));
  const cells = sheet.getRange(1, 1, height, width).getValues();
  const top: TabTop = { sheet, headers: cells[0] ?? [], lastRow, width };
  if (height > 1) top.body = cells.slice(1);
  return top;
}

/** One column (0-based index) of data rows 2..lastRow. */
export function readColumn(top: TabTop, index: number): unknown[] {
  if (top.lastRow < 2) return [];
  if (top.body && top.body.length >= top.lastRow - 1) return top.body.map((r) => r[index]);
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
    const held = top.body && to <= top.body.length + 1;
    const values = held
      ? top.body!.slice(from - 2, to - 1)
      : top.sheet.getRange(from, 1, to - from + 1, top.width).getValues();
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
