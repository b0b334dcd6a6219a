// Builds and checks an outgoing message the way MailApp/GmailApp do: address lists, options, per-message and daily limits.
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import type { MailStore, SentMessage } from './mailStore';
import { RECIPIENTS_PER_MESSAGE } from './mailStore';

/** The advanced parameters of MailApp.sendEmail / GmailApp.sendEmail
 * (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object),
 * https://developers.google.com/apps-script/reference/gmail/gmail-app#sendEmail(String,String,String,Object)). */
export interface MailOptions {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  replyTo?: unknown;
  noReply?: unknown;
  from?: unknown;
  attachments?: unknown;
  inlineImages?: unknown;
}

export type DraftMessage = Omit<SentMessage, 'sentAt' | 'executionId' | 'service'>;

// A plain addr-spec, optionally with a display name ("Ana <ana@x.org>"). Deliberately simple: what it
// rejects (spaces, missing @ or domain dot) is what Gmail rejects; exotic quoted local parts are not modelled.
const ADDRESS = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;
const NAMED_ADDRESS = /^[^<>]*<([^<>]+)>$/;

/**
 * Splits a comma-separated recipient list ("a comma-separated list of email addresses", reference above)
 * and validates each address. An invalid one throws `Invalid email: <address>`, the wording Apps Script
 * is widely reported to use (e.g. Stack Overflow questions "Exception: Invalid email: undefined"); the
 * wording is not in the reference pages.
 */
export function parseRecipients(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  const text = String(value);
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const r = raw.trim();
    if (r === '') continue;
    const named = NAMED_ADDRESS.exec(r);
    const addr = named ? named[1].trim() : r;
    if (!ADDRESS.test(addr)) throw new GoogleError(`Invalid email: ${r}`);
    out.push(r);
  }
  return out;
}

/** File names of `attachments` (BlobSource[]): Blob objects answer getName(); plain objects may carry `name`. */
function attachmentNames(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((b, i) => {
    if (b instanceof ServiceObject) {
      const getName = (b as unknown as { getName?: () => unknown }).getName;
      if (typeof getName === 'function') return String(getName.call(b) ?? `attachment-${i + 1}`);
    }
    if (b && typeof b === 'object' && 'name' in b) return String((b as { name: unknown }).name);
    return `attachment-${i + 1}`;
  });
}

function optionalString(v: unknown): string | null {
  return v === undefined || v === null ? null : String(v);
}

/**
 * Builds the message the effective user would send. `from` (GmailApp only) must be one of the user's
 * aliases: "from: the address that the email should be sent from, which must be one of the values
 * returned by getAliases()" (GmailApp reference above).
 */
export function buildMessage(
  g: GoogleBackend,
  store: MailStore,
  recipient: unknown,
  subject: unknown,
  body: unknown,
  options: MailOptions,
  allowFrom: boolean,
): DraftMessage {
  const user = g.current.effectiveUser;
  let from = user;
  if (allowFrom && options.from !== undefined && options.from !== null) {
    const wanted = String(options.from);
    const ok =
      wanted.toLowerCase() === user.toLowerCase() ||
      store.aliasesOf(user).some((a) => a.toLowerCase() === wanted.toLowerCase());
    // Not documented wording; an unlisted alias makes the real call fail with an invalid-argument error.
    if (!ok) throw new GoogleError(`Invalid argument: from (${wanted} is not an alias of ${user})`);
    from = wanted;
  }
  const subjectText = subject === undefined || subject === null ? '' : String(subject);
  const replyTo = optionalString(options.replyTo);
  if (replyTo !== null) parseRecipients(replyTo);
  const inline =
    options.inlineImages && typeof options.inlineImages === 'object' ? Object.keys(options.inlineImages) : [];
  return {
    id: store.newId(),
    from,
    name: optionalString(options.name),
    to: parseRecipients(recipient),
    cc: parseRecipients(options.cc),
    bcc: parseRecipients(options.bcc),
    // Neither the reference nor any report we could find says what Apps Script does with a line break in a
    // subject; the emulator keeps the subject as given and flags it, so tests can assert the product never sends one.
    subject: subjectText,
    subjectHadLineBreak: /[\r\n]/.test(subjectText),
    body: body === undefined || body === null ? '' : String(body),
    htmlBody: optionalString(options.htmlBody),
    replyTo,
    noReply: options.noReply === true,
    attachments: attachmentNames(options.attachments),
    inlineImages: inline,
  };
}

/** Sends a built message: injected failures, per-message limit, daily quota, then the outbox. */
export function deliver(
  g: GoogleBackend,
  store: MailStore,
  message: DraftMessage,
  service: 'MailApp' | 'GmailApp',
): SentMessage {
  const count = message.to.length + message.cc.length + message.bcc.length;
  // No recipient at all: "Failed to send email: no recipient" is the wording reported by users (not in the reference).
  if (count === 0) throw new GoogleError('Failed to send email: no recipient');
  store.takeInjectedFailure();
  // Quotas page, "Email recipients per message: 50 / msg"; the message is the English form of the
  // localized "Limit Exceeded: Email Recipients Per Message" reports (e.g. prograshi.com/?p=11178).
  if (count > RECIPIENTS_PER_MESSAGE) throw new GoogleError('Limit Exceeded: Email Recipients Per Message.');
  // Every recipient in to, cc and bcc counts against the daily quota (quotas page: "Email recipients per day").
  store.charge(g.current.effectiveUser, count);
  const sent: SentMessage = {
    ...message,
    service,
    sentAt: g.clock.date(),
    executionId: g.current.id,
  };
  store.record(sent);
  return sent;
}
