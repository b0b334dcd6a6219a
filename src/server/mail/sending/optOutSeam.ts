// The recipient's signed opt-out link for a mailing message (issue 12 item 8: optOutLinks.ts of helper h12b).

import type { WorkbookSession } from '../../store/session';
import { optOutLinkFor } from '../optOutLinks';

/**
 * The opt-out link of one recipient, or null when it cannot be made now (the script is no longer deployed as a
 * web app): the send is then held back in the queue, never sent with a dead link.
 */
export function optOutUrl_(
  session: WorkbookSession,
  recipient: { email: string; contactId: string | null; mailingId: string; language: string },
): string | null {
  try {
    return optOutLinkFor(session, recipient);
  } catch {
    return null;
  }
}
