// The mailing sidebar's Drive file chooser (issue 12 item 5): a pasted link or ID read from Drive, so the sidebar
// shows the file's name and size before the check, or says the account cannot open it.

import { UserError } from '../../core/messages';
import { requireRole } from '../access/roles';
import { workbook } from '../store/session';
import { DISSEMINATORS } from './disseminationAccess';

export interface MailingFileInfo {
  fileId: string;
  readable: boolean;
  name: string;
  mimeType: string;
  size: number;
}

const ID = /^[A-Za-z0-9_-]{10,100}$/;

/** The file ID in a Drive link (…/d/ID/…, ?id=ID) or a bare ID; '' when the text holds none. */
export function driveFileId_(text: string): string {
  const s = String(text).trim();
  if (ID.test(s)) return s;
  const m = /\/d\/([A-Za-z0-9_-]{10,100})/.exec(s) ?? /[?&]id=([A-Za-z0-9_-]{10,100})/.exec(s);
  return m ? m[1]! : '';
}

/** Reads one pasted Drive file for the sidebar's list; a file the account cannot open comes back unreadable. */
export function lookupMailingFile(reference: string): MailingFileInfo {
  requireRole(workbook(), DISSEMINATORS, 'prepare mailings');
  const fileId = driveFileId_(String(reference ?? ''));
  if (fileId === '') throw new UserError('mail.file.badReference');
  try {
    const file = DriveApp.getFileById(fileId);
    return {
      fileId,
      readable: true,
      name: file.getName(),
      mimeType: file.getMimeType(),
      size: file.getSize(),
    };
  } catch {
    return { fileId, readable: false, name: '', mimeType: '', size: 0 };
  }
}
