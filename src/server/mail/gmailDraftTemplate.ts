// A chosen Gmail draft made into a mailing template (issue 12 item 1): its subject, HTML and plain bodies become a
// Templates row (tokens checked like any template's), which the mailing then uses like any other template.

import { TEMPLATES } from '../../../sheets-templates';
import { message, UserError } from '../../core/messages';
import { requireRole } from '../access/roles';
import { workbook } from '../store/session';
import { DISSEMINATORS } from './disseminationAccess';
import { readGmailDraft_ } from './gmailDraftSource';
import { templateRows } from './templateCatalog';

export interface DraftTemplateResult {
  templateId: string;
  templateName: string;
  language: string;
  message: string;
}

/**
 * Adds the Gmail draft `draftId` as the `language` variant of template `name` (active, purpose newsletter). Refused,
 * naming the reason, when a token is unknown, when that variant exists already, or when the draft carries inline
 * images or attachments: those are not carried over from a draft yet, and a template without them would lose them.
 */
export function templateFromGmailDraft(
  draftId: unknown,
  name: unknown,
  language: unknown,
): DraftTemplateResult {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'prepare mailings');
  const templateName = String(name ?? '').trim();
  if (templateName === '' || templateName.length > 120 || /[\r\n]/.test(templateName))
    throw new UserError('mail.gmailDraft.name');
  const languages = session.settings().settings.languages;
  const lang = String(language ?? '').trim();
  if (languages.indexOf(lang) < 0)
    throw new UserError('mail.gmailDraft.language', { languages: languages.join(', ') });
  if (typeof draftId !== 'string' || draftId.trim() === '')
    throw new UserError('mail.gmailDraft.missing', { id: String(draftId ?? '') });
  const c = readGmailDraft_(draftId.trim());
  if (c.problems.length > 0) throw new UserError('mail.gmailDraft.refused', { detail: c.problems[0]! });
  if (c.inlineImages.length + c.attachments.length > 0)
    throw new UserError('mail.gmailDraft.files', {
      subject: c.subject,
      images: c.inlineImages.length,
      files: c.attachments.length,
    });
  return session.write(() => {
    const lower = templateName.toLowerCase();
    const taken = templateRows(session).some((r) => r.name.toLowerCase() === lower && r.language === lang);
    if (taken) throw new UserError('mail.gmailDraft.taken', { name: templateName, language: lang });
    const row = session.table(TEMPLATES).insert(
      [
        {
          name: templateName,
          purpose: 'newsletter',
          language: lang,
          subject: c.subject,
          body: c.plainBody,
          htmlBody: c.htmlBody,
          active: true,
          notes: `From the Gmail draft “${c.subject}”`,
        },
      ],
      { summary: `Template "${templateName}" (${lang}) from a Gmail draft` },
    )[0]!;
    return {
      templateId: row.id,
      templateName,
      language: lang,
      message: message('mail.gmailDraft.made', { name: templateName, language: lang }),
    };
  });
}
