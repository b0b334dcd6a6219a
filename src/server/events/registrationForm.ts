// The per-event registration form, made on demand, and each participant's pre-filled registration link.

import { EVENTS } from '../../../sheets-templates';
import {
  eventRegistrationForm,
  REGISTRATION_QUESTIONS,
} from '../../../sheets-templates/forms/eventRegistration';
import { UserError } from '../../core/messages';
import { formatIsoDate } from '../../core/schema/cells';
import { requireRole } from '../access/roles';
import { buildForm } from '../intake/createForms';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import type { StoredRecord } from '../store/table';
import { eventRecord } from './eventData';

/** Document property prefix: `scn.form.event.<formId>` holds the event id a registration form belongs to. */
export const EVENT_FORM_PROPERTY_PREFIX = 'scn.form.event.';
export const REGISTRATION_HANDLER = 'onEventRegistrationSubmit';

export interface RegistrationFormInfo {
  formId: string;
  url: string;
  created: boolean;
}

/**
 * Makes the event's registration form once (its language question lists the event's working languages), links its
 * responses to this workbook and installs its form-submit trigger; an event that has one keeps it.
 * https://developers.google.com/apps-script/reference/forms/form-app#create(String)
 * https://developers.google.com/apps-script/reference/script/trigger-builder#forForm(Form)
 */
export function createRegistrationForm(eventId: string): RegistrationFormInfo {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'manage events');
  return session.write(() => {
    const event = eventRecord(session, eventId);
    const existing = String(event.values['registrationFormId'] ?? '');
    if (existing)
      return { formId: existing, url: FormApp.openById(existing).getPublishedUrl(), created: false };
    const { settings } = session.settings();
    const languages = (event.values['languages'] as string[] | null) ?? [];
    const start =
      event.values['startsOn'] instanceof Date ? formatIsoDate(event.values['startsOn'] as Date) : '';
    const def = eventRegistrationForm(String(event.values['name']), start);
    const form = buildForm(
      def,
      { topics: [], languages: languages.length > 0 ? languages : settings.languages },
      settings.privacyNoticeUrl,
    );
    form.setDestination(FormApp.DestinationType.SPREADSHEET, session.spreadsheet.getId());
    ScriptApp.newTrigger(REGISTRATION_HANDLER).forForm(form).onFormSubmit().create();
    session.properties().setProperty(EVENT_FORM_PROPERTY_PREFIX + form.getId(), event.id);
    session.table(EVENTS).update(event.id, { registrationFormId: form.getId() }, event.version, {
      summary: `Registration form created for ${event.id}`,
    });
    return { formId: form.getId(), url: form.getPublishedUrl(), created: true };
  });
}

/**
 * The form's URL with the participant's reference answered.
 * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
 */
export function registrationLink_(event: StoredRecord, participantId: string): string {
  const formId = String(event.values['registrationFormId'] ?? '');
  if (!formId) throw new UserError('events.noRegistrationForm');
  const form = FormApp.openById(formId);
  const title = REGISTRATION_QUESTIONS[0]!.title;
  const item = form.getItems(FormApp.ItemType.TEXT).find((i) => i.getTitle() === title);
  if (!item) throw new UserError('events.noRegistrationForm');
  return form
    .createResponse()
    .withItemResponse(item.asTextItem().createResponse(participantId))
    .toPrefilledUrl();
}

/** The event a registration form belongs to, from its document property. */
export function eventOfForm(session: WorkbookSession, formId: string): string | null {
  return session.properties().getProperty(EVENT_FORM_PROPERTY_PREFIX + formId);
}

/** Sidebar action: the pre-filled link of one participant (to paste in a personal message). */
export function getRegistrationLink(eventId: string, participantId: string): string {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'manage events');
  return registrationLink_(eventRecord(session, eventId), participantId);
}
