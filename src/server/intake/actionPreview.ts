// What a coordinator action will send, before it is confirmed: recipients, the email by its name, and its language.

import { EMAIL_TEMPLATES, type EmailTemplateKey } from '../../../sheets-templates/emails';
import { renderEmail } from '../../core/mail/renderEmail';
import { isValidEmail } from '../../core/schema/text';
import { builtInTemplate } from '../mail/templateCatalog';
import { workbook } from '../store/session';
import { welcomeRecipients_ } from './approveApplication';
import { currentRecord, requireReviewer } from './stageActions';

/** The actions that send email at once and so ask for confirmation in the review sidebar. */
export type PreviewedAction = 'sendLink' | 'approve';

export interface ActionPreview {
  id: string;
  action: PreviewedAction;
  /** The template's key and its name as people know it ("Welcome to the network"), never the key alone. */
  templateKey: EmailTemplateKey;
  templateName: string;
  /** The language the email will be written in (the applicant's, or the fallback when the template lacks it). */
  language: string;
  subject: string;
  recipients: string[];
}

const TEMPLATE_OF: Record<PreviewedAction, EmailTemplateKey> = {
  sendLink: 'applicationInvitation',
  approve: 'welcome',
};

/**
 * Sidebar call: what Send link or Approve would send for this application, without sending or changing anything.
 * The subject is rendered with the real fields, so its language is the one the email will use.
 */
export function previewApplicationAction(id: string, action: PreviewedAction): ActionPreview {
  const session = workbook();
  requireReviewer(session, 'review applications');
  if (action !== 'sendLink' && action !== 'approve') throw new Error(`Unknown action "${String(action)}".`);
  const rec = currentRecord(session, id);
  const v = rec.values;
  const templateKey = TEMPLATE_OF[action];
  const settings = session.settings().settings;
  const submitter = String(v['submitterEmail'] ?? '');
  const recipients =
    action === 'approve'
      ? welcomeRecipients_(v).map((p) => p.email)
      : isValidEmail(submitter)
        ? [submitter]
        : [];
  const email = renderEmail(
    templateKey,
    String(v['language'] ?? ''),
    {
      SenderName: settings.senderName,
      Name: String(v['submitterName'] ?? ''),
      City: String(v['cityName'] ?? ''),
      ApplicationId: rec.id,
      ApplicationFormLink: 'https://docs.google.com/forms/',
      TermsOfReferenceLink: settings.termsOfReferenceUrl,
      OnlineHubLink: settings.onlineHubUrl,
    },
    { catalog: { [templateKey]: builtInTemplate(session, templateKey).template } },
  );
  return {
    id: rec.id,
    action,
    templateKey,
    templateName: EMAIL_TEMPLATES[templateKey].name,
    language: email.language,
    subject: email.subject,
    recipients,
  };
}
