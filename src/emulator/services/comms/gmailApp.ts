// GmailApp's sending side: sendEmail, drafts and aliases (https://developers.google.com/apps-script/reference/gmail/gmail-app).
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { buildMessage, type DraftMessage, deliver, type MailOptions } from './mailMessage';
import type { MailStore, SentMessage } from './mailStore';

export class GmailAppService extends ServiceObject {
  readonly _type = 'GmailApp';
  readonly _service = 'GmailApp';

  constructor(
    g: GoogleBackend,
    private readonly _store: MailStore,
  ) {
    super(g);
  }

  /** sendEmail(recipient, subject, body, options?) → GmailApp, "for chaining" (GmailApp reference). */
  sendEmail(recipient: unknown, subject: unknown, body: unknown, options?: MailOptions): GmailAppService {
    const msg = buildMessage(this._g, this._store, recipient, subject, body, options ?? {}, true);
    deliver(this._g, this._store, msg, 'GmailApp');
    return this;
  }

  /** createDraft(recipient, subject, body, options?) → GmailDraft; a draft uses no sending quota. */
  createDraft(recipient: unknown, subject: unknown, body: unknown, options?: MailOptions): GmailDraft {
    const msg = buildMessage(this._g, this._store, recipient, subject, body, options ?? {}, true);
    const id = this._store.newId('r-');
    this._store.drafts.set(id, {
      id,
      mailbox: this._g.current.effectiveUser.toLowerCase(),
      message: { ...msg, createdAt: this._g.clock.date() },
    });
    return new GmailDraft(this._g, this._store, id);
  }

  /** getDrafts() → GmailDraft[] of the store (one mailbox per emulated Google). */
  getDrafts(): GmailDraft[] {
    return [...this._store.drafts.keys()].map((id) => new GmailDraft(this._g, this._store, id));
  }

  /** "Gets a list of the emails that are set up as aliases for this account in Gmail." */
  getAliases(): string[] {
    return this._store.aliasesOf(this._g.current.effectiveUser);
  }
}

/** https://developers.google.com/apps-script/reference/gmail/gmail-draft */
export class GmailDraft extends ServiceObject {
  readonly _type = 'GmailDraft';
  readonly _service = 'GmailApp';

  constructor(
    g: GoogleBackend,
    private readonly _store: MailStore,
    private readonly _id: string,
  ) {
    super(g);
  }

  private _record() {
    const d = this._store.drafts.get(this._id);
    // Not documented wording: a deleted or sent draft can no longer be used.
    if (!d) throw new GoogleError('Draft not found.');
    return d;
  }

  getId(): string {
    return this._id;
  }

  getMessageId(): string {
    return this._record().message.id;
  }

  getMessage(): GmailMessage {
    const m = this._record().message;
    return new GmailMessage(this._g, m, m.createdAt);
  }

  /** "Sends this draft email message." Sending counts against the daily recipient quota. */
  send(): GmailMessage {
    const d = this._record();
    const { createdAt: _created, ...message } = d.message;
    const sent = deliver(this._g, this._store, message, 'GmailApp');
    this._store.drafts.delete(this._id);
    return new GmailMessage(this._g, sent, sent.sentAt);
  }

  deleteDraft(): void {
    this._record();
    this._store.drafts.delete(this._id);
  }
}

/** The read side of a message: https://developers.google.com/apps-script/reference/gmail/gmail-message */
export class GmailMessage extends ServiceObject {
  readonly _type = 'GmailMessage';
  readonly _service = 'GmailApp';

  constructor(
    g: GoogleBackend,
    private readonly _m: DraftMessage | SentMessage,
    private readonly _date: Date,
  ) {
    super(g);
  }

  getId(): string {
    return this._m.id;
  }
  getSubject(): string {
    return this._m.subject;
  }
  getTo(): string {
    return this._m.to.join(', ');
  }
  getCc(): string {
    return this._m.cc.join(', ');
  }
  getBcc(): string {
    return this._m.bcc.join(', ');
  }
  getFrom(): string {
    return this._m.name ? `${this._m.name} <${this._m.from}>` : this._m.from;
  }
  getReplyTo(): string {
    return this._m.replyTo ?? '';
  }
  /** "Gets the HTML content of the body of this message." */
  getBody(): string {
    return this._m.htmlBody ?? this._m.body;
  }
  getPlainBody(): string {
    return this._m.body;
  }
  getDate(): Date {
    return new Date(this._date.getTime());
  }
}
