// One batch of "Archive history": copy rows to the year's archive, count them in the summary, delete them live.
//
// The protocol, so that an execution stopped at any service call loses and doubles nothing once a rerun ends:
//   1. the batch is recorded in the document properties (tab, year, count, first and last id, where it goes);
//   2. its rows are appended to the archive tab in one setValues (atomic: all rows or none);
//   3. its monthly counts are merged into the archive's History by month tab in one block tagged with the batch id,
//      then its totals are added to the live History summary, written whole in one block tagged with it too;
//   4. the rows are deleted from the live tab (the top rows, just read under the same lock);
//   5. pending spreadsheet writes are flushed, then the record is deleted. Property writes take effect at once
//      while Sheets may batch spreadsheet writes (https://developers.google.com/apps-script/reference/spreadsheet,
//      "spreadsheet operations are bundled together"), so a record deleted before the flush could outlive writes
//      that never landed and be gone when the rerun needs it.
// A rerun that finds a record resumes it (resumePending_): if the archive's rows at the recorded place are not the
// batch's (by first and last id), step 2 never happened and the batch is simply forgotten (its rows are still
// live); otherwise each of the two tabs' last batch id says whether its part of step 3 happened (if not, the counts are
// made from the archived rows), and the live rows equal to the archived ones (same id and same cells) are deleted wherever they
// now are; a different row that happens to share an id stays live.

import type { TabDef } from '../../../sheets-templates';
import { batchIdOf, batchRun, type HoldReason, pickBatch } from '../../core/archive/archivePlan';
import { type SummaryLine, summaryLines } from '../../core/archive/summaryCounts';
import { matchHeaders } from '../../core/workbook/headerMatch';
import { counterCatchUp } from '../store/idIssue';
import { keepConvertibleTextAsText } from '../store/plainTextGuard';
import type { WorkbookSession } from '../store/session';
import { archiveTab_, yearArchive_ } from './archiveFiles';
import { countedRows_, lastBatchOf_, type MonthTab, openMonthTab_, writeMonthLines_ } from './historyByMonth';
import { addToSummary_, lastSummaryBatch_, type SummaryTab } from './historySummary';
import { DATE_KEY, deleteArchivedRows_, deleteTop_, type LiveTab, topBlock_ } from './liveHistory';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PENDING_PROPERTY = 'scn.archive.pending';

export interface PendingBatch {
  tab: string;
  year: number;
  count: number;
  firstId: string;
  lastId: string;
  /** The archive row the batch's first row goes to. */
  from: number;
  batch: string;
}

/** What one run shares between batches: opened archives and tabs, the summary, contacts' cities. */
export interface ArchiveContext {
  session: WorkbookSession;
  cutoff: Date;
  timeZone: string;
  folderName: string;
  batchSize: number;
  summary: SummaryTab;
  /** Each yearly archive's History by month tab, opened on first use. */
  monthTabs: Map<number, MonthTab>;
  opened: Map<number, Spreadsheet>;
  tabs: Map<string, { sheet: Sheet; headers: string[] }>;
  cityOfContact: (contactId: string) => string;
}

export function archiveTabFor_(ctx: ArchiveContext, year: number, def: TabDef, extra: readonly string[]) {
  const key = `${year}|${def.name}`;
  let t = ctx.tabs.get(key);
  if (!t) {
    t = archiveTab_(yearArchive_(ctx.session, year, ctx.folderName, ctx.opened), def, extra);
    ctx.tabs.set(key, t);
  }
  return t;
}

function monthTabFor_(ctx: ArchiveContext, year: number): MonthTab {
  let t = ctx.monthTabs.get(year);
  if (!t) {
    t = openMonthTab_(yearArchive_(ctx.session, year, ctx.folderName, ctx.opened));
    ctx.monthTabs.set(year, t);
  }
  return t;
}

/** Step 3 of a batch: its monthly lines in the year's archive, its totals in the live summary (each unless done). */
function countBatch_(
  ctx: ArchiveContext,
  lines: readonly SummaryLine[],
  year: number,
  batch: string,
  resuming: boolean,
) {
  if (lines.length === 0) return;
  const months = monthTabFor_(ctx, year);
  if (!resuming || lastBatchOf_(months) !== batch) writeMonthLines_(months, lines, year, batch);
  if (!resuming || lastSummaryBatch_(ctx.summary) !== batch) addToSummary_(ctx.summary, lines, year, batch);
}

/** For each archive column, the live column it takes its value from (-1: none). */
export function columnMap_(live: LiveTab, archiveHeaders: readonly string[]): number[] {
  const byHeader: Record<string, number> = {};
  for (const c of live.def.columns) {
    const i = live.match.index[c.key];
    if (i !== undefined) byHeader[c.header] = i;
  }
  for (const i of live.match.unknown) byHeader[live.headers[i]!] = i;
  return archiveHeaders.map((h) => (byHeader[h] === undefined ? -1 : byHeader[h]!));
}

function hasSummary_(tab: string): boolean {
  return tab === 'Engagements' || tab === 'Sends';
}

/**
 * Appends rows to an archive tab at `from` (growing the grid when needed), text kept as text. A string read from
 * the live tab was text there, whatever its column (a date column holding "01234", a coordinator's own column
 * holding "=1+1"), so every cell Sheets would convert gets '@' first, in one call (DESIGN §8).
 */
export function appendToArchive_(
  sheet: Sheet,
  from: number,
  rows: unknown[][],
  headers: readonly string[],
): void {
  const max = sheet.getMaxRows();
  const lastNeeded = from + rows.length - 1;
  if (lastNeeded > max) sheet.insertRowsAfter(max, Math.max(lastNeeded - max, 1000));
  const everyColumn = new Set(headers.map((_, i) => i));
  keepConvertibleTextAsText(sheet, [{ row: from, col: 1, values: rows }], everyColumn);
  sheet.getRange(from, 1, rows.length, headers.length).setValues(rows);
}

/** A due row the archive must leave live, for a person to settle (the run reports it as not finished). */
export interface HeldRow {
  tab: string;
  row: number;
  id: string;
  reason: HoldReason;
}

export interface BatchOutcome {
  /** Rows moved (0: nothing more this run in this tab). */
  count: number;
  /** Set when the batch stopped at a due row it may not archive. */
  held?: HeldRow;
  /** The top row is not due but a row below it in the block is: the tab is out of date order. */
  unsorted?: boolean;
}

/**
 * Moves the next batch of a live tab (sorted by date) if its top rows are older than the cutoff. Returns the
 * rows moved (0: nothing left to archive in this tab) and the row that stopped it, if a due row did.
 */
export function moveNextBatch_(ctx: ArchiveContext, live: LiveTab): BatchOutcome {
  const lastRow = live.sheet.getLastRow();
  const block = topBlock_(live, ctx.batchSize);
  if (block.length === 0) return { count: 0 };
  const dateIndex = live.match.index[DATE_KEY[live.def.name]!]!;
  const idIndex = live.match.index[live.def.columns[0]!.key]!;
  const pick = pickBatch(
    block.map((r) => r[dateIndex]),
    ctx.cutoff,
    ctx.timeZone,
    ctx.batchSize,
  );
  if (pick.count === 0) {
    const due = (v: unknown) => v instanceof Date && v.getTime() < ctx.cutoff.getTime();
    return block.some((r) => due(r[dateIndex])) ? { count: 0, unsorted: true } : { count: 0 };
  }
  // A row without an id (or repeating one) could not be recognised after a stop, and a Send the mail merge has
  // not settled is live work: the batch ends before such a row, and a batch that would start there is reported.
  const statusIndex = live.def.name === 'Sends' ? live.match.index['status'] : undefined;
  const run = batchRun(
    block.map((r) => String(r[idIndex])),
    statusIndex === undefined ? null : block.map((r) => String(r[statusIndex])),
    pick.count,
  );
  const count = run.count;
  if (count === 0) {
    if (!run.hold) return { count: 0 };
    const id = String(block[0]![idIndex]).trim();
    return { count: 0, held: { tab: live.def.name, row: 2, id, reason: run.hold } };
  }
  const rows = block.slice(0, count);
  const target = archiveTabFor_(ctx, pick.year, live.def, live.extra);
  const map = columnMap_(live, target.headers);
  const archived = rows.map((r) => map.map((i) => (i < 0 ? '' : r[i])));
  const from = target.sheet.getLastRow() + 1;
  const firstId = String(rows[0]![idIndex]).trim();
  const lastId = String(rows[count - 1]![idIndex]).trim();
  const pending: PendingBatch = {
    tab: live.def.name,
    year: pick.year,
    count,
    firstId,
    lastId,
    from,
    batch: batchIdOf(live.def.name, pick.year, firstId, lastId),
  };
  // Ids leaving the tab must never be issued again: new ids start from the counter, the last row's id and a
  // search of the live id column, none of which sees an archived id (rows imported or copied in leave the counter
  // behind them). Raising the counter first is harmless if the batch then stops.
  counterCatchUp(
    ctx.session.table(live.def),
    rows.map((r) => String(r[idIndex]).trim()),
  );
  const props = ctx.session.properties();
  props.setProperty(PENDING_PROPERTY, JSON.stringify(pending));
  appendToArchive_(target.sheet, from, archived, target.headers);
  if (hasSummary_(live.def.name))
    countBatch_(
      ctx,
      summaryLines(countedRows_(live, rows, ctx.cityOfContact), ctx.timeZone),
      pick.year,
      pending.batch,
      false,
    );
  deleteTop_(live, count, lastRow);
  SpreadsheetApp.flush(); // every write of the batch has landed before its record goes
  props.deleteProperty(PENDING_PROPERTY);
  return { count };
}

/** The batch a stopped run left, if any. */
export function pendingBatch_(session: WorkbookSession): PendingBatch | null {
  const raw = session.properties().getProperty(PENDING_PROPERTY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as PendingBatch;
  } catch {
    return null;
  }
}

/** Completes (or forgets, when nothing of it landed) the batch a stopped run left. Returns rows it completed. */
export function resumePending_(ctx: ArchiveContext, pending: PendingBatch, live: LiveTab): number {
  const props = ctx.session.properties();
  const target = archiveTabFor_(ctx, pending.year, live.def, live.extra);
  const last = target.sheet.getLastRow();
  const end = pending.from + pending.count - 1;
  const idCol = target.headers.indexOf(live.def.columns[0]!.header);
  let landed = false;
  let archivedRows: unknown[][] = [];
  if (last >= end && idCol >= 0) {
    archivedRows = target.sheet.getRange(pending.from, 1, pending.count, target.headers.length).getValues();
    landed =
      String(archivedRows[0]![idCol]).trim() === pending.firstId &&
      String(archivedRows[pending.count - 1]![idCol]).trim() === pending.lastId;
  }
  if (!landed) {
    props.deleteProperty(PENDING_PROPERTY);
    return 0;
  }
  if (hasSummary_(pending.tab)) {
    const asArchived = { def: live.def, match: matchHeaders(live.def, target.headers) };
    countBatch_(
      ctx,
      summaryLines(countedRows_(asArchived, archivedRows, ctx.cityOfContact), ctx.timeZone),
      pending.year,
      pending.batch,
      true,
    );
  }
  // The archived rows in the live tab's column order, to find the live rows equal to them.
  const liveOrder = live.headers.map((h) => target.headers.indexOf(h));
  const asLive = archivedRows.map((r) => liveOrder.map((i) => (i < 0 ? undefined : r[i])));
  deleteArchivedRows_(live, asLive, pending.count + 100);
  SpreadsheetApp.flush(); // the deletes have landed before the record goes
  props.deleteProperty(PENDING_PROPERTY);
  return pending.count;
}
