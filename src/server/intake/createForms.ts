// Setup creates the enquiry and application Google Forms from their definitions, linked to this workbook.

import {
  APPLICATION_FORM,
  type ChoiceLists,
  ENQUIRY_FORM,
  type FormDef,
  type QuestionDef,
  resolveChoices,
  type Validation,
} from '../../../sheets-templates/forms';
import { message } from '../../core/messages';
import type { WorkbookSession } from '../store/session';

/** Document properties holding each form's id (read by setup/triggers.ts for the form-submit triggers). */
export const FORM_ID_PROPERTY = { enquiry: 'scn.form.enquiry', application: 'scn.form.application' } as const;
/** The item id of the application form's reference question, for pre-filled links. */
export const REFERENCE_ITEM_PROPERTY = 'scn.form.application.referenceItem';

export type FormKind = keyof typeof FORM_ID_PROPERTY;

type Form = GoogleAppsScript.Forms.Form;

/**
 * A Forms question holds one validation rule (TextItem.setValidation replaces the previous one), so the
 * strongest applicable check is chosen; intake checks every rule again on arrival.
 * https://developers.google.com/apps-script/reference/forms/text-validation-builder
 */
function mainRule(validations: readonly Validation[]): Validation | undefined {
  const order: Validation['kind'][] = ['email', 'pattern', 'number', 'maxLength'];
  for (const kind of order) {
    const v = validations.find((x) => x.kind === kind);
    if (v) return v;
  }
  return undefined;
}

function textValidation(rule: Validation): GoogleAppsScript.Forms.TextValidation {
  const b = FormApp.createTextValidation();
  switch (rule.kind) {
    case 'email':
      return b.requireTextIsEmail().setHelpText('Please enter a valid email address.').build();
    case 'pattern':
      return b.requireTextMatchesPattern(rule.pattern).setHelpText(rule.message).build();
    case 'number':
      // requireNumber is the documented number check; whole numbers and the minimum are checked on arrival.
      return b.requireNumber().setHelpText('Please enter a number, digits only.').build();
    case 'maxLength':
      return b
        .requireTextLengthLessThanOrEqualTo(rule.max)
        .setHelpText(`At most ${rule.max} characters.`)
        .build();
  }
}

function addQuestion(form: Form, q: QuestionDef, lists: ChoiceLists): void {
  const labels = q.choices ? resolveChoices(q.choices, lists).map((c) => c.label) : [];
  const rule = mainRule(q.validations);
  switch (q.type) {
    case 'text': {
      const item = form.addTextItem().setTitle(q.title).setHelpText(q.helpText).setRequired(q.required);
      if (rule) item.setValidation(textValidation(rule));
      return;
    }
    case 'paragraph': {
      const item = form
        .addParagraphTextItem()
        .setTitle(q.title)
        .setHelpText(q.helpText)
        .setRequired(q.required);
      if (rule?.kind === 'maxLength') {
        item.setValidation(
          FormApp.createParagraphTextValidation()
            .requireTextLengthLessThanOrEqualTo(rule.max)
            .setHelpText(`At most ${rule.max} characters.`)
            .build(),
        );
      }
      return;
    }
    case 'list':
      form
        .addListItem()
        .setTitle(q.title)
        .setHelpText(q.helpText)
        .setRequired(q.required)
        .setChoiceValues(labels);
      return;
    case 'multipleChoice':
      form
        .addMultipleChoiceItem()
        .setTitle(q.title)
        .setHelpText(q.helpText)
        .setRequired(q.required)
        .setChoiceValues(labels);
      return;
    case 'checkbox':
      form
        .addCheckboxItem()
        .setTitle(q.title)
        .setHelpText(q.helpText)
        .setRequired(q.required)
        .setChoiceValues(labels);
      return;
    default:
      throw new Error(`Form question "${q.title}": type ${q.type} is not used by the intake forms.`);
  }
}

const NOTICE_LINE = '\n\nPrivacy notice: ';

/** A form description ending with the privacy notice line (replaced when there; removed when no link is set). */
export function withPrivacyNotice(description: string, url: string | null): string {
  const at = description.indexOf(NOTICE_LINE);
  const base = at < 0 ? description : description.slice(0, at);
  return url ? base + NOTICE_LINE + url : base;
}

/** Builds one form: its sections as page breaks (the first as a header), then each question. */
export function buildForm(def: FormDef, lists: ChoiceLists, privacyNoticeUrl: string | null): Form {
  // The privacy notice (Settings › Privacy notice link, issue 13) closes the description, which the form shows
  // above its first question.
  // https://developers.google.com/apps-script/reference/forms/form-app#create(String)
  const form = FormApp.create(def.title)
    .setDescription(withPrivacyNotice(def.description, privacyNoticeUrl))
    .setConfirmationMessage(def.confirmationMessage);
  def.sections.forEach((section, i) => {
    const header = i === 0 ? form.addSectionHeaderItem() : form.addPageBreakItem();
    header.setTitle(section.title).setHelpText(section.description);
    for (const q of section.questions) addQuestion(form, q, lists);
  });
  return form;
}

/**
 * A form made before the Settings link was set (or changed) gets its privacy notice line now; the rest of the
 * description, which a coordinator may have edited in Forms, is kept. A form that cannot be opened is left alone
 * (the sweep reports missing forms).
 * https://developers.google.com/apps-script/reference/forms/form#getDescription()
 */
function refreshPrivacyNotice(formId: string, url: string | null, changes: string[]): void {
  let form: Form;
  try {
    form = FormApp.openById(formId);
  } catch (_e) {
    return;
  }
  const now = form.getDescription();
  const wanted = withPrivacyNotice(now, url);
  if (wanted === now) return;
  form.setDescription(wanted);
  changes.push(message('setup.privacyNoticeLinked', { title: form.getTitle() }));
}

/**
 * Creates each form that does not exist yet and links it to this workbook: Google Forms then appends every
 * response to its own new "Form Responses N" tab, which the CRM only reads
 * (https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)).
 * A form already recorded in the document properties is left as it is, so setup can run again.
 */
export function ensureIntakeForms(
  session: WorkbookSession,
  lists: ChoiceLists,
  stored: Readonly<Record<string, string>>,
  changes: string[],
  privacyNoticeUrl: string | null = null,
): void {
  const props = session.properties();
  for (const def of [ENQUIRY_FORM, APPLICATION_FORM]) {
    const property = FORM_ID_PROPERTY[def.key as FormKind];
    if (stored[property]) {
      refreshPrivacyNotice(stored[property]!, privacyNoticeUrl, changes);
      continue;
    }
    const form = buildForm(def, lists, privacyNoticeUrl);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, session.spreadsheet.getId());
    props.setProperty(property, form.getId());
    if (def.key === 'application') {
      const reference = form
        .getItems(FormApp.ItemType.TEXT)
        .find((item) => item.getTitle() === APPLICATION_FORM.sections[0]!.questions[0]!.title);
      if (reference) props.setProperty(REFERENCE_ITEM_PROPERTY, String(reference.getId()));
    }
    changes.push(message('setup.formCreated', { title: def.title, url: form.getPublishedUrl() }));
  }
}
