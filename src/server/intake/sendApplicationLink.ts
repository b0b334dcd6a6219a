// Coordinator action: email the application form link, pre-filled with the application id, in one click.

import { workbook } from '../store/session';
import { FORM_ID_PROPERTY, REFERENCE_ITEM_PROPERTY } from './createForms';
import {
  type ActionResult,
  actionResult,
  currentRecord,
  emailApplicant,
  moveStage,
  requireReviewer,
} from './stageActions';

/**
 * The application form's URL with the reference answered: a response built with the reference item's answer
 * and turned into a pre-filled link.
 * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
 */
export function prefilledApplicationLink_(props: GoogleAppsScript.Properties.Properties, id: string): string {
  const formId = props.getProperty(FORM_ID_PROPERTY.application);
  const itemId = props.getProperty(REFERENCE_ITEM_PROPERTY);
  if (!formId || !itemId) {
    throw new Error(
      'The application form does not exist yet: run SCN CRM › Data › Set up or repair workbook.',
    );
  }
  const form = FormApp.openById(formId);
  const item = form.getItemById(Number(itemId));
  if (!item) throw new Error('The application form has lost its reference question: run setup again.');
  return form.createResponse().withItemResponse(item.asTextItem().createResponse(id)).toPrefilledUrl();
}

/** Sidebar action: sends the link and moves the application to "application form sent" (resending repeats it). */
export function sendApplicationLink(id: string, version?: number | null): ActionResult {
  const session = workbook();
  requireReviewer(session, 'send application forms');
  return session.write(() => {
    const rec = currentRecord(session, id, version);
    const link = prefilledApplicationLink_(session.properties(), rec.id);
    const moved = moveStage(session, rec, 'application form sent');
    const sentAt = moved.values['formSentAt'] as Date;
    const outcome = emailApplicant(session, moved, 'applicationInvitation', sentAt.toISOString(), {
      ApplicationFormLink: link,
    });
    return actionResult(session, moved, [outcome]);
  });
}
