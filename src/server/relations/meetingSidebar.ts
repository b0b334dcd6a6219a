// Engagement › Member meetings: the sidebar's view (audiences to choose from, the series scheduled and why at their
// time); scheduling, occurrences and attendance are the calls in meetings.ts, meetingOccurrences.ts and
// meetingAttendance.ts.

import { formatIsoDate } from '../../core/schema/cells';
import { normaliseEmail } from '../../core/schema/text';
import { requireRole } from '../access/roles';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { workbook } from '../store/session';
import { activeStaff } from './followUpRows';
import { type Audience, audiences } from './meetingAudience';
import { calendar, DEFAULT_TITLE, SERIES_KEY, type SlotWhy, slotKey } from './meetings';

/** How many of the latest series the sidebar lists (one Calendar call each). */
export const SERIES_SHOWN = 5;

export interface SeriesView {
  eventId: string;
  summary: string;
  start: string;
  recurrence: string[];
  hangoutLink: string;
  guests: number;
  /** Why its time was chosen, as kept when it was scheduled (null for a series from before that was kept). */
  slot: SlotWhy | null;
}

export interface MeetingsView {
  language: UiLanguage;
  today: string;
  me: string;
  /** The default audience first (member cities in countries no hub serves; maybe empty), then each hub's. */
  audiences: Audience[];
  series: SeriesView[];
  /** Who an action point may be given to: active staff other than viewers. */
  staff: { email: string; name: string }[];
  defaultTitle: string;
}

/** Menu action: SCN CRM › Engagement › Member meetings (coordinators and admins: scheduling is theirs). */
export function showMeetings(): void {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'schedule member meetings');
  showSidebarPage('meetings', 'Member meetings');
}

export function getMeetings(): MeetingsView {
  const session = workbook();
  const caller = requireRole(session, NETWORK_EDITORS, 'schedule member meetings');
  const props = session.properties();
  const ids = (JSON.parse(props.getProperty(SERIES_KEY) ?? '[]') as string[]).slice(-SERIES_SHOWN).reverse();
  const events = ids.length > 0 ? calendar() : null;
  const series: SeriesView[] = [];
  for (const id of ids) {
    let e: GoogleAppsScript.Calendar.Schema.Event;
    try {
      e = events!.get('primary', id);
    } catch {
      // Scheduled from another person's calendar ("primary" is the caller's own), or deleted there: not listed.
      continue;
    }
    if (e.status === 'cancelled') continue;
    const why = props.getProperty(slotKey(id));
    series.push({
      eventId: id,
      summary: String(e.summary ?? ''),
      start: String(e.start?.dateTime ?? ''),
      recurrence: (e.recurrence ?? []).map(String),
      hangoutLink: String(e.hangoutLink ?? ''),
      guests: (e.attendees ?? []).length,
      slot: why ? (JSON.parse(why) as SlotWhy) : null,
    });
  }
  const staff = [...activeStaff(session).entries()]
    .filter(([, s]) => s.role !== 'viewer')
    .map(([email, s]) => ({ email, name: s.name }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    language: uiLanguage_(),
    today: formatIsoDate(session.now()),
    me: normaliseEmail(caller.email),
    audiences: audiences(session),
    series,
    staff,
    defaultTitle: DEFAULT_TITLE,
  };
}
