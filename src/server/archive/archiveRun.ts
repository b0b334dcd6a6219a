// The use case behind "Archive history": resume a stopped batch, then move batches tab by tab until done or out of time
// (Engagements, Sends and Audit by their dates, then Participants of events that ended before the cutoff).

import { ARCHIVED_TABS, CONTACTS, PARTICIPANTS, tabByName } from '../../../sheets-templates';
import { archiveCutoff } from '../../core/archive/archivePlan';
import { matchHeaders } from '../../core/workbook/headerMatch';
import { isIdOf } from '../../core/workbook/ids';
import type { WorkbookSession } from '../store/session';
import {
  type ArchiveContext,
  type BatchOutcome,
  type HeldRow,
  moveNextBatch_,
  pendingBatch_,
  resumePending_,
} from './archiveBatch';
import { budgetMessage_, gridCells_ } from './gridBudget';
import { openSummary_ } from './historySummary';
import { checkDue_, type LiveTab, openLiveTab_, SORTED_TO_PREFIX, sortByDate_ } from './liveHistory';
import { eventEnds_, moveNextParticipants_ } from './participantsBatch';
import { forgetRowPositions_ } from './rowPositions';

/** Rows per batch: one block read, one archive write, one delete (≈ 40,000 cells at 20 columns). */
export const ARCHIVE_BATCH_ROWS = 2000;
/** A run stops starting batches after this long, well inside Apps Script's 6 minutes per execution. */
export const ARCHIVE_RUN_BUDGET_MS = 4.5 * 60 * 1000;
/** How long a batch waits for another execution's lock (the run is a trigger or an admin's menu action). */
const ARCHIVE_LOCK_WAIT_MS = 60 * 1000;
export const LAST_RUN_PROPERTY = 'scn.archive.lastRun';
/** Document property overriding ARCHIVE_BATCH_ROWS (smaller batches for very wide tabs, or to test many batches). */
export const BATCH_ROWS_PROPERTY = 'scn.archive.batchRows';
/** The shorter window the cell budget has a run archiving, kept until the run gets through it. */
export const BUDGET_MONTHS_PROPERTY = 'scn.archive.budgetMonths';

export interface ArchiveReport {
  /** Rows moved this run, by tab. */
  moved: Record<string, number>;
  batches: number;
  /** True when nothing older than the cutoff is left live; false when the run stopped for time or a row is held. */
  finished: boolean;
  cutoff: string;
  /** Due rows left live for a person to settle (no id, a repeated id, a Send not yet settled). */
  held: HeldRow[];
  /** The window the run archived to: Settings' months, or fewer when the cell budget asked for more. */
  months: number;
  /** The window in Settings, and the workbook's grid cells once the run was done (0 when it stopped early). */
  settingsMonths: number;
  gridCells: number;
  budget: number;
  /** Still over the cell budget with the window at its floor: a person must decide (see the run's message). */
  overBudget: boolean;
}

/** Contact id → city id, read as two columns of Contacts on first use (Sends count for their contact's city). */
function contactCities_(session: WorkbookSession): (contactId: string) => string {
  let map: Map<string, string> | undefined;
  return (contactId) => {
    if (!map) {
      map = new Map();
      const sheet = session.sheet(CONTACTS.name);
      const last = sheet ? sheet.getLastRow() : 0;
      if (sheet && last >= 2) {
        const width = sheet.getLastColumn();
        const match = matchHeaders(CONTACTS, sheet.getRange(1, 1, 1, width).getValues()[0]!);
        const idCol = match.index['id'];
        const orgCol = match.index['orgId'];
        if (idCol !== undefined && orgCol !== undefined) {
          const ids = sheet.getRange(2, idCol + 1, last - 1, 1).getValues();
          const orgs = sheet.getRange(2, orgCol + 1, last - 1, 1).getValues();
          ids.forEach((r, i) => {
            const org = String(orgs[i]![0]).trim();
            if (isIdOf('CTY', org)) map!.set(String(r[0]).trim(), org);
          });
        }
      }
    }
    return map.get(contactId) ?? '';
  };
}

/** The batch size: the property when it is a whole number from 1, else the default. */
function batchRows_(raw: string | null, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export function runArchive_(
  session: WorkbookSession,
  budgetMs = ARCHIVE_RUN_BUDGET_MS,
  batchSize = ARCHIVE_BATCH_ROWS,
): ArchiveReport {
  const started = Date.now();
  const { settings } = session.settings();
  const cutoff = archiveCutoff(session.now(), settings.archiveAfterMonths);
  const ctx: ArchiveContext = {
    session,
    cutoff,
    timeZone: Session.getScriptTimeZone(),
    folderName: settings.archiveFolder,
    batchSize: batchRows_(session.properties().getProperty(BATCH_ROWS_PROPERTY), batchSize),
    summary: openSummary_(session),
    monthTabs: new Map(),
    opened: new Map(),
    tabs: new Map(),
    cityOfContact: contactCities_(session),
  };
  const report: ArchiveReport = {
    moved: {},
    batches: 0,
    finished: false,
    cutoff: cutoff.toISOString().slice(0, 10),
    held: [],
    months: settings.archiveAfterMonths,
    settingsMonths: settings.archiveAfterMonths,
    gridCells: 0,
    budget: settings.archiveCellBudget,
    overBudget: false,
  };
  const props = session.properties();
  // Each tab's header is read once per run. Row numbers other features stored are dropped before the tab's first
  // sort or delete; the tab is sorted only when rows are due and out of date order.
  const opened = new Map<string, LiveTab | null>();
  const open = (name: string): LiveTab | null => {
    if (!opened.has(name)) {
      const def = tabByName(name);
      opened.set(name, def ? openLiveTab_(session, def) : null);
    }
    return opened.get(name) ?? null;
  };
  const touched = new Set<string>();
  // The sorted-rows mark is dropped too, and written again once the tab's batches are done: a run stopped between
  // a delete and that write leaves no mark claiming rows it never checked (the next run reads the date column).
  const aboutToMove = (live: LiveTab) => {
    if (touched.has(live.def.name)) return;
    forgetRowPositions_(session, live);
    props.deleteProperty(SORTED_TO_PREFIX + live.def.name);
    touched.add(live.def.name);
  };
  session.write(() => {
    const pending = pendingBatch_(session);
    const live = pending ? open(pending.tab) : null;
    if (pending && live) {
      aboutToMove(live);
      const n = resumePending_(ctx, pending, live);
      if (n > 0) report.moved[pending.tab] = n;
    }
  }, ARCHIVE_LOCK_WAIT_MS);
  const outOfTime = () => Date.now() - started > budgetMs;
  // The usual window first; while the workbook's grid is over the cell budget, one more month at a time (oldest
  // first, the same batches), never newer than the floor. Each run decides from the grid it finds.
  const floor = Math.min(settings.archiveMinMonths, settings.archiveAfterMonths);
  // A run stopped while the budget had it archiving a shorter window recorded that window first: the rerun goes
  // straight to it, so a month is never left half moved because the half already moved put the grid under budget.
  const recorded = Number(props.getProperty(BUDGET_MONTHS_PROPERTY));
  let months =
    Number.isInteger(recorded) && recorded >= floor && recorded < settings.archiveAfterMonths
      ? recorded
      : settings.archiveAfterMonths;
  for (;;) {
    if (months < settings.archiveAfterMonths) props.setProperty(BUDGET_MONTHS_PROPERTY, String(months));
    const cut = archiveCutoff(session.now(), months);
    ctx.cutoff = cut;
    report.cutoff = cut.toISOString().slice(0, 10);
    report.months = months;
    if (!datedTabs_(session, ctx, open, aboutToMove, report, outOfTime)) return saveReport_(session, report);
    if (!moveParticipants_(session, ctx, open, aboutToMove, report, outOfTime))
      return saveReport_(session, report);
    report.gridCells = gridCells_(session.spreadsheet);
    if (report.gridCells <= settings.archiveCellBudget || months <= floor) break;
    months--;
  }
  props.deleteProperty(BUDGET_MONTHS_PROPERTY);
  report.overBudget = report.gridCells > settings.archiveCellBudget;
  report.finished = report.held.length === 0;
  return saveReport_(session, report);
}

/** Moves the dated tabs' rows older than ctx.cutoff, tab by tab. Returns false when the run is out of time. */
function datedTabs_(
  session: WorkbookSession,
  ctx: ArchiveContext,
  open: (name: string) => LiveTab | null,
  aboutToMove: (live: LiveTab) => void,
  report: ArchiveReport,
  outOfTime: () => boolean,
): boolean {
  const props = session.properties();
  const cutoff = ctx.cutoff;
  for (const def of ARCHIVED_TABS) {
    const sortedKey = SORTED_TO_PREFIX + def.name;
    // Rows 2…sortedTo are in date order; batches delete from the top, so the sorted part shrinks with them.
    let sortedTo = 0;
    const due = session.write(() => {
      const live = open(def.name);
      if (!live) return false;
      const check = checkDue_(live, cutoff, Number(props.getProperty(sortedKey)) || 0);
      if (check.due) {
        aboutToMove(live);
        if (!check.inOrder) sortByDate_(live);
      }
      if (check.due || check.inOrder) sortedTo = check.lastRow;
      if (check.inOrder && !check.due) props.setProperty(sortedKey, String(check.lastRow));
      return check.due;
    }, ARCHIVE_LOCK_WAIT_MS);
    if (!due) continue;
    let resorted = false;
    for (;;) {
      if (outOfTime()) return false;
      const outcome = session.write(() => {
        const live = open(def.name);
        const result: BatchOutcome = live ? moveNextBatch_(ctx, live) : { count: 0 };
        // A due row below a newer one (typed or moved by hand into the sorted part): sort once and go on.
        if (live && result.unsorted && !resorted) {
          sortByDate_(live);
          resorted = true;
          sortedTo = live.sheet.getLastRow();
          return { ...result, count: -1 };
        }
        sortedTo = Math.max(sortedTo - Math.max(result.count, 0), 1);
        if (result.count === 0) props.setProperty(sortedKey, String(sortedTo));
        return result;
      }, ARCHIVE_LOCK_WAIT_MS);
      if (outcome.count < 0) continue;
      if (outcome.count === 0) {
        if (outcome.held) addHeld_(report, outcome.held);
        break;
      }
      report.moved[def.name] = (report.moved[def.name] ?? 0) + outcome.count;
      report.batches++;
    }
  }
  return true;
}

/**
 * Participants of events that ended before the cutoff, batch by batch (after the dated tabs). The Events tab is
 * read once per run. Returns false when the run is out of time.
 */
function moveParticipants_(
  session: WorkbookSession,
  ctx: ArchiveContext,
  open: (name: string) => LiveTab | null,
  aboutToMove: (live: LiveTab) => void,
  report: ArchiveReport,
  outOfTime: () => boolean,
): boolean {
  let ends: Map<string, Date> | undefined;
  for (;;) {
    if (outOfTime()) return false;
    const outcome = session.write((): BatchOutcome => {
      const live = open(PARTICIPANTS.name);
      if (!live) return { count: 0 };
      if (!ends) ends = eventEnds_(session);
      return moveNextParticipants_(ctx, live, ends, () => aboutToMove(live));
    }, ARCHIVE_LOCK_WAIT_MS);
    if (outcome.count === 0) {
      if (outcome.held) addHeld_(report, outcome.held);
      return true;
    }
    report.moved[PARTICIPANTS.name] = (report.moved[PARTICIPANTS.name] ?? 0) + outcome.count;
    report.batches++;
  }
}

/** A held row once per run, though each month the budget adds stops at it again. */
function addHeld_(report: ArchiveReport, h: HeldRow): void {
  if (!report.held.some((x) => x.tab === h.tab && x.row === h.row && x.id === h.id)) report.held.push(h);
}

/** The run's Audit line (when it moved rows or the budget changed its window) and its last-run record. */
function saveReport_(session: WorkbookSession, report: ArchiveReport): ArchiveReport {
  const moved = Object.keys(report.moved).map((tab) => `${tab} ${report.moved[tab]}`);
  const budget = budgetMessage_(report, 'en');
  if (moved.length > 0 || budget !== '')
    session.write(() =>
      session.audit.add({
        action: 'archive',
        tab: '',
        recordId: '',
        changes: {},
        summary: `Archive history: rows dated before ${report.cutoff} archived (${moved.join(', ') || 'none'}).${budget === '' ? '' : ` ${budget}`}${report.finished || report.held.length > 0 ? '' : ' Stopped for time; the next run continues.'}`,
      }),
    );
  session
    .properties()
    .setProperty(LAST_RUN_PROPERTY, JSON.stringify({ ...report, at: session.now().toISOString() }));
  return report;
}
