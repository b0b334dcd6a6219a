// Setup creates the needs-and-practice survey form (issue 14) from its definition, linked to this workbook.

import { message } from '../../core/messages';
import { surveyFormFor } from '../../core/peers/needsSurvey';
import { buildForm } from '../intake/createForms';
import type { WorkbookSession } from '../store/session';

/** Document property holding the survey form's id (read by setup/triggers.ts for its form-submit trigger). */
export const SURVEY_FORM_PROPERTY = 'scn.form.needsSurvey';
/** The item id of the survey's City reference question, for links pre-filled with a city's id. */
export const SURVEY_CITY_ITEM_PROPERTY = 'scn.form.needsSurvey.cityItem';

/**
 * Creates the survey once, with one priority question per Settings topic as they are now; a form already recorded
 * is left as it is (a coordinator may have edited it in Forms), so setup can run again. Responses land in their own
 * "Form Responses N" tab, which the CRM only reads.
 * https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
 */
export function ensureNeedsSurveyForm(
  session: WorkbookSession,
  lists: { topics: readonly string[]; languages: readonly string[] },
  stored: Readonly<Record<string, string>>,
  changes: string[],
  privacyNoticeUrl: string | null,
): void {
  if (stored[SURVEY_FORM_PROPERTY]) return;
  const def = surveyFormFor(lists);
  const form = buildForm(def, lists, privacyNoticeUrl);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, session.spreadsheet.getId());
  const props = session.properties();
  props.setProperty(SURVEY_FORM_PROPERTY, form.getId());
  const refTitle = def.sections[0]!.questions[0]!.title;
  const ref = form.getItems(FormApp.ItemType.TEXT).find((item) => item.getTitle() === refTitle);
  if (ref) props.setProperty(SURVEY_CITY_ITEM_PROPERTY, String(ref.getId()));
  changes.push(message('setup.formCreated', { title: def.title, url: form.getPublishedUrl() }));
}
