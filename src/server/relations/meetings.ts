// Bi-weekly member meetings (issue 17): a recurring series through the Calendar advanced service with a Meet link and
// the audience's primary contacts as guests, at the slot that fits most working hours; one occurrence moved or
// cancelled; attendance is in meetingAttendance.ts.

import { CITIES, CONTACTS, HUBS } from '../../../sheets-templates';
import { UserError } from '../../core/messages';
import { chooseSlot } from '../../core/relations/meetingSlot';
import { formatIsoDate } from '../../core/schema/cells';
import { normaliseEmail } from '../../core/schema/text';
import { requireRole } from '../access/roles';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import { sendMeetingInvitations } from './meetingInvitations';

export interface MeetingRequest {
  summary: string;
  /** The first meeting's day, YYYY-MM-DD. */
  firstDay: string;
  /** Weeks between meetings (2: bi-weekly) and how many meetings the series holds. */
  everyWeeks?: number;
  count?: number;
  minutes?: number;
  /** The audience; by default member cities in countries no hub serves. */
  cityIds?: string[];
  /** The agenda sent with each guest's invitation. */
  agenda?: string;
}

export interface MeetingSeries {
  eventId: string;
  hangoutLink: string;
  recurrence: string[];
  start: string;
  guests: string[];
  /** Why this time: participants whose working hours (09:00–17:00 local) hold the meeting, of those with a known zone. */
  slot: { fits: number; known: number; unknownCountries: string[] };
  cityIds: string[];
  /** The invitations sent through the built-in template, one per guest in their language. */
  invitations: { to: string; status: string }[];
}

interface Guest {
  contactId: string;
  cityId: string;
  email: string;
  name: string;
  country: string;
  cityName: string;
  language: string;
}

/** Member cities in countries no hub lists (Hubs › Countries), the Management Unit's own members. */
function defaultAudience(session: WorkbookSession): string[] {
  const hubs = session.table(HUBS);
  const served = new Set<string>();
  for (const r of hubs.rows()) {
    const c = hubs.cell(r, 'countries');
    for (const country of String(c ?? '').split(',')) if (country.trim()) served.add(country.trim());
  }
  const cities = session.table(CITIES);
  return cities
    .columnRows(['id', 'country', 'status'])
    .filter(
      (r) => cities.cell(r, 'status') === 'member' && !served.has(String(cities.cell(r, 'country')).trim()),
    )
    .map((r) => String(cities.cell(r, 'id')));
}

/** Each city's active primary contacts with an address (one keyed read of Contacts by city). */
function guestsOf(session: WorkbookSession, cityIds: readonly string[]): Guest[] {
  if (cityIds.length === 0) return [];
  const cities = session.table(CITIES);
  const country = new Map<string, string>();
  const names = new Map<string, string>();
  for (const r of cities.findRows('id', cityIds)) {
    country.set(String(cities.cell(r, 'id')), String(cities.cell(r, 'country')));
    names.set(String(cities.cell(r, 'id')), String(cities.cell(r, 'name')));
  }
  const contacts = session.table(CONTACTS);
  const today = formatIsoDate(session.now());
  const out: Guest[] = [];
  for (const r of contacts.findRows('orgId', cityIds)) {
    const v = contacts.values(r);
    const email = normaliseEmail(String(v['email'] ?? ''));
    const left = v['activeTo'] instanceof Date && formatIsoDate(v['activeTo']) < today;
    if (v['primary'] !== true || !email || left || v['optedOut'] === true) continue;
    const cityId = String(v['orgId']);
    out.push({
      contactId: String(v['id']),
      cityId,
      email,
      name: String(v['name'] ?? ''),
      country: country.get(cityId) ?? '',
      cityName: names.get(cityId) ?? '',
      language: String(v['language'] ?? 'en'),
    });
  }
  return out;
}

export function calendar(): GoogleAppsScript.Calendar.Collection.EventsCollection {
  // `Calendar` exists when appsscript.json enables the advanced service (it does: enabledAdvancedServices).
  const events = typeof Calendar === 'undefined' ? undefined : Calendar?.Events;
  if (!events) throw new UserError('meetings.noCalendar');
  return events;
}

const SERIES_KEY = 'scn.meetings';

/**
 * Creates the series: guests are the audience's primary contacts, the time the half hour on the first day that
 * fits most of their working hours, the Meet link made by Calendar (conferenceDataVersion 1), invitations sent by
 * Calendar (sendUpdates "all"). The series id is kept in the document properties so the sidebar can list it.
 */
export function scheduleMemberMeetings(request: MeetingRequest): MeetingSeries {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'schedule member meetings');
  const firstDay = String(request?.firstDay ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDay)) throw new UserError('followUps.badDue');
  const cityIds =
    request.cityIds && request.cityIds.length > 0 ? request.cityIds.map(String) : defaultAudience(session);
  const guests = guestsOf(session, cityIds);
  if (guests.length === 0) throw new UserError('meetings.noGuests');
  const minutes = Math.max(15, Math.min(240, Number(request.minutes ?? 60)));
  const slot = chooseSlot(
    firstDay,
    guests.map((g) => g.country),
    minutes,
  );
  const every = Math.max(1, Math.min(8, Number(request.everyWeeks ?? 2)));
  const count = Math.max(1, Math.min(52, Number(request.count ?? 12)));
  const recurrence = [`RRULE:FREQ=WEEKLY;INTERVAL=${every};COUNT=${count}`];
  const end = new Date(slot.start.getTime() + minutes * 60_000);
  const created = calendar().insert(
    {
      summary: String(request.summary || 'Strong Cities member meeting'),
      start: { dateTime: slot.start.toISOString(), timeZone: 'UTC' },
      end: { dateTime: end.toISOString(), timeZone: 'UTC' },
      recurrence,
      attendees: guests.map((g) => ({ email: g.email, displayName: g.name })),
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
    const known = JSON.parse(session.properties().getProperty(SERIES_KEY) ?? '[]') as string[];
    session.properties().setProperty(SERIES_KEY, JSON.stringify([...known.filter((k) => k !== id), id]));
  });
  const invitations = sendMeetingInvitations(
    session,
    {
      eventId: id,
      title: String(request.summary || 'Strong Cities member meeting'),
      start: slot.start,
      everyWeeks: every,
      meetLink: String(created.hangoutLink ?? ''),
      agenda: String(request.agenda ?? ''),
    },
    guests,
  );
  return {
    invitations: invitations.map((o, i) => ({ to: guests[i]!.email, status: o.status })),
    eventId: id,
    hangoutLink: String(created.hangoutLink ?? ''),
    recurrence,
    start: slot.start.toISOString(),
    guests: guests.map((g) => g.email),
    slot: { fits: slot.fits, known: slot.known, unknownCountries: slot.unknownCountries },
    cityIds: [...new Set(guests.map((g) => g.cityId))],
  };
}

export interface Occurrence {
  id: string;
  start: string;
  end: string;
  moved: boolean;
}

/** The series' occurrences still on (cancelled ones left out), from Calendar. */
export function listMeetingOccurrences(eventId: string): Occurrence[] {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'schedule member meetings');
  const items = calendar().instances('primary', String(eventId)).items ?? [];
  return items.map((i) => ({
    id: String(i.id),
    start: String(i.start?.dateTime ?? ''),
    end: String(i.end?.dateTime ?? ''),
    moved:
      String(i.start?.dateTime ?? '') !== String(i.originalStartTime?.dateTime ?? i.start?.dateTime ?? ''),
  }));
}

/** Moves one occurrence to a new start (same length), or cancels it when `start` is null; guests are told. */
export function rescheduleMeetingOccurrence(instanceId: string, start: string | null): Occurrence {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'schedule member meetings');
  const events = calendar();
  const current = events.get('primary', String(instanceId));
  let patched: GoogleAppsScript.Calendar.Schema.Event;
  if (start === null) {
    patched = events.patch({ status: 'cancelled' }, 'primary', String(instanceId), { sendUpdates: 'all' });
  } else {
    const at = new Date(String(start));
    if (Number.isNaN(at.getTime())) throw new UserError('meetings.badStart');
    const length =
      new Date(String(current.end?.dateTime)).getTime() - new Date(String(current.start?.dateTime)).getTime();
    patched = events.patch(
      {
        start: { dateTime: at.toISOString() },
        end: { dateTime: new Date(at.getTime() + length).toISOString() },
      },
      'primary',
      String(instanceId),
      { sendUpdates: 'all' },
    );
  }
  return {
    id: String(patched.id),
    start: String(patched.start?.dateTime ?? ''),
    end: String(patched.end?.dateTime ?? ''),
    moved: true,
  };
}
