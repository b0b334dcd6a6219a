// Retention of event travel and visa data (issue 16), run by the daily jobs: for each event that ended more than
// "Keep event travel data (days)" ago, its participants' travel, visa details, nights and needs are cleared and
// the rows stamped (Travel data cleared); role, status, attendance, gender, country and organisation stay for M&E.
//
// What is read stays small as history grows: the Events tab (one row per event), then only the Participants
// rows of events due and not yet done (a keyed search); an event is stamped once all its rows are, and skipped
// from then on. Per event, the copies are cleared first (the Audit's record of old values, the raw registration
// rows, the form's stored responses, the visa letters), then the rows in one block update, then the event's
// stamp: a run stopped anywhere finds the rows unstamped and redoes the (idempotent) copies, so each row is
// cleared once and nothing the M&E needs is lost.

import { AUDIT, EVENTS, PARTICIPANTS } from '../../../sheets-templates';
import { REGISTRATION_QUESTIONS } from '../../../sheets-templates/forms/eventRegistration';
import { languageOf, message } from '../../core/messages';
import { archiveViews, otherTabs, type PersonRow, SheetView, wholeCell } from '../privacy/personRows';
import { NOT_KEPT } from '../store/blockUpdate';
import type { WorkbookSession } from '../store/session';
import type { TableRow } from '../store/table';
import { discardParticipantCopies_ } from './participantCopies';

/** The Participants fields cleared: travel (from, dates and so nights), visa details, needs and free text. */
export const CLEARED_TRAVEL_KEYS = [
  'travelFrom',
  'arrivesOn',
  'departsOn',
  'nationality',
  'passportNumber',
  'dietary',
  'access',
  'notes',
  'issuesFound',
  'visaLetterUrl',
] as const;

/** The registration questions whose answers hold the same data in the form's raw response tab. */
const CLEARED_ANSWERS = REGISTRATION_QUESTIONS.filter(
  (q) => (CLEARED_TRAVEL_KEYS as readonly string[]).indexOf(q.key) >= 0,
).map((q) => q.title);

const DAY_MS = 86_400_000;
/** The daily jobs share one execution (6 minutes): events left over are done by the next day's run. */
const BUDGET_MS = 90_000;

export interface TravelRetentionReport {
  events: number;
  cleared: number;
  letters: number;
  responses: number;
  /** Events due that this run left for the next (time budget). */
  left: number;
}

const headerOf = (key: string) => AUDIT.columns.find((c) => c.key === key)!.header;

/** Replaces the old and new values of the cleared fields in the Audit rows of `ids` (live and archived). */
function scrubAudit_(session: WorkbookSession, ids: readonly string[]): void {
  const views: SheetView[] = [];
  const live = session.sheet(AUDIT.name);
  if (live) views.push(new SheetView('workbook', live));
  for (const b of archiveViews(session)) {
    const v = b.view(AUDIT);
    if (v) views.push(v);
  }
  for (const v of views) {
    const at = v.headers().indexOf(headerOf('changes'));
    if (at < 0) continue;
    for (const r of v.rows(v.search(headerOf('recordId'), wholeCell(ids)))) {
      const scrubbed = scrubbedChanges(r.cells[at]);
      if (scrubbed !== null) r.sheet.getRange(r.row, at + 1).setValue(scrubbed);
    }
  }
}

/** The Changes JSON with the cleared fields' values replaced, or null when it holds none of them. */
function scrubbedChanges(cell: unknown): string | null {
  if (typeof cell !== 'string' || cell.trim() === '') return null;
  let diff: Record<string, unknown>;
  try {
    diff = JSON.parse(cell) as Record<string, unknown>;
  } catch {
    return null; // not the store's JSON (edited by hand): left for a person, as the erasure's search would
  }
  let changed = false;
  for (const key of CLEARED_TRAVEL_KEYS) {
    const pair = diff[key];
    if (!Array.isArray(pair)) continue;
    const next = pair.map((v) => (v === '' || v === null || v === NOT_KEPT ? v : NOT_KEPT));
    if (next.some((v, i) => v !== pair[i])) {
      diff[key] = next;
      changed = true;
    }
  }
  return changed ? JSON.stringify(diff) : null;
}

/** Blanks the cleared answers in the raw registration rows whose reference is one of `ids`. */
function scrubRawRows_(session: WorkbookSession, ids: readonly string[]): void {
  const reference = REGISTRATION_QUESTIONS[0]!.title;
  for (const sheet of otherTabs(session)) {
    const view = new SheetView('workbook', sheet);
    const cols = CLEARED_ANSWERS.map((t) => view.headers().indexOf(t)).filter((i) => i >= 0);
    if (cols.length === 0) continue;
    for (const r of view.rows(view.search(reference, wholeCell(ids)))) blankAnswers(r, cols);
  }
}

function blankAnswers(r: PersonRow, cols: readonly number[]): void {
  const from = Math.min(...cols);
  const to = Math.max(...cols);
  const line = r.cells.slice(from, to + 1).map((v, k) => (cols.indexOf(from + k) >= 0 ? '' : v));
  if (line.every((v, k) => v === r.cells[from + k])) return;
  r.sheet.getRange(r.row, from + 1, 1, line.length).setValues([line]);
}

/** Clears the rows of one event not yet cleared; returns how many and the copies discarded. */
function clearEvent_(
  session: WorkbookSession,
  eventId: string,
  days: number,
  report: TravelRetentionReport,
): void {
  const pt = session.table(PARTICIPANTS);
  const due: TableRow[] = pt
    .findRows('eventId', [eventId])
    .filter((r) => !(pt.cell(r, 'travelClearedAt') instanceof Date));
  if (due.length > 0) {
    const ids = due.map((r) => String(pt.cell(r, 'id')));
    scrubAudit_(session, ids);
    scrubRawRows_(session, ids);
    const copies = discardParticipantCopies_(
      session,
      due.map((r) => ({
        eventId,
        letterUrl: String(pt.cell(r, 'visaLetterUrl') ?? ''),
        responseIds: String(pt.cell(r, 'responseId') ?? ''),
      })),
    );
    report.letters += copies.letters;
    report.responses += copies.responses;
    const lang = languageOf(session.settings().settings.defaultLanguage);
    const now = session.now();
    pt.updateMany(
      due.map((r) => {
        const changes: Record<string, unknown> = { travelClearedAt: now };
        for (const k of CLEARED_TRAVEL_KEYS) changes[k] = null;
        // A letter Drive would not trash keeps its link, with the problem flagged for a person.
        const url = String(pt.cell(r, 'visaLetterUrl') ?? '').trim();
        const failed = copies.failed.find((f) => f.url === url);
        if (failed) {
          changes['visaLetterUrl'] = url;
          changes['issuesFound'] = `[error] ${message('events.letterNotTrashed', failed, lang)}`;
        }
        return { id: String(pt.cell(r, 'id')), changes, expectedVersion: pt.stored(r).version };
      }),
      {
        withoutOldValues: true,
        summary: `Travel and visa data cleared: ${eventId} ended more than ${days} days ago (retention)`,
      },
    );
    report.cleared += due.length;
  }
  const et = session.table(EVENTS);
  const event = et.get(eventId);
  et.update(eventId, { travelClearedAt: session.now() }, event.version, {
    summary: `Travel data of ${eventId}'s participants cleared (retention)`,
  });
  report.events++;
}

/**
 * Clears what is due (call under the lock, as the daily jobs do). An event is due when its last day ended more
 * than the Settings' days ago and it has no Travel data cleared stamp yet.
 */
export function clearEventTravelData_(session: WorkbookSession): TravelRetentionReport {
  const report: TravelRetentionReport = { events: 0, cleared: 0, letters: 0, responses: 0, left: 0 };
  const et = session.table(EVENTS);
  if (!et.exists()) return report;
  const days = session.settings().settings.keepEventTravelDays;
  const now = session.now().getTime();
  const due: string[] = [];
  for (const r of et.rows()) {
    const id = String(et.cell(r, 'id') ?? '').trim();
    const end = et.cell(r, 'endsOn') ?? et.cell(r, 'startsOn');
    if (id === '' || !(end instanceof Date) || et.cell(r, 'travelClearedAt') instanceof Date) continue;
    // The event's last day ends a day after its date: N days after that, its travel data are no longer kept.
    if (end.getTime() + (days + 1) * DAY_MS < now) due.push(id);
  }
  const started = Date.now();
  for (const id of due) {
    if (Date.now() - started > BUDGET_MS) {
      report.left++;
      continue;
    }
    clearEvent_(session, id, days, report);
  }
  return report;
}
