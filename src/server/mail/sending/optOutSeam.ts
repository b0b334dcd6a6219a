// The recipient's signed opt-out link for a mailing message (issue 12 item 8, made by optOutLinks.ts of helper h12b).

import type { WorkbookSession } from '../../store/session';

/**
 * The opt-out link of one recipient, or null while the web app's signed links are not wired in: the message then
 * carries no footer link and no List-Unsubscribe header. Once `optOutLinkFor` lands this returns
 * `optOutLinkFor(session, recipient)`.
 */
export function optOutUrl_(
  _session: WorkbookSession,
  _recipient: { email: string; contactId: string | null; mailingId: string },
): string | null {
  return null;
}
