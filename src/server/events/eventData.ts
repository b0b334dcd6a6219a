// Reads one event and its participants (keyed reads of the Event column), as the event rules and sidebar need them.

import { CITIES, CONTACTS, EVENTS, PARTICIPANTS } from '../../../sheets-templates';
import type { EventPerson } from '../../core/events/people';
import { UserError } from '../../core/messages';
import { formatIsoDate } from '../../core/schema/cells';
import type { WorkbookSession } from '../store/session';
import type { StoredRecord } from '../store/table';

export interface EventParticipant extends EventPerson {
  readonly contactId: string;
  readonly email: string;
  readonly organisation: string;
  readonly country: string;
  readonly hubId: string;
  readonly gender: string;
  /** The language to write to them in: the contact's own, else their interpretation language. */
  readonly mailLanguage: string;
  readonly record: StoredRecord;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const day = (v: unknown) => (v instanceof Date ? formatIsoDate(v) : '');

export function eventRecord(session: WorkbookSession, id: string): StoredRecord {
  const t = session.table(EVENTS);
  if (!id || !t.has(id)) throw new UserError('events.notFound', { id: id || '?' });
  return t.get(id);
}

/**
 * The event's participants with the name, organisation, country and hub of each (a contact's from Contacts and
 * its city, an external person's from the row): keyed reads of the event's rows and of those contacts only.
 */
export function eventParticipants(session: WorkbookSession, eventId: string): EventParticipant[] {
  const pt = session.table(PARTICIPANTS);
  if (!pt.exists()) return [];
  const rows = pt.findRows('eventId', [eventId]).filter((r) => text(pt.cell(r, 'eventId')) === eventId);
  const records = rows.map((r) => pt.stored(r));
  const contactIds = [...new Set(records.map((r) => text(r.values['contactId'])).filter((x) => x !== ''))];
  const contacts: Record<string, Record<string, unknown>> = {};
  if (contactIds.length > 0) {
    const ct = session.table(CONTACTS);
    for (const r of ct.findRows('id', contactIds)) contacts[text(ct.cell(r, 'id'))] = ct.values(r);
  }
  const orgIds = [...new Set(Object.values(contacts).map((c) => text(c['orgId'])))].filter((x) =>
    x.startsWith('CTY-'),
  );
  const cities: Record<string, Record<string, unknown>> = {};
  if (orgIds.length > 0) {
    const cityTable = session.table(CITIES);
    for (const r of cityTable.findRows('id', orgIds))
      cities[text(cityTable.cell(r, 'id'))] = cityTable.values(r);
  }
  return records.map((rec) => {
    const v = rec.values;
    const contact = contacts[text(v['contactId'])];
    const city = contact ? cities[text(contact['orgId'])] : undefined;
    return {
      id: rec.id,
      contactId: text(v['contactId']),
      name: text(contact?.['name']) || text(v['name']),
      email: text(contact?.['email']) || text(v['email']),
      organisation: text(city?.['name']) || text(v['organisation']),
      country: text(city?.['country']) || text(v['country']),
      hubId: text(city?.['hubId']),
      gender: text(v['gender']),
      mailLanguage: text(contact?.['language']) || text(v['interpretationLanguage']),
      status: text(v['status']),
      role: text(v['role']),
      language: text(v['interpretationLanguage']),
      travel: text(v['travel']),
      travelFrom: text(v['travelFrom']),
      visa: text(v['visa']),
      accommodation: text(v['accommodation']),
      arrivesOn: day(v['arrivesOn']),
      departsOn: day(v['departsOn']),
      statusSince: v['statusSince'] instanceof Date ? v['statusSince'].toISOString() : '',
      record: rec,
    };
  });
}
