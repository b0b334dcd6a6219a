// A mailing's Drive files (issue 12 item 5): their facts read from Drive for the check before the first send, and
// the blobs and links each message carries.

import { MAILINGS } from '../../../sheets-templates';
import {
  checkMailingFiles,
  type FileFacts,
  type FileProblem,
  type MailingFile,
  megabytes,
} from '../../core/mail/attachmentCheck';
import { parseMailingDraft } from '../../core/mail/mailingDraft';
import { message } from '../../core/messages';
import type { WorkbookSession } from '../store/session';

/** One Drive call per fact: a mailing names a few files, so this stays small whatever the audience. */
function factsOf(f: MailingFile): FileFacts {
  try {
    const file = DriveApp.getFileById(f.fileId);
    const people = [...file.getEditors(), ...file.getViewers()].map((u) => u.getEmail());
    return {
      ...f,
      readable: true,
      name: file.getName(),
      mimeType: file.getMimeType(),
      size: file.getSize(),
      url: file.getUrl(),
      owner: file.getOwner()?.getEmail() ?? '',
      access: String(file.getSharingAccess()),
      permission: String(file.getSharingPermission()),
      people,
    };
  } catch {
    // Deleted, or not shared with the account preparing the mailing: Drive says which only in its message.
    const blank = {
      name: '',
      mimeType: '',
      size: 0,
      url: '',
      owner: '',
      access: '',
      permission: '',
      people: [],
    };
    return { ...f, readable: false, ...blank };
  }
}

export function readMailingFiles_(files: readonly MailingFile[]): FileFacts[] {
  return files.map(factsOf);
}

const LISTED = 10;

function problemText(p: FileProblem): string {
  switch (p.kind) {
    case 'unreadable':
      return message('mail.file.unreadable', { id: p.fileId });
    case 'googleType':
      return message('mail.file.googleType', { name: p.name });
    case 'tooLarge':
      return message('mail.file.tooLarge', { total: megabytes(p.total) });
    case 'tooMany':
      return message('mail.file.tooMany', { count: p.count });
    case 'notShared': {
      const more = p.emails.length > LISTED ? ', …' : '';
      const emails = p.emails.slice(0, LISTED).join(', ') + more;
      return message('mail.file.notShared', { name: p.name, n: p.emails.length, emails });
    }
  }
}

/**
 * The reader's sentences for every file problem that stops the mailing (none when it names no file). `variants`
 * are the files each template variant carries (from a Gmail draft): each message carries the mailing's attachments
 * and its variant's, so the per-message limits are checked for every variant.
 */
export function mailingFileProblems_(
  files: readonly MailingFile[],
  recipients: readonly string[],
  variants: readonly (readonly MailingFile[])[] = [],
): string[] {
  if (files.length === 0 && variants.every((v) => v.length === 0)) return [];
  const facts = readMailingFiles_(files);
  const out = checkMailingFiles(facts, recipients).map(problemText);
  const attached = facts.filter((f) => f.use === 'attach');
  for (const v of variants) {
    if (v.length === 0) continue;
    for (const p of checkMailingFiles([...attached, ...readMailingFiles_(v)], []).map(problemText))
      if (out.indexOf(p) < 0) out.push(p);
  }
  return out;
}

/** The files a saved mailing names (its Attachments cell); none when the cell is empty or unreadable. */
export function mailingFiles_(session: WorkbookSession, mailingId: string): MailingFile[] {
  const table = session.table(MAILINGS);
  const values = table.get(mailingId).values;
  const parsed = parseMailingDraft({ name: '', templateName: '', attachments: values['attachments'] ?? [] });
  return parsed.ok ? parsed.draft.attachments.slice() : [];
}

/**
 * The attachments of every message of a mailing, for the sending run: one blob per attached file, read once per
 * execution (the run passes the same array to each send). Throws when a file can no longer be read, so the run
 * stops before sending a message without its attachment.
 */
export function attachmentsForSend(
  session: WorkbookSession,
  mailingId: string,
): GoogleAppsScript.Base.Blob[] {
  return mailingFiles_(session, mailingId)
    .filter((f) => f.use === 'attach')
    .map((f) => DriveApp.getFileById(f.fileId).getBlob());
}

/** The linked files of a mailing, name and URL, for the sending run to write into each message. */
export function linkedFilesFor(session: WorkbookSession, mailingId: string): { name: string; url: string }[] {
  return mailingFiles_(session, mailingId)
    .filter((f) => f.use === 'link')
    .map((f) => {
      const file = DriveApp.getFileById(f.fileId);
      return { name: file.getName(), url: file.getUrl() };
    });
}
