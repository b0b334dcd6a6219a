// A mailing's Drive files as a sending run carries them: read once per run, attachments as MIME parts, links as text,
// and the inline images and attachments each template variant carries (its Files, from a Gmail draft); the same
// files for a test send.

import type { MailingFile } from '../../../core/mail/attachmentCheck';
import type { LinkedFile } from '../../../core/mail/linkedFiles';
import type { MimePart } from '../../../core/mail/sendQueueMime';
import type { TemplateFamily } from '../../../core/mail/templateRows';
import { UserError } from '../../../core/messages';
import type { WorkbookSession } from '../../store/session';
import { attachmentsForSend, linkedFilesFor } from '../attachments';
import type { MessageFiles } from '../trackedMail';

export interface MailingFiles {
  readonly parts: readonly MimePart[];
  readonly links: readonly LinkedFile[];
  /** The variant's own parts by language: inline images (with their cid) and attachments. */
  readonly byLanguage: Readonly<Record<string, readonly MimePart[]>>;
  /** Why the files cannot be carried now (a file deleted or unshared since the start): the sends wait. */
  readonly problem: string | null;
}

function partOf(blob: GoogleAppsScript.Base.Blob, name: string | null, cid: string | null): MimePart {
  return {
    name: name || blob.getName() || 'attachment',
    contentType: blob.getContentType() ?? 'application/octet-stream',
    base64: Utilities.base64Encode(blob.getBytes()),
    cid,
  };
}

/** One Drive read per file per run, whatever the number of recipients. */
function variantParts_(family: TemplateFamily | null): Record<string, MimePart[]> {
  const out: Record<string, MimePart[]> = {};
  if (!family) return out;
  for (const language of Object.keys(family.files))
    out[language] = (family.files[language] ?? []).map((f) =>
      partOf(DriveApp.getFileById(f.fileId).getBlob(), f.name, f.cid),
    );
  return out;
}

export function mailingFilesForRun_(
  session: WorkbookSession,
  mailingId: string,
  family: TemplateFamily | null = null,
): MailingFiles {
  try {
    const parts = attachmentsForSend(session, mailingId).map((blob) => partOf(blob, null, null));
    return {
      parts,
      links: linkedFilesFor(session, mailingId),
      byLanguage: variantParts_(family),
      problem: null,
    };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      parts: [],
      links: [],
      byLanguage: {},
      problem: `a file of the mailing cannot be opened now (${why})`,
    };
  }
}

/**
 * The files a test send carries, as a real send of `language` would (MailApp's `attachments` and `inlineImages`
 * options): the variant's own images inline by their cid and its attachments, then the mailing's attached Drive
 * files. A file that cannot be opened refuses the test, naming it, before anything is recorded or sent.
 * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
 */
export function testSendFiles_(
  family: TemplateFamily,
  language: string,
  mailingFiles: readonly MailingFile[],
): MessageFiles {
  const open = (fileId: string) => {
    try {
      return DriveApp.getFileById(fileId).getBlob();
    } catch {
      throw new UserError('mail.file.unreadable', { id: fileId });
    }
  };
  const attachments: GoogleAppsScript.Base.Blob[] = [];
  const inlineImages: Record<string, GoogleAppsScript.Base.Blob> = {};
  for (const f of family.files[language] ?? []) {
    const blob = f.name ? open(f.fileId).setName(f.name) : open(f.fileId);
    if (f.cid === null) attachments.push(blob);
    else inlineImages[f.cid] = blob;
  }
  for (const f of mailingFiles) if (f.use === 'attach') attachments.push(open(f.fileId));
  return { attachments, inlineImages };
}
