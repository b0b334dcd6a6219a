// The objects GmailApp hands out: drafts, messages, threads and attachments
// (https://developers.google.com/apps-script/reference/gmail/gmail-draft, …/gmail-message, …/gmail-thread,
// …/gmail-attachment).
import { createHash } from 'node:crypto';
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { Blob, toSignedBytes } from '../script/blob';
import type { MailPart } from './mailLimits';
import { type DraftMessage, deliver } from './mailMessage';
import type { MailStore, SentMessage } from './mailStore';

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
    return new GmailMessage(this._g, this._store, m, m.createdAt, true);
  }

  /** "Sends this draft email message" and returns the sent GmailMessage (with its id). Counts against the quota. */
  send(): GmailMessage {
    const d = this._record();
    const { createdAt: _created, ...message } = d.message;
    const sent = deliver(this._g, this._store, message, 'GmailApp');
    this._store.drafts.delete(this._id);
    return new GmailMessage(this._g, this._store, sent, sent.sentAt, false);
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
    private readonly _store: MailStore,
    private readonly _m: DraftMessage | SentMessage,
    private readonly _date: Date,
    private readonly _draft: boolean,
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
  isDraft(): boolean {
    return this._draft;
  }
  /** "Gets the value of an RFC 822 header given the header name"; '' when absent. */
  getHeader(name: unknown): string {
    const n = String(name).toLowerCase();
    const m = this._m;
    const known: Record<string, string> = {
      subject: m.subject,
      to: m.to.join(', '),
      cc: m.cc.join(', '),
      from: this.getFrom(),
      'reply-to': m.replyTo ?? '',
      'message-id': 'messageIdHeader' in m ? m.messageIdHeader : '',
    };
    if (n in known) return known[n];
    const extra = Object.entries(m.headers).find(([k]) => k.toLowerCase() === n);
    return extra ? extra[1] : '';
  }
  /** The thread of a sent message (a new conversation per message in the emulator). */
  getThread(): GmailThread {
    if (!('threadId' in this._m)) throw new GoogleError('A draft has no thread yet.');
    return new GmailThread(this._g, this._store, [this._m]);
  }

  /**
   * getAttachments() / getAttachments({ includeInlineImages, includeAttachments }): both default to true, so a plain
   * getAttachments() returns the inline images too — which is how inline images end up re-sent as attachments when
   * a draft's attachments are copied as is (https://developers.google.com/apps-script/reference/gmail/gmail-message#getAttachments(Object)).
   */
  getAttachments(options?: unknown): GmailAttachment[] {
    const o = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
    const inline = o.includeInlineImages !== false;
    const files = o.includeAttachments !== false;
    return this._m.parts
      .filter((p) => (p.cid === null ? files : inline))
      .map((p) => new GmailAttachment(this._g, p));
  }
}

/** https://developers.google.com/apps-script/reference/gmail/gmail-thread */
export class GmailThread extends ServiceObject {
  readonly _type = 'GmailThread';
  readonly _service = 'GmailApp';

  constructor(
    g: GoogleBackend,
    private readonly _store: MailStore,
    private readonly _messages: SentMessage[],
  ) {
    super(g);
  }

  getId(): string {
    return this._messages[0].threadId;
  }
  getMessages(): GmailMessage[] {
    return this._messages.map((m) => new GmailMessage(this._g, this._store, m, m.sentAt, false));
  }
  getMessageCount(): number {
    return this._messages.length;
  }
  getFirstMessageSubject(): string {
    return this._messages[0].subject;
  }
  getLastMessageDate(): Date {
    return new Date(this._messages[this._messages.length - 1].sentAt.getTime());
  }
  getPermalink(): string {
    return `https://mail.google.com/mail/#all/${this.getId()}`;
  }
}

/** An attachment or inline image of a message; a BlobSource, so it can be attached again.
 * https://developers.google.com/apps-script/reference/gmail/gmail-attachment */
export class GmailAttachment extends ServiceObject {
  readonly _type = 'GmailAttachment';
  readonly _service = 'GmailApp';

  constructor(
    g: GoogleBackend,
    private readonly _part: MailPart,
  ) {
    super(g);
  }

  getName(): string {
    return this._part.name;
  }
  getContentType(): string {
    return this._part.contentType;
  }
  getSize(): number {
    return this._part.bytes.length;
  }
  /** "Gets the SHA1 content hash for the attachment." */
  getHash(): string {
    return createHash('sha1').update(this._part.bytes).digest('hex');
  }
  getBytes(): number[] {
    return toSignedBytes(this._part.bytes);
  }
  getDataAsString(): string {
    return this._part.bytes.toString('utf8');
  }
  getBlob(): Blob {
    return new Blob(this._g, Buffer.from(this._part.bytes), this._part.contentType, this._part.name);
  }
  copyBlob(): Blob {
    return this.getBlob();
  }
  isGoogleType(): boolean {
    return false;
  }
}
