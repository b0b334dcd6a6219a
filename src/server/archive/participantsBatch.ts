// One batch of archiving Participants: the rows of events that ended before the cutoff, wherever they sit.
//
// A participant row has no date of its own: it is due when its event (Events' Ends on, else Starts on) ended
// before the cutoff, and it goes to the archive of that year. Rows are added per event as people register, so the
// due rows are not the top of the tab and no sort puts them there: a batch is the first due rows of one year in
// row order, read as runs of neighbouring rows (one call each) and deleted run by run. The steps are those of
// archiveBatch (record, append, delete, flush, clear), so a rerun after a stop at any call completes or forgets
// the batch the same way: resumePending_ deletes the live rows equal to the archived ones wherever they are.

import { EVENTS } from '../../../sheets-templates';
import { batchIdOf, batchRun, pickDueByEvent } from '../../core/archive/archivePlan';
import { matchHeaders } from '../../core/workbook/headerMatch';
import { counterCatchUp } from '../store/idIssue';
import type { WorkbookSession } from '../store/session';
import {
  type ArchiveContext,
  appendToArchive_,
  archiveTabFor_,
  type BatchOutcome,
  columnMap_,
  PENDING_PROPERTY,
  type PendingBatch,
} from './archiveBatch';
import { deleteRowRuns_, type LiveTab } from './liveHistory';

/** Event id → the day it ended (Ends on, else Starts on), from one read of the Events tab. */
export function eventEnds_(session: WorkbookSession): Map<string, Date> {
  const out = new Map<string, Date>();
  const sheet = session.sheet(EVENTS.name);
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2) return out;
  const width = sheet.getLastColumn();
  const all = sheet.getRange(1, 1, last, width).getValues();
  const match = matchHeaders(EVENTS, all[0]!);
  const idCol = match.index['id'];
  const endCol = match.index['endsOn'];
  const startCol = match.index['startsOn'];
  if (idCol === undefined) return out;
  for (const r of all.slice(1)) {
    const end = endCol === undefined ? undefined : r[endCol];
    const start = startCol === undefined ? undefined : r[startCol];
    const day = end instanceof Date ? end : start instanceof Date ? start : null;
    const id = String(r[idCol]).trim();
    if (day && id !== '') out.set(id, day);
  }
  return out;
}

/** Runs of neighbouring row numbers (ascending) as [first row, how many]. */
function runsOf_(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const tail = out[out.length - 1];
    if (tail && tail[0] + tail[1] === r) tail[1]++;
    else out.push([r, 1]);
  }
  return out;
}

/**
 * Moves the next batch of Participants rows whose event ended before the cutoff. `beforeMove` runs once rows
 * will move (row positions other features keep are dropped there). Returns rows moved (0: none left to move).
 */
export function moveNextParticipants_(
  ctx: ArchiveContext,
  live: LiveTab,
  ends: ReadonlyMap<string, Date>,
  beforeMove: () => void,
): BatchOutcome {
  const last = live.sheet.getLastRow();
  const eventCol = live.match.index['eventId'];
  if (last < 2 || eventCol === undefined || ends.size === 0) return { count: 0 };
  const events = live.sheet
    .getRange(2, eventCol + 1, last - 1, 1)
    .getValues()
    .map((r) => r[0]);
  const pick = pickDueByEvent(events, ends, ctx.cutoff, ctx.timeZone, ctx.batchSize);
  if (pick.indices.length === 0) return { count: 0 };
  const picked = pick.indices.map((i) => i + 2);
  const block: unknown[][] = [];
  for (const [from, n] of runsOf_(picked))
    block.push(...live.sheet.getRange(from, 1, n, live.width).getValues());
  const idIndex = live.match.index[live.def.columns[0]!.key]!;
  // As in every tab: a row without an id or repeating one could not be recognised after a stop.
  const run = batchRun(
    block.map((r) => String(r[idIndex])),
    null,
    block.length,
  );
  if (run.count === 0) {
    if (!run.hold) return { count: 0 };
    const id = String(block[0]![idIndex]).trim();
    return { count: 0, held: { tab: live.def.name, row: picked[0]!, id, reason: run.hold } };
  }
  beforeMove();
  const rows = block.slice(0, run.count);
  const target = archiveTabFor_(ctx, pick.year, live.def, live.extra);
  const map = columnMap_(live, target.headers);
  const archived = rows.map((r) => map.map((i) => (i < 0 ? '' : r[i])));
  const from = target.sheet.getLastRow() + 1;
  const firstId = String(rows[0]![idIndex]).trim();
  const lastId = String(rows[rows.length - 1]![idIndex]).trim();
  const pending: PendingBatch = {
    tab: live.def.name,
    year: pick.year,
    count: rows.length,
    firstId,
    lastId,
    from,
    batch: batchIdOf(live.def.name, pick.year, firstId, lastId),
  };
  counterCatchUp(
    ctx.session.table(live.def),
    rows.map((r) => String(r[idIndex]).trim()),
  );
  const props = ctx.session.properties();
  props.setProperty(PENDING_PROPERTY, JSON.stringify(pending));
  appendToArchive_(target.sheet, from, archived, target.headers);
  deleteRowRuns_(live, picked.slice(0, rows.length));
  SpreadsheetApp.flush(); // every write of the batch has landed before its record goes
  props.deleteProperty(PENDING_PROPERTY);
  return { count: rows.length };
}
