// Bi-weekly member meetings (issue 17): a recurring series through the Calendar advanced service with a Meet link and
// the audience's primary contacts as guests, at the slot that fits most working hours. Occurrences are in
// meetingOccurrences.ts, attendance in meetingAttendance.ts, the sidebar's view in meetingSidebar.ts.

import { HUBS } from '../../../sheets-templates';
import { parseLocalDate } from '../../core/calendar/localDate';
import { UserError } from '../../core/messages';
import { type CountrySlot, chooseSlot, slotByCountry } from '../../core/relations/meetingSlot';
import { formatIsoDate } from '../../core/schema/cells';
import { requireRole } from '../access/roles';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import { defaultAudience, type Guest, guestsOf, hubAudience } from './meetingAudience';
import { sendMeetingInvitations } from './meetingInvitations';

export interface MeetingRequest {
  summary: string;
  /** The first meeting's day, YYYY-MM-DD. */
  firstDay: string;
  /** Weeks between meetings (2: bi-weekly) and how many meetings the series holds. */
  everyWeeks?: number;
  count?: number;
  minutes?: number;
  /** The audience: these cities, else a hub's member cities, else member cities in countries no hub serves. */
  cityIds?: string[];
  hubId?: string | null;
  /** The agenda sent with each guest's invitation. */
  agenda?: string;
}

/** Why the series is at its time: who has it inside their 09:00–17:00, country by country. */
export interface SlotWhy {
  fits: number;
  known: number;
  unknownCountries: string[];
  byCountry: CountrySlot[];
  minutes: number;
}

export interface MeetingPlan {
  summary: string;
  start: string;
  everyWeeks: number;
  count: number;
  guests: string[];
  cityIds: string[];
  slot: SlotWhy;
}

export interface MeetingSeries extends MeetingPlan {
  eventId: string;
  hangoutLink: string;
  recurrence: string[];
  /** The invitations sent through the built-in template, one per guest in their language. */
  invitations: { to: string; status: string }[];
}

export const DEFAULT_TITLE = 'Strong Cities member meeting';
export const SERIES_KEY = 'scn.meetings';
/** Document property holding one series' SlotWhy (JSON), so the sidebar can say why later too. */
export const slotKey = (eventId: string) => `scn.meetings.slot.${eventId}`;

export function calendar(): GoogleAppsScript.Calendar.Collection.EventsCollection {
  // `Calendar` exists when appsscript.json enables the advanced service (it does: enabledAdvancedServices).
  const events = typeof Calendar === 'undefined' ? undefined : Calendar?.Events;
  if (!events) throw new UserError('meetings.noCalendar');
  return events;
}

/** A whole number in [min, max], the default when not given; anything else is refused naming the field. */
function wholeIn(
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  code: 'badEvery' | 'badCount' | 'badMinutes',
) {
  if (value === undefined || value === null || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`meetings.${code}`, { min, max });
  return n;
}

function audienceOf(session: WorkbookSession, request: MeetingRequest): string[] {
  if (Array.isArray(request.cityIds) && request.cityIds.length > 0) return request.cityIds.map(String);
  const hubId = String(request.hubId ?? '').trim();
  if (hubId === '') return defaultAudience(session);
  if (!session.table(HUBS).findRow(hubId)) throw new UserError('meetings.badHub', { id: hubId });
  return hubAudience(session, hubId);
}

/** The request checked field by field, its guests found and its slot chosen: what would be scheduled. */
function planOf(session: WorkbookSession, request: MeetingRequest): MeetingPlan & { people: Guest[] } {
  const summary = String(request?.summary ?? '').trim() || DEFAULT_TITLE;
  if (summary.length > 200) throw new UserError('meetings.badTitle');
  const firstDay = String(request?.firstDay ?? '').trim();
  try {
    parseLocalDate(firstDay);
  } catch {
    throw new UserError('meetings.badFirstDay');
  }
  if (firstDay < formatIsoDate(session.now())) throw new UserError('meetings.pastFirstDay');
  const everyWeeks = wholeIn(request.everyWeeks, 2, 1, 8, 'badEvery');
  const count = wholeIn(request.count, 12, 1, 52, 'badCount');
  const minutes = wholeIn(request.minutes, 60, 15, 240, 'badMinutes');
  const cityIds = audienceOf(session, request);
  if (cityIds.length === 0) throw new UserError('meetings.emptyAudience');
  const people = guestsOf(session, cityIds);
  if (people.length === 0) throw new UserError('meetings.noGuests');
  const countries = people.map((g) => g.country);
  const slot = chooseSlot(firstDay, countries, minutes);
  return {
    summary,
    start: slot.start.toISOString(),
    everyWeeks,
    count,
    guests: people.map((g) => g.email),
    cityIds: [...new Set(people.map((g) => g.cityId))],
    slot: {
      fits: slot.fits,
      known: slot.known,
      unknownCountries: slot.unknownCountries,
      byCountry: slotByCountry(slot.start, countries, minutes),
      minutes,
    },
    people,
  };
}

/** What "Schedule" would create (the time and why, the guests), without creating anything. */
export function previewMemberMeetings(request: MeetingRequest): MeetingPlan {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'schedule member meetings');
  const { people: _people, ...plan } = planOf(session, request);
  return plan;
}

/**
 * Creates the series: guests are the audience's primary contacts, the time the half hour on the first day that
 * fits most of their working hours, the Meet link made by Calendar (conferenceDataVersion 1), invitations sent by
 * Calendar (sendUpdates "all"). The series id and why its time was chosen are kept in the document properties so
 * the sidebar can list it.
 */
export function scheduleMemberMeetings(request: MeetingRequest): MeetingSeries {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'schedule member meetings');
  const { people, ...plan } = planOf(session, request);
  const recurrence = [`RRULE:FREQ=WEEKLY;INTERVAL=${plan.everyWeeks};COUNT=${plan.count}`];
  const start = new Date(plan.start);
  const end = new Date(start.getTime() + plan.slot.minutes * 60_000);
  const created = calendar().insert(
    {
      summary: plan.summary,
      start: { dateTime: start.toISOString(), timeZone: 'UTC' },
      end: { dateTime: end.toISOString(), timeZone: 'UTC' },
      recurrence,
      attendees: people.map((g) => ({ email: g.email, displayName: g.name })),
      conferenceData: {
        createRequest: {
          requestId: `scn-${session.now().getTime()}`,
          conferenceSolutionKey: { type: 'hangoutsMeet' },
        },
      },
    },
    'primary',
    { conferenceDataVersion: 1, sendUpdates: 'all' },
  );
  const id = String(created.id);
  session.write(() => {
    const known = JSON.parse(session.lockedProperty(SERIES_KEY) ?? '[]') as string[];
    session.writeProperties({
      [SERIES_KEY]: JSON.stringify([...known.filter((k) => k !== id), id]),
      [slotKey(id)]: JSON.stringify(plan.slot),
    });
  });
  const invitations = sendMeetingInvitations(
    session,
    {
      eventId: id,
      title: plan.summary,
      start,
      everyWeeks: plan.everyWeeks,
      meetLink: String(created.hangoutLink ?? ''),
      agenda: String(request.agenda ?? ''),
    },
    people,
  );
  return {
    ...plan,
    invitations: invitations.map((o, i) => ({ to: people[i]!.email, status: o.status })),
    eventId: id,
    hangoutLink: String(created.hangoutLink ?? ''),
    recurrence,
  };
}
