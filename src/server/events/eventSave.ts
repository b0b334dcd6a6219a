// Saving an event and a participant from the Event sidebar: the schema's checks, the event rules', the wait list.

import { CONTACTS, EVENTS, HUBS, PARTICIPANTS, type TabDef } from '../../../sheets-templates';
import { EVENT_FORM_FIELDS, eventChecks, PARTICIPANT_FORM_FIELDS } from '../../core/events/eventFields';
import { PLACE_HOLDING } from '../../core/events/people';
import { promotions } from '../../core/events/waitList';
import { fieldLabel, type MessageCode, message } from '../../core/messages';
import { formatIsoDate } from '../../core/schema/cells';
import { requireRole } from '../access/roles';
import { sendTracked } from '../mail/trackedMail';
import { type FormSaveRequest, type SaveOutcome, saveForm, schemaContext } from '../records/formSave';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import { eventParticipants, eventRecord } from './eventData';

/** A refusal naming the field, as the schema's own refusals do. */
export function refusal(
  def: TabDef,
  key: string,
  code: MessageCode,
  params: Record<string, string | number>,
): SaveOutcome {
  const column = def.columns.find((c) => c.key === key)!;
  const text = message(code, params);
  const problem = message('field.withLabel', {
    label: fieldLabel(def.name, key, column.header),
    problem: text,
  });
  return {
    ok: false,
    kind: 'invalid',
    message: problem,
    problems: [{ key, header: column.header, message: problem }],
  };
}

/** Creates or updates an event (admins and coordinators: events are network-wide). */
export function saveEvent(request: FormSaveRequest): SaveOutcome & { promoted?: string[] } {
  const session = workbook();
  const caller = requireRole(session, NETWORK_EDITORS, 'manage events');
  const fields = request?.fields ?? {};
  return session.write(() => {
    const before = request?.id ? eventRecord(session, request.id).values : {};
    const plain = (v: unknown) => (v instanceof Date ? formatIsoDate(v) : v);
    const merged: Record<string, unknown> = {};
    for (const k of ['startsOn', 'endsOn', 'timeZone', 'budget'])
      merged[k] = k in fields ? fields[k] : plain(before[k]);
    const [check] = eventChecks(merged);
    if (check) return refusal(EVENTS, check.key, check.code, check.params);
    const saved = saveForm(
      session,
      EVENTS,
      { ...request, fields },
      {
        editable: EVENT_FORM_FIELDS,
        fixed: request?.id ? {} : { status: String(fields['status'] ?? '') || 'planned' },
        context: schemaContext(session, [HUBS]),
        summary: `Event saved by ${caller.email}`,
      },
    );
    // More places (or no limit any more): the wait list moves up into them, in the order people joined it.
    const places = (v: unknown) => (typeof v === 'number' ? v : Number.POSITIVE_INFINITY);
    if (!saved.ok || !request?.id || places(saved.record.values['capacity']) <= places(before['capacity']))
      return saved;
    return { ...saved, promoted: promoteWaitList(session, saved.record.id) };
  });
}

/**
 * Moves wait-listed people of the event to registered while places are free (after a cancellation, a capacity
 * raised, a participant removed from the places). Returns the ids promoted. Call under the lock.
 */
export function promoteWaitList(session: WorkbookSession, eventId: string): string[] {
  const event = eventRecord(session, eventId);
  const capacity = typeof event.values['capacity'] === 'number' ? (event.values['capacity'] as number) : null;
  const people = eventParticipants(session, eventId);
  const moved = promotions(people, capacity);
  const pt = session.table(PARTICIPANTS);
  const v = event.values;
  const day = (d: unknown) => (d instanceof Date ? formatIsoDate(d) : '');
  const dates = [day(v['startsOn']), day(v['endsOn'])].filter((d, i, a) => d !== '' && a.indexOf(d) === i);
  for (const p of moved) {
    pt.update(p.id, { status: 'registered', statusSince: session.now() }, p.record.version, {
      summary: message('events.promoted', {}, 'en'),
    });
    // Told once (the Sends row's key), in their language, through the tracked send path; a send that fails is
    // in the Sends tab for a person, and the promotion stands.
    if (p.email !== '')
      sendTracked(session, {
        key: `${p.id}:placeOffered`,
        scope: `${p.id}:`,
        templateKey: 'eventPlaceOffered',
        language: p.mailLanguage || 'en',
        to: p.email,
        contactId: p.contactId || null,
        fields: { Name: p.name, EventName: String(v['name'] ?? ''), EventDates: dates.join(' – ') },
      });
  }
  return moved.map((p) => p.id);
}

/** Adds or edits a participant: a contact once per event, or an external person with a name and an email. */
export function saveParticipant(request: FormSaveRequest & { eventId?: string }): SaveOutcome & {
  promoted?: string[];
} {
  const session = workbook();
  const caller = requireRole(session, NETWORK_EDITORS, 'manage events');
  const fields = request?.fields ?? {};
  return session.write(() => {
    const pt = session.table(PARTICIPANTS);
    const existing = request?.id ? pt.get(request.id) : null;
    const eventId = String(existing?.values['eventId'] ?? request?.eventId ?? '');
    eventRecord(session, eventId);
    const value = (k: string) =>
      k in fields ? String(fields[k] ?? '').trim() : String(existing?.values[k] ?? '').trim();
    const contactId = value('contactId');
    if (contactId === '' && (value('name') === '' || value('email') === ''))
      return refusal(PARTICIPANTS, 'contactId', 'events.whoNeeded', {});
    if (contactId !== '') {
      const twin = eventParticipants(session, eventId).find(
        (p) => p.contactId === contactId && p.id !== existing?.id,
      );
      if (twin)
        return refusal(PARTICIPANTS, 'contactId', 'events.alreadyListed', { name: twin.name, id: twin.id });
    }
    const day = (k: string) => {
      const v = k in fields ? fields[k] : existing?.values[k];
      return v instanceof Date ? formatIsoDate(v) : String(v ?? '');
    };
    if (
      /^\d{4}-/.test(day('arrivesOn')) &&
      /^\d{4}-/.test(day('departsOn')) &&
      day('departsOn') < day('arrivesOn')
    )
      return refusal(PARTICIPANTS, 'departsOn', 'events.departsBeforeArrival', {
        departs: day('departsOn'),
        arrives: day('arrivesOn'),
      });
    const statusChanged = !existing || value('status') !== String(existing.values['status'] ?? '');
    const saved = saveForm(
      session,
      PARTICIPANTS,
      { ...request, fields },
      {
        editable: PARTICIPANT_FORM_FIELDS,
        fixed: existing
          ? statusChanged
            ? { statusSince: session.now() }
            : {}
          : {
              eventId,
              statusSince: session.now(),
              status: value('status') || 'invited',
              role: value('role') || 'participant',
            },
        context: schemaContext(session, [CONTACTS, EVENTS]),
        summary: `Participant saved by ${caller.email}`,
      },
    );
    if (!saved.ok) return saved;
    const gaveUp =
      existing &&
      PLACE_HOLDING.indexOf(String(existing.values['status'])) >= 0 &&
      PLACE_HOLDING.indexOf(String(saved.record.values['status'])) < 0;
    return gaveUp ? { ...saved, promoted: promoteWaitList(session, eventId) } : saved;
  });
}
