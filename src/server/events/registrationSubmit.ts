// Registration responses applied to the participant: validated, once per response, never lost, with the wait list.
//
// The participant row keeps the id of the last response applied (Registration response): a response delivered
// twice, or swept after its trigger ran, finds its id there and changes nothing. A reference that is not a
// participant of the event is recorded as a new external participant, flagged for a person; an answer the
// Participants schema refuses is left out of the row and flagged in Issues found.

import { PARTICIPANTS } from '../../../sheets-templates';
import { PLACE_HOLDING } from '../../core/events/people';
import { parseRegistration } from '../../core/events/registration';
import { statusOnRegistering } from '../../core/events/waitList';
import { issuesFoundText, oneLine, recordableFields } from '../../core/intake/recordable';
import { languageOf, message } from '../../core/messages';
import { requireRole } from '../access/roles';
import { TRIGGER_LOCK_WAIT_MS } from '../intake/processSubmission';
import { type ReceivedResponse, receivedResponse } from '../intake/responseAnswers';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import { eventParticipants, eventRecord } from './eventData';
import { promoteWaitList } from './eventSave';
import { eventOfForm } from './registrationForm';

export interface RegistrationOutcome {
  responseId: string;
  status: 'applied' | 'already applied' | 'recorded as new' | 'not an event form';
  participantId?: string;
  participantStatus?: string;
  promoted?: string[];
}

/** Applies one response of the event's form (call under the lock). */
export function applyRegistration(
  session: WorkbookSession,
  eventId: string,
  received: ReceivedResponse,
): RegistrationOutcome {
  const lang = languageOf(session.settings().settings.defaultLanguage);
  const event = eventRecord(session, eventId);
  const reg = parseRegistration(received.response.answers);
  const people = eventParticipants(session, eventId);
  const pt = session.table(PARTICIPANTS);
  const applied = (p: { record: { values: Record<string, unknown> } }) =>
    String(p.record.values['responseId'] ?? '').split('\n');
  const already = people.find((p) => applied(p).indexOf(received.id) >= 0);
  if (already)
    return {
      responseId: received.id,
      status: 'already applied',
      participantId: already.id,
      participantStatus: already.status,
    };
  const person = people.find((p) => p.id === reg.reference);
  const checked = recordableFields(PARTICIPANTS, reg.fields, lang);
  const issues = [...reg.problems.map((p) => `[error] ${p[lang]}`), ...checked.issues];
  const capacity = typeof event.values['capacity'] === 'number' ? (event.values['capacity'] as number) : null;
  const at = received.response.submittedAt ?? session.now();
  if (!person) {
    issues.unshift(
      `[error] ${message('events.unknownReference', { reference: reg.reference || '—' }, lang)}`,
    );
    const blank = {
      id: '',
      name: reg.name,
      status: 'invited',
      role: 'participant',
      language: '',
      travel: '',
      travelFrom: '',
      visa: '',
      accommodation: '',
      arrivesOn: '',
      departsOn: '',
      statusSince: '',
    } as const;
    const status = reg.attending === false ? 'declined' : statusOnRegistering(blank, people, capacity);
    const named = recordableFields(PARTICIPANTS, { name: reg.name || null, email: reg.email || null }, lang);
    issues.push(...named.issues);
    const [row] = pt.insert(
      [
        {
          ...checked.fields,
          ...named.fields,
          eventId,
          role: 'participant',
          status,
          statusSince: at,
          responseId: received.id,
          issuesFound: issuesFoundText(issues, lang),
        },
      ],
      { summary: oneLine(`Registration for ${event.id} from ${reg.name || reg.email || received.id}`) },
    );
    return {
      responseId: received.id,
      status: 'recorded as new',
      participantId: row!.id,
      participantStatus: status,
    };
  }
  let status = person.status;
  if (reg.attending === true) status = statusOnRegistering(person, people, capacity);
  if (reg.attending === false) status = PLACE_HOLDING.indexOf(person.status) >= 0 ? 'cancelled' : 'declined';
  if (status === 'wait-listed' && person.status !== 'wait-listed')
    issues.push(`[info] ${message('events.waitListed', {}, lang)}`);
  const current = String(person.record.values['issuesFound'] ?? '');
  const ids = applied(person).filter((x) => x !== '');
  const patch: Record<string, unknown> = { ...checked.fields, responseId: [...ids, received.id].join('\n') };
  if (status !== person.status) {
    patch['status'] = status;
    patch['statusSince'] = at;
  }
  if (issues.length > 0) patch['issuesFound'] = issuesFoundText([current, ...issues], lang);
  pt.update(person.id, patch, person.record.version, {
    summary: oneLine(`Registration response for ${person.id}`),
  });
  const gaveUp = PLACE_HOLDING.indexOf(person.status) >= 0 && PLACE_HOLDING.indexOf(status) < 0;
  const promoted = gaveUp ? promoteWaitList(session, eventId) : [];
  return {
    responseId: received.id,
    status: 'applied',
    participantId: person.id,
    participantStatus: status,
    promoted,
  };
}

/** Installable form-submit trigger of every event registration form (installed when the form is made). */
export function onEventRegistrationSubmit(e?: {
  response?: GoogleAppsScript.Forms.FormResponse;
  source?: GoogleAppsScript.Forms.Form;
}): RegistrationOutcome | null {
  if (!e?.response || !e.source) {
    console.warn('event registration submit: the event has no response; Apply registrations picks it up.');
    return null;
  }
  const session = workbook();
  const eventId = eventOfForm(session, e.source.getId());
  const received = receivedResponse(e.response);
  if (!eventId) return { responseId: received.id, status: 'not an event form' };
  return session.write(() => applyRegistration(session, eventId, received), TRIGGER_LOCK_WAIT_MS);
}

/**
 * Sidebar action and sweep: applies every response of the event's form not applied yet (one applied already is
 * found by its id and left). https://developers.google.com/apps-script/reference/forms/form#getResponses()
 */
export function applyRegistrations(eventId: string): { checked: number; applied: number } {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'manage events');
  return session.write(() => applyRegistrations_(session, eventId));
}

/** Applies the responses of one event's form not applied yet (call under the lock). */
export function applyRegistrations_(
  session: WorkbookSession,
  eventId: string,
): { checked: number; applied: number } {
  const event = eventRecord(session, eventId);
  const formId = String(event.values['registrationFormId'] ?? '');
  const out = { checked: 0, applied: 0 };
  if (!formId) return out;
  for (const r of FormApp.openById(formId).getResponses()) {
    out.checked++;
    if (applyRegistration(session, eventId, receivedResponse(r)).status !== 'already applied') out.applied++;
  }
  return out;
}
