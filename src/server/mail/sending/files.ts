// A mailing's Drive files as a sending run carries them: read once per run, attachments as MIME parts, links as text.

import type { LinkedFile } from '../../../core/mail/linkedFiles';
import type { MimePart } from '../../../core/mail/sendQueueMime';
import type { WorkbookSession } from '../../store/session';
import { attachmentsForSend, linkedFilesFor } from '../attachments';

export interface MailingFiles {
  readonly parts: readonly MimePart[];
  readonly links: readonly LinkedFile[];
  /** Why the files cannot be carried now (a file deleted or unshared since the start): the sends wait. */
  readonly problem: string | null;
}

export function mailingFilesForRun_(session: WorkbookSession, mailingId: string): MailingFiles {
  try {
    const parts = attachmentsForSend(session, mailingId).map((blob) => {
      return {
        name: blob.getName() ?? 'attachment',
        contentType: blob.getContentType() ?? 'application/octet-stream',
        base64: Utilities.base64Encode(blob.getBytes()),
      };
    });
    return { parts, links: linkedFilesFor(session, mailingId), problem: null };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { parts: [], links: [], problem: `a file of the mailing cannot be opened now (${why})` };
  }
}
