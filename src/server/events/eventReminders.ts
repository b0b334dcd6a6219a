// The daily reminder before an event: each registered or confirmed participant is emailed once, in their language.

import { EVENTS } from '../../../sheets-templates';
import { formatIsoDate } from '../../core/schema/cells';
import { sendTracked } from '../mail/trackedMail';
import type { WorkbookSession } from '../store/session';
import { eventParticipants } from './eventData';

export interface ReminderReport {
  events: number;
  sent: number;
}

const DAY_MS = 86_400_000;

/**
 * Reminds the participants of every event starting within the Settings' "Event reminder (days before)" (and not
 * started yet): each registered or confirmed one with an address, once (the Sends row's key is the participant's),
 * through the tracked send path. Reads the Events tab (one row per event) and those events' own participants.
 * Call under the lock.
 */
export function sendEventReminders_(session: WorkbookSession): ReminderReport {
  const out: ReminderReport = { events: 0, sent: 0 };
  const days = session.settings().settings.eventReminderDays;
  const et = session.table(EVENTS);
  if (!(days > 0) || !et.exists()) return out;
  const now = session.now().getTime();
  for (const r of et.rows()) {
    const id = String(et.cell(r, 'id') ?? '').trim();
    const start = et.cell(r, 'startsOn');
    const status = String(et.cell(r, 'status') ?? '');
    if (id === '' || !(start instanceof Date) || status === 'cancelled') continue;
    if (start.getTime() + DAY_MS <= now || start.getTime() - days * DAY_MS > now) continue;
    out.events++;
    const end = et.cell(r, 'endsOn');
    const dates = [formatIsoDate(start), end instanceof Date ? formatIsoDate(end) : ''].filter(
      (d, i, a) => d !== '' && a.indexOf(d) === i,
    );
    const online = et.cell(r, 'online') === true;
    const place = online
      ? String(et.cell(r, 'platformLink') ?? '')
      : [String(et.cell(r, 'place') ?? ''), String(et.cell(r, 'country') ?? '')].filter(Boolean).join(', ');
    for (const p of eventParticipants(session, id)) {
      if ((p.status !== 'registered' && p.status !== 'confirmed') || p.email === '') continue;
      const o = sendTracked(session, {
        key: `${p.id}:reminder`,
        scope: `${p.id}:`,
        templateKey: 'eventReminder',
        language: p.mailLanguage || 'en',
        to: p.email,
        contactId: p.contactId || null,
        fields: {
          Name: p.name,
          EventName: String(et.cell(r, 'name') ?? ''),
          EventDates: dates.join(' – '),
          EventPlace: place,
        },
      });
      if (o.status === 'sent') out.sent++;
    }
  }
  return out;
}
