// GmailApp: sending, drafts, aliases, reading sent messages and searching the mailbox
// (https://developers.google.com/apps-script/reference/gmail/gmail-app).
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { GmailDraft, GmailMessage, GmailThread } from './gmailObjects';
import { searchMessages } from './gmailSearch';
import { gmailAppText } from './gmailText';
import { buildMessage, type DraftMessage, deliver, type MailOptions } from './mailMessage';
import type { MailStore } from './mailStore';

export { GmailAttachment, GmailDraft, GmailMessage, GmailThread } from './gmailObjects';

/** search(query, start, max): "max … the maximum number of threads to return" — at most 500 (GmailApp reference). */
const SEARCH_MAX = 500;

export class GmailAppService extends ServiceObject {
  readonly _type = 'GmailApp';
  readonly _service = 'GmailApp';

  constructor(
    g: GoogleBackend,
    private readonly _store: MailStore,
  ) {
    super(g);
  }

  private _me(): string {
    return this._g.current.effectiveUser.toLowerCase();
  }

  /** The message as GmailApp builds it, with the believed emoji defect applied (gmailText.ts). */
  private _build(recipient: unknown, subject: unknown, body: unknown, options?: MailOptions): DraftMessage {
    const msg = buildMessage(this._g, this._store, recipient, subject, body, options ?? {}, true);
    if (!this._store.gmailAppEmojiDefect) return msg;
    return {
      ...msg,
      subject: gmailAppText(msg.subject),
      body: gmailAppText(msg.body),
      htmlBody: msg.htmlBody === null ? null : gmailAppText(msg.htmlBody),
    };
  }

  /** sendEmail(recipient, subject, body, options?) → GmailApp, "for chaining" — no message id (GmailApp reference). */
  sendEmail(recipient: unknown, subject: unknown, body: unknown, options?: MailOptions): GmailAppService {
    deliver(this._g, this._store, this._build(recipient, subject, body, options), 'GmailApp');
    return this;
  }

  /** createDraft(recipient, subject, body, options?) → GmailDraft; a draft uses no sending quota. */
  createDraft(recipient: unknown, subject: unknown, body: unknown, options?: MailOptions): GmailDraft {
    const msg = this._build(recipient, subject, body, options);
    const id = this._store.newId('r-');
    this._store.drafts.set(id, {
      id,
      mailbox: this._me(),
      message: { ...msg, createdAt: this._g.clock.date() },
    });
    return new GmailDraft(this._g, this._store, id);
  }

  /** getDrafts(): "Gets all the Gmail draft messages" of the user. */
  getDrafts(): GmailDraft[] {
    const me = this._me();
    return [...this._store.drafts.values()]
      .filter((d) => d.mailbox === me)
      .map((d) => new GmailDraft(this._g, this._store, d.id));
  }

  /** getDraft(draftId): "Retrieve an email message draft by ID." */
  getDraft(draftId: unknown): GmailDraft {
    const d = this._store.drafts.get(String(draftId));
    // Believed wording (not in the reference): an unknown id is an invalid argument.
    if (!d || d.mailbox !== this._me()) throw new GoogleError('Invalid argument: draftId');
    return new GmailDraft(this._g, this._store, d.id);
  }

  /** getDraftMessages(): "Retrieves all draft messages." */
  getDraftMessages(): GmailMessage[] {
    return this.getDrafts().map((d) => d.getMessage());
  }

  /** getMessageById(id): "Gets a message by ID" — served from the mailbox itself, so it is never lagging. */
  getMessageById(id: unknown): GmailMessage {
    this._store.chargeRead(this._me());
    const m = this._store.sentById(String(id));
    if (m && m.mailbox === this._me()) return new GmailMessage(this._g, this._store, m, m.sentAt, false);
    const d = [...this._store.drafts.values()].find(
      (x) => x.message.id === String(id) && x.mailbox === this._me(),
    );
    if (d) return new GmailMessage(this._g, this._store, d.message, d.message.createdAt, true);
    // Believed wording: Gmail answers an unknown id with an invalid-argument error.
    throw new GoogleError('Invalid argument: id');
  }

  /** getThreadById(id): the thread, or null "if not found" (reference). */
  getThreadById(id: unknown): GmailThread | null {
    const ms = this._store.outbox.filter((m) => m.threadId === String(id) && m.mailbox === this._me());
    return ms.length ? new GmailThread(this._g, this._store, ms) : null;
  }

  /**
   * search(query[, start, max]) → GmailThread[], newest first, over what Gmail's index holds: a message sent less than
   * `searchLagMs` ago is not found yet (believed behaviour, see mailStore.ts). Query forms: gmailSearch.ts.
   */
  search(query: unknown, start?: unknown, max?: unknown): GmailThread[] {
    const from = start === undefined ? 0 : Number(start);
    const count = max === undefined ? SEARCH_MAX : Number(max);
    if (count > SEARCH_MAX) throw new GoogleError(`Argument max cannot exceed ${SEARCH_MAX}.`);
    this._store.chargeRead(this._me());
    const found = searchMessages(
      this._store.searchable(this._me()),
      String(query ?? ''),
      this._g.clock.now(),
    );
    const threads = new Map<string, typeof found>();
    for (const m of [...found].reverse()) threads.set(m.threadId, [...(threads.get(m.threadId) ?? []), m]);
    return [...threads.values()]
      .slice(from, from + count)
      .map((ms) => new GmailThread(this._g, this._store, ms.reverse()));
  }

  /** "Gets a list of the emails that are set up as aliases for this account in Gmail." */
  getAliases(): string[] {
    return this._store.aliasesOf(this._g.current.effectiveUser);
  }
}
