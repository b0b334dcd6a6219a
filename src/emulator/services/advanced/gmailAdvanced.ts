// The Gmail advanced service (Gmail API v1 as Apps Script exposes it): Users.Messages.send/get, Users.Drafts.list/get.
// Sources: https://developers.google.com/apps-script/advanced/gmail,
// https://developers.google.com/gmail/api/reference/rest/v1/users.messages/send ("raw": "The entire email message in
// an RFC 2822 formatted and base64url encoded string"; the response "contains an instance of Message"),
// https://developers.google.com/gmail/api/reference/rest/v1/users.drafts/list, …/users.drafts/get.
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { checkedRecipient, type DraftMessage, deliver } from '../comms/mailMessage';
import type { MailStore, SentMessage } from '../comms/mailStore';
import { composeMessage, parseMessage, splitAddressList } from './rfc2822';

/** Headers the outbox models as fields; every other header is kept in `headers` (List-Unsubscribe, X-…). */
const MODELLED = new Set([
  'to',
  'cc',
  'bcc',
  'from',
  'reply-to',
  'subject',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
]);

/** How advanced-service failures read: "API call to gmail.users.messages.send failed with error: …" (the form of
 *  GoogleJsonResponseException messages reported for advanced services; the inner texts are the Gmail API's). */
const apiError = (method: string, message: string) =>
  new GoogleError(`API call to gmail.users.${method} failed with error: ${message}`);

abstract class GmailResource extends ServiceObject {
  readonly _service = 'Gmail';
  constructor(
    g: GoogleBackend,
    protected readonly _store: MailStore,
  ) {
    super(g);
  }
  /** userId: "The user's email address. The special value me can be used to indicate the authenticated user." */
  protected _user(userId: unknown, method: string): string {
    const me = this._g.current.effectiveUser;
    const u = String(userId ?? '');
    if (u === 'me' || u.toLowerCase() === me.toLowerCase()) return me.toLowerCase();
    // Believed wording of the API's refusal to act for another mailbox.
    throw apiError(method, `Delegation denied for ${me}`);
  }
}

/** The Message resource as the API returns it (format 'minimal' | 'metadata' | 'full' | 'raw'). */
function messageResource(
  m: SentMessage | DraftMessage,
  labelIds: string[],
  format: string,
): Record<string, unknown> {
  const threadId = 'threadId' in m ? m.threadId : m.id;
  const headerList = [
    { name: 'From', value: m.name ? `${m.name} <${m.from}>` : m.from },
    { name: 'To', value: m.to.join(', ') },
    ...(m.cc.length ? [{ name: 'Cc', value: m.cc.join(', ') }] : []),
    ...(m.replyTo ? [{ name: 'Reply-To', value: m.replyTo }] : []),
    { name: 'Subject', value: m.subject },
    ...('messageIdHeader' in m ? [{ name: 'Message-ID', value: m.messageIdHeader }] : []),
    ...Object.entries(m.headers).map(([name, value]) => ({ name, value })),
  ];
  const base = { id: m.id, threadId, labelIds, snippet: m.body.slice(0, 100) };
  if (format === 'minimal') return base;
  if (format === 'raw') {
    const raw = composeMessage({ headers: headerList, text: m.body, html: m.htmlBody, parts: m.parts });
    return { ...base, raw: Buffer.from(raw, 'utf8').toString('base64url') };
  }
  return { ...base, payload: { mimeType: 'multipart/mixed', headers: headerList } };
}

export class GmailUsersMessages extends GmailResource {
  readonly _type = 'MessagesCollection'; // @types: Gmail.Collection.Users.MessagesCollection

  /**
   * send(resource, userId) → Message `{ id, threadId, labelIds }`. Recipients come from the To, Cc and Bcc headers
   * and count against the same daily recipient quota as MailApp/GmailApp: the emulator's conservative choice (the
   * quotas page does not say whether the advanced service draws on it). A From that is neither the user nor one of
   * their send-as aliases is replaced by the user's address (believed: Gmail rewrites unverified From addresses).
   */
  send(resource: unknown, userId: unknown): Record<string, unknown> {
    const me = this._user(userId, 'messages.send');
    const r = (resource && typeof resource === 'object' ? resource : {}) as Record<string, unknown>;
    if (typeof r.raw !== 'string' || r.raw === '')
      throw apiError(
        'messages.send',
        "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
      );
    const parsed = parseMessage(Buffer.from(r.raw, 'base64url').toString('utf8'));
    const get = (name: string) => parsed.headers.find((h) => h.name.toLowerCase() === name)?.value ?? '';
    const list = (name: string) => splitAddressList(get(name)).map(checkedRecipient);
    const to = list('to');
    const cc = list('cc');
    const bcc = list('bcc');
    if (to.length + cc.length + bcc.length === 0)
      throw apiError('messages.send', 'Recipient address required');
    const fromHeader = get('from');
    const named = /^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/.exec(fromHeader);
    const wanted = (named ? named[2] : fromHeader).trim();
    const allowed = [this._g.current.effectiveUser, ...this._store.aliasesOf(this._g.current.effectiveUser)];
    const from =
      allowed.find((a) => a.toLowerCase() === wanted.toLowerCase()) ?? this._g.current.effectiveUser;
    const headers: Record<string, string> = {};
    for (const h of parsed.headers) if (!MODELLED.has(h.name.toLowerCase())) headers[h.name] = h.value;
    const subject = get('subject');
    const message: DraftMessage = {
      id: this._store.newId(),
      from,
      name: named?.[1].trim() || null,
      to,
      cc,
      bcc,
      subject,
      subjectHadLineBreak: false,
      body: parsed.text ?? '',
      htmlBody: parsed.html,
      replyTo: get('reply-to') || null,
      noReply: false,
      attachments: parsed.parts.filter((p) => p.cid === null).map((p) => p.name),
      inlineImages: parsed.parts.filter((p) => p.cid !== null).map((p) => p.cid as string),
      parts: parsed.parts,
      headers,
    };
    const sent = deliver(this._g, this._store, message, 'Gmail');
    // A Message-ID the caller wrote is kept; a threadId joins an existing conversation of this mailbox.
    if (get('message-id')) sent.messageIdHeader = get('message-id');
    const thread = typeof r.threadId === 'string' ? r.threadId : '';
    if (thread && this._store.outbox.some((m) => m.threadId === thread && m.mailbox === me))
      sent.threadId = thread;
    return { id: sent.id, threadId: sent.threadId, labelIds: ['SENT'] };
  }

  /** get(userId, id, optionalArgs?) → Message; `format` 'full' (default), 'metadata', 'minimal' or 'raw'. */
  get(userId: unknown, id: unknown, optionalArgs?: unknown): Record<string, unknown> {
    const me = this._user(userId, 'messages.get');
    this._store.chargeRead(me);
    const m = this._store.sentById(String(id));
    if (!m || m.mailbox !== me) throw apiError('messages.get', 'Requested entity was not found.');
    const format = String((optionalArgs as { format?: unknown } | undefined)?.format ?? 'full');
    return messageResource(m, ['SENT'], format);
  }
}

export class GmailUsersDrafts extends GmailResource {
  readonly _type = 'DraftsCollection';

  /** list(userId, optionalArgs?) → `{ drafts: [{ id, message: { id, threadId } }], resultSizeEstimate }`. */
  list(userId: unknown, _optionalArgs?: unknown): Record<string, unknown> {
    const me = this._user(userId, 'drafts.list');
    this._store.chargeRead(me);
    const drafts = [...this._store.drafts.values()]
      .filter((d) => d.mailbox === me)
      .map((d) => ({ id: d.id, message: { id: d.message.id, threadId: d.message.id } }));
    // The API leaves `drafts` out when there are none.
    return drafts.length ? { drafts, resultSizeEstimate: drafts.length } : { resultSizeEstimate: 0 };
  }

  /** get(userId, id, optionalArgs?) → Draft `{ id, message }`, the message in the requested `format`. */
  get(userId: unknown, id: unknown, optionalArgs?: unknown): Record<string, unknown> {
    const me = this._user(userId, 'drafts.get');
    this._store.chargeRead(me);
    const d = this._store.drafts.get(String(id));
    if (!d || d.mailbox !== me) throw apiError('drafts.get', 'Requested entity was not found.');
    const format = String((optionalArgs as { format?: unknown } | undefined)?.format ?? 'full');
    const { createdAt: _c, ...message } = d.message;
    return { id: d.id, message: messageResource(message, ['DRAFT'], format) };
  }
}

export class GmailUsers extends GmailResource {
  readonly _type = 'UsersCollection';
  override _properties(): Record<string, unknown> {
    return {
      Messages: new GmailUsersMessages(this._g, this._store),
      Drafts: new GmailUsersDrafts(this._g, this._store),
    };
  }
}

/** The `Gmail` global, present only when appsscript.json enables the advanced service. */
export class GmailAdvancedRoot extends GmailResource {
  readonly _type = 'Gmail';
  override _properties(): Record<string, unknown> {
    return { Users: new GmailUsers(this._g, this._store) };
  }
}
