// Builds and checks an outgoing message the way MailApp/GmailApp do: address lists, options, per-message and daily limits.
import type { GoogleBackend } from '../../backend';
import { GoogleError } from '../../runtime/serviceObject';
import { attachmentParts, checkMessageLimits, inlineParts } from './mailLimits';
import type { MailStore, SentMessage } from './mailStore';

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

export type DraftMessage = Omit<
  SentMessage,
  'sentAt' | 'executionId' | 'service' | 'threadId' | 'messageIdHeader' | 'mailbox'
>;

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
    out.push(checkedRecipient(r));
  }
  return out;
}

/** One recipient (`ana@x.org` or `Name <ana@x.org>`, the name possibly quoted with commas), checked; as given. */
export function checkedRecipient(r: string): string {
  const named = NAMED_ADDRESS.exec(r);
  const addr = named ? named[1].trim() : r;
  if (!ADDRESS.test(addr)) throw new GoogleError(`Invalid email: ${r}`);
  return r;
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
  const files = attachmentParts(options.attachments);
  const inline = inlineParts(options.inlineImages);
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
    attachments: files.map((p) => p.name),
    inlineImages: inline.map((p) => p.cid ?? p.name),
    parts: [...files, ...inline],
    headers: {},
  };
}

/** Sends a built message: injected failures, per-message limits, daily quota, then the outbox. */
export function deliver(
  g: GoogleBackend,
  store: MailStore,
  message: DraftMessage,
  service: SentMessage['service'],
): SentMessage {
  const count = message.to.length + message.cc.length + message.bcc.length;
  // No recipient at all: "Failed to send email: no recipient" is the wording reported by users (not in the reference).
  if (count === 0) throw new GoogleError('Failed to send email: no recipient');
  store.takeInjectedFailure();
  // Quotas page, "Current limitations": recipients, attachments, body size, attachment bytes per message.
  checkMessageLimits({
    recipients: count,
    body: message.body,
    htmlBody: message.htmlBody,
    parts: message.parts,
  });
  // Every recipient in to, cc and bcc counts against the daily quota (quotas page: "Email recipients per day"),
  // whichever of MailApp, GmailApp or the Gmail advanced service sends.
  const user = g.current.effectiveUser;
  store.charge(user, count);
  const sent: SentMessage = {
    ...message,
    service,
    threadId: message.id,
    messageIdHeader: `<${message.id}.${g.current.id}@mail.gmail.com>`,
    mailbox: user.toLowerCase(),
    sentAt: g.clock.date(),
    executionId: g.current.id,
  };
  store.record(sent);
  return sent;
}
