// Each invited contact's own pre-filled registration link, for a mailing whose audience is an event's participants.

import { EVENTS, PARTICIPANTS } from '../../../sheets-templates';
import { REGISTRATION_QUESTIONS } from '../../../sheets-templates/forms/eventRegistration';
import type { WorkbookSession } from '../store/session';

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * The registration link of every contact listed on one of `eventIds`, by contact id (the first event listed wins
 * when a contact is on several). An event without a registration form gives no links, so a template that uses
 * {{RegistrationLink}} is stopped by the mailing check before the first send. Reads the events' own Participants
 * rows (a keyed search) and opens each event's form once.
 * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
 */
export function registrationLinks_(
  session: WorkbookSession,
  eventIds: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  if (eventIds.length === 0) return out;
  const pt = session.table(PARTICIPANTS);
  const et = session.table(EVENTS);
  if (!pt.exists() || !et.exists()) return out;
  const forms: Record<string, string> = {};
  for (const r of et.findRows('id', [...eventIds]))
    forms[text(et.cell(r, 'id'))] = text(et.cell(r, 'registrationFormId'));
  const title = REGISTRATION_QUESTIONS[0]!.title;
  const rows = pt.findRows('eventId', [...eventIds]);
  for (const eventId of eventIds) {
    const formId = forms[eventId] ?? '';
    if (formId === '') continue;
    const form = FormApp.openById(formId);
    const item = form.getItems(FormApp.ItemType.TEXT).find((i) => i.getTitle() === title);
    if (!item) continue;
    for (const r of rows) {
      const contactId = text(pt.cell(r, 'contactId'));
      if (contactId === '' || out[contactId] !== undefined || text(pt.cell(r, 'eventId')) !== eventId)
        continue;
      out[contactId] = form
        .createResponse()
        .withItemResponse(item.asTextItem().createResponse(text(pt.cell(r, 'id'))))
        .toPrefilledUrl();
    }
  }
  return out;
}
