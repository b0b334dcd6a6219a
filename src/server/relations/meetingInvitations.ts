// The member meeting's own invitation and agenda (issue 17): one email per guest through the built-in template, in
// the guest's language, with the time in the guest's time zone; each sent at most once (tracked in Sends).

import { displayDay } from '../../core/calendar/displayDate';
import { formatLocalDate, wallClockAt } from '../../core/calendar/localDate';
import { COUNTRY_ZONES } from '../../core/relations/meetingSlot';
import { type SendOutcome, sendTracked } from '../mail/trackedMail';
import type { WorkbookSession } from '../store/session';

export interface InvitedGuest {
  contactId: string;
  email: string;
  name: string;
  cityName: string;
  country: string;
  language: string;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Sends the invitation to every guest; returns each outcome (a failure is kept in Sends for a person to see). */
export function sendMeetingInvitations(
  session: WorkbookSession,
  series: {
    eventId: string;
    title: string;
    start: Date;
    everyWeeks: number;
    meetLink: string;
    agenda: string;
  },
  guests: readonly InvitedGuest[],
): SendOutcome[] {
  const sender = session.settings().settings.senderName;
  return guests.map((g) => {
    const zone = COUNTRY_ZONES[g.country] ?? 'UTC';
    const w = wallClockAt(series.start, zone);
    const lang = g.language === 'fr' ? 'fr' : 'en';
    return sendTracked(session, {
      key: `meeting:${series.eventId}:invitation:${g.email}`,
      scope: `meeting:${series.eventId}:`,
      templateKey: 'meetingInvitation',
      language: g.language,
      to: g.email,
      contactId: g.contactId,
      fields: {
        Name: g.name,
        City: g.cityName,
        Title: series.title,
        FirstDate: displayDay(formatLocalDate(w.year, w.month, w.day), lang),
        LocalTime: `${pad(w.hour)}:${pad(w.minute)} (${zone.replace(/_/g, ' ')})`,
        Every: series.everyWeeks,
        MeetLink: series.meetLink,
        Agenda: series.agenda,
        SenderName: sender,
      },
    });
  });
}
