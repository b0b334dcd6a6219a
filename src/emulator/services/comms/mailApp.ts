// MailApp: sends email on the user's behalf (https://developers.google.com/apps-script/reference/mail/mail-app).
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { buildMessage, deliver, type MailOptions } from './mailMessage';
import type { MailStore } from './mailStore';

export class MailAppService extends ServiceObject {
  readonly _type = 'MailApp';
  readonly _service = 'MailApp';

  constructor(
    g: GoogleBackend,
    private readonly _store: MailStore,
  ) {
    super(g);
  }

  /**
   * "Returns the number of recipients you can send emails to for the rest of the day."
   * https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
   */
  getRemainingDailyQuota(): number {
    return this._store.remaining(this._g.current.effectiveUser);
  }

  /**
   * The four documented forms:
   * sendEmail(message), sendEmail(recipient, subject, body), sendEmail(recipient, subject, body, options),
   * sendEmail(to, replyTo, subject, body) — https://developers.google.com/apps-script/reference/mail/mail-app
   */
  sendEmail(a?: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    if (a !== null && typeof a === 'object' && b === undefined) {
      const m = a as MailOptions;
      // sendEmail(message): "to", "subject" and "body" are fields of the message object.
      const msg = buildMessage(this._g, this._store, m.to, m.subject, m.body, m, false);
      deliver(this._g, this._store, msg, 'MailApp');
      return;
    }
    if (a === undefined || b === undefined || c === undefined) {
      throw new GoogleError("The parameters () don't match the method signature for MailApp.sendEmail.");
    }
    if (typeof d === 'string') {
      // sendEmail(to, replyTo, subject, body)
      const msg = buildMessage(this._g, this._store, a, c, d, { replyTo: b }, false);
      deliver(this._g, this._store, msg, 'MailApp');
      return;
    }
    const options = d !== null && typeof d === 'object' ? (d as MailOptions) : {};
    const msg = buildMessage(this._g, this._store, a, b, c, options, false);
    deliver(this._g, this._store, msg, 'MailApp');
  }
}
