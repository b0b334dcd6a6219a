// How a mailing's message leaves and is found again: the Gmail advanced service's send, and a sent-folder search.

import { type Base64, composeMailingMessage, type MailingMessage } from '../../../core/mail/sendQueueMime';

const utf8Base64: Base64 = (text) => Utilities.base64Encode(text, Utilities.Charset.UTF_8);

/**
 * Sends one message and returns Gmail's message id. The advanced service, not MailApp or GmailApp: it returns the
 * id, carries any header (List-Unsubscribe, our own Message-ID as the unique reference) and keeps emoji intact.
 * https://developers.google.com/gmail/api/reference/rest/v1/users.messages/send ("raw": the entire email message
 * in an RFC 2822 formatted and base64url encoded string), https://developers.google.com/apps-script/advanced/gmail
 */
export function sendMailingMessage_(m: MailingMessage): string {
  const raw = Utilities.base64EncodeWebSafe(composeMailingMessage(m, utf8Base64), Utilities.Charset.UTF_8);
  // `Gmail` exists when appsscript.json enables the advanced service (it does: enabledAdvancedServices).
  const sent = Gmail!.Users!.Messages!.send({ raw }, 'me');
  return String(sent.id ?? '');
}

/**
 * The Gmail id of the sent message carrying `reference`, or null when the search does not find it (yet: Gmail's
 * index is believed to lag behind a send, so a miss is retried in later runs before anyone is asked).
 * https://developers.google.com/apps-script/reference/gmail/gmail-app#search(String,Integer,Integer),
 * rfc822msgid: https://support.google.com/mail/answer/7190
 */
export function findSent_(reference: string): string | null {
  const threads = GmailApp.search(`in:anywhere rfc822msgid:${reference.replace(/^<|>$/g, '')}`, 0, 1);
  for (const t of threads)
    for (const m of t.getMessages()) {
      const id = m.getId();
      if (id) return id;
    }
  return null;
}

/** Recipients one message counts against the daily quota: To, then each CC and BCC. */
export function recipientsPerMessage_(cc: readonly string[], bcc: readonly string[]): number {
  return 1 + cc.length + bcc.length;
}

/** The day's remaining recipients ("Returns the number of remaining emails a user can send for the rest of the
 * day"): https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota() */
export function remainingQuota_(): number {
  return MailApp.getRemainingDailyQuota();
}

export type { MailingMessage };
