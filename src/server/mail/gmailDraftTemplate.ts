// A chosen Gmail draft made into a mailing template (issue 12 item 1): its subject, HTML and plain bodies become a
// Templates row (tokens checked like any template's), its inline images and attachments Drive files the row names
// (Files), so every message of a mailing carries them byte for byte, images inline by their cid.

import { TEMPLATES } from '../../../sheets-templates';
import type { RawFilePart } from '../../core/mail/mimeParts';
import type { TemplateFile } from '../../core/mail/templateRows';
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

/** Each file part saved as a Drive file in the user's root (DriveApp.createFile(blob):
 * https://developers.google.com/apps-script/reference/drive/drive-app#createFile(BlobSource)). */
function saveFiles_(files: readonly RawFilePart[]): TemplateFile[] {
  return files.map((p) => {
    const blob = Utilities.newBlob(Utilities.base64Decode(p.base64), p.contentType, p.name);
    return { fileId: DriveApp.createFile(blob).getId(), name: p.name, cid: p.cid };
  });
}

/**
 * Adds the Gmail draft `draftId` as the `language` variant of template `name` (active, purpose newsletter), its
 * images and attachments saved to Drive and named in the row's Files. Refused, naming the reason, when a token is
 * unknown, an image is missing or a part cannot be copied intact, or when that variant exists already.
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
  const { content: c, files } = readGmailDraft_(draftId.trim());
  if (c.problems.length > 0) throw new UserError('mail.gmailDraft.refused', { detail: c.problems[0]! });
  return session.write(() => {
    const lower = templateName.toLowerCase();
    const taken = templateRows(session).some((r) => r.name.toLowerCase() === lower && r.language === lang);
    if (taken) throw new UserError('mail.gmailDraft.taken', { name: templateName, language: lang });
    // Saved only once the row can be written; a run stopped here leaves unreferenced files, never a row without them.
    const saved = saveFiles_(files);
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
          files: saved,
          notes: `From the Gmail draft “${c.subject}”`,
        },
      ],
      { summary: `Template "${templateName}" (${lang}) from a Gmail draft` },
    )[0]!;
    return {
      templateId: row.id,
      templateName,
      language: lang,
      message: message('mail.gmailDraft.made', { name: templateName, language: lang, files: saved.length }),
    };
  });
}
