// Sends one email through MailApp with a Sends row written before sending and its outcome after: never sent twice.

import { SENDS } from '../../../sheets-templates';
import type { EmailTemplateKey } from '../../../sheets-templates/emails';
import { assertMailbox } from '../../core/mail/headerSafety';
import { settingsFields } from '../../core/mail/mergeFields';
import { type RenderedEmail, renderEmail } from '../../core/mail/renderEmail';
import type { FieldValues } from '../../core/mail/tokens';
import { normaliseAddress } from '../../core/privacy/addressHash';
import type { WorkbookSession } from '../store/session';
import type { TableRow } from '../store/table';
import { automaticMailingId } from './automaticMailings';
import { operationalHold_, operationalHolds_ } from './operationalHold';
import { builtInTemplate } from './templateCatalog';

export interface TrackedMessage {
  /** Unique per message, e.g. "APP-000123:welcome:ana@city.org"; kept in the Sends row's Message ID. */
  readonly key: string;
  /**
   * Prefix shared by every message about one record ("APP-000123:"). A send settles its own key's interrupted
   * rows; other keys of the scope left "sending" are settled by the sweep (settleStoppedSends).
   */
  readonly scope: string;
  readonly templateKey: EmailTemplateKey;
  readonly language: string;
  readonly to: string;
  readonly fields: FieldValues;
  readonly contactId?: string | null;
  /**
   * The key names a record created under this same lock hold (a response recorded just now): its id was issued
   * above every id of its tab and counter, so no Sends row can carry the key yet and its search is skipped.
   */
  readonly freshKey?: boolean;
}

export type SendStatus = 'sent' | 'already sent' | 'unknown' | 'failed';

export interface SendOutcome {
  readonly key: string;
  readonly to: string;
  readonly status: SendStatus;
  readonly language: string;
  readonly sendId: string;
  readonly subject: string;
  readonly error?: string;
  /** Set when the Templates tab's row for this email could not be used and the built-in text went instead. */
  readonly templateFallback?: string;
}

const UNKNOWN_NOTE =
  'The run stopped between recording and confirming this email: check the Sent folder, and resend by hand only if it is not there.';

function statusOf(table: ReturnType<WorkbookSession['table']>, row: TableRow): string {
  return String(table.cell(row, 'status'));
}

/**
 * The message's own Sends rows, found by one search of the Message ID column, with any row still "sending"
 * settled first: we hold the script lock, so it belongs to a run that stopped mid-send; its outcome is unknown,
 * a person must check, and it is never resent. Rows of other messages left "sending" (a key the rerun no longer
 * sends) are the sweep's (flagStoppedSends, through settleStoppedSends): settling the whole scope here searched
 * the Status column of the whole Sends history once more for every email (issue 11).
 */
function ownRows(session: WorkbookSession, key: string, known?: readonly TableRow[]): TableRow[] {
  const table = session.table(SENDS);
  const rows = known ? known.slice() : table.findRows('messageId', [key]);
  for (const row of rows) {
    if (statusOf(table, row) !== 'sending') continue;
    const rec = table.stored(row);
    table.update(rec.id, { status: 'unknown', error: UNKNOWN_NOTE }, rec.version, { noAudit: true });
  }
  return rows;
}

/**
 * Marks "unknown" every Sends row still "sending" whose message key `ours` accepts, and returns them as outcomes
 * (for sendProblems). Call only under the script lock: every send writes its intent and its outcome within one
 * lock hold, so a row still "sending" belongs to a run that stopped mid-send. Such an email is never resent.
 */
export function settleStoppedSends(session: WorkbookSession, ours: (key: string) => boolean): SendOutcome[] {
  const table = session.table(SENDS);
  const out: SendOutcome[] = [];
  // Keyed read: only the rows still "sending" (a handful at most), not the whole Sends history.
  for (const row of table.findRows('status', ['sending'])) {
    const key = String(table.cell(row, 'messageId'));
    if (!ours(key) || statusOf(table, row) !== 'sending') continue;
    const rec = table.stored(row);
    table.update(rec.id, { status: 'unknown', error: UNKNOWN_NOTE }, rec.version, { noAudit: true });
    const v = rec.values;
    out.push({
      key,
      to: String(v['email'] ?? ''),
      status: 'unknown',
      language: String(v['language'] ?? ''),
      sendId: rec.id,
      subject: '',
    });
  }
  return out;
}

/** Whether the message `key` went out ("sent") or is flagged for a person ("unknown"): nothing left to send. */
export function sendSettled(session: WorkbookSession, key: string): boolean {
  const table = session.table(SENDS);
  return table.findRows('messageId', [key]).some((r) => /^(sent|unknown)$/.test(statusOf(table, r)));
}

/**
 * The email in the recipient's language, its text from the Templates tab (issue 12 item 1); when that language's
 * row is missing or invalid the built-in text is used and `fallback` says why, for a person to fix the row.
 */
function render(session: WorkbookSession, msg: TrackedMessage): { email: RenderedEmail; fallback?: string } {
  const settings = session.settings().settings;
  const resolved = builtInTemplate(session, msg.templateKey);
  const email = renderEmail(
    msg.templateKey,
    msg.language,
    { ...settingsFields(settings), ...msg.fields },
    { catalog: { [msg.templateKey]: resolved.template } },
  );
  const fallback = resolved.fallbacks[email.language];
  return fallback ? { email, fallback } : { email };
}

/** Files a message carries through MailApp: attachments, and inline images keyed by the cid its HTML refers to. */
export interface MessageFiles {
  readonly attachments: GoogleAppsScript.Base.Blob[];
  readonly inlineImages: Record<string, GoogleAppsScript.Base.Blob>;
}

/** A message rendered by its caller (a mailing's preview or test send), sent through the same tracked path. */
export interface PreparedMessage {
  readonly key: string;
  readonly scope: string;
  readonly to: string;
  readonly contactId?: string | null;
  /** The Mailings row the Sends row belongs to (created on first use for standing mailings). */
  readonly mailingId: () => string;
  /** Renders the email (with any files it carries); called only when the key has not gone out already. */
  readonly prepare: () => { email: RenderedEmail; fallback?: string; files?: MessageFiles };
  /** See TrackedMessage.freshKey. */
  readonly freshKey?: boolean;
  /** The key's Sends rows, found by the caller's search under this same lock hold (sendTrackedAll). */
  readonly known?: readonly TableRow[];
  /** The address's operational hold (operationalHolds_), looked up by the caller under this same lock hold. */
  readonly hold?: string | null;
}

/**
 * Sends `msg` at most once. Under the script lock: settles the key's own interrupted sends, returns the recorded
 * outcome when the key was already sent (or is unknown), otherwise writes a "sending" row and flushes it (with
 * pending audit rows) before MailApp sends, then marks it "sent" or "failed". A run stopped after the send and
 * before "sent" leaves "sending", which the next run turns into "unknown" for a person to check.
 */
export function sendTracked(session: WorkbookSession, msg: TrackedMessage): SendOutcome {
  return sendPrepared(session, {
    key: msg.key,
    scope: msg.scope,
    to: msg.to,
    contactId: msg.contactId ?? null,
    mailingId: () => automaticMailingId(session, msg.templateKey),
    prepare: () => render(session, msg),
    ...(msg.freshKey ? { freshKey: true } : {}),
  });
}

/**
 * Several messages, each sent at most once as sendTracked does, under one lock hold: one search of the Message ID
 * column finds every key's rows, one search of the Send ID column checks the ids of the intents needed, and one
 * search of Suppressions finds every recipient's hold, where each message searched the whole Sends history twice
 * and Suppressions once (issue 11: an approval welcoming two contacts).
 * A key that appears twice is searched again for its second message, which must see the first one's row.
 */
export function sendTrackedAll(session: WorkbookSession, msgs: readonly TrackedMessage[]): SendOutcome[] {
  if (msgs.length < 2) return msgs.map((m) => sendTracked(session, m));
  return session.write(() => {
    const table = session.table(SENDS);
    const keys = [...new Set(msgs.map((m) => m.key))];
    // Fresh keys (TrackedMessage.freshKey) have no rows to find; a key given twice is searched for its second message.
    const searched = keys.filter((k) => msgs.some((m) => m.key === k && !m.freshKey));
    const found = searched.length > 0 ? table.findRows('messageId', searched) : [];
    const rowsOf = new Map(
      keys.map((k) => [k, found.filter((r) => String(table.cell(r, 'messageId')).trim() === k)]),
    );
    // Keys with no row at all need a new intent row each (a failed or held row is updated instead).
    table.reserve(keys.filter((k) => rowsOf.get(k)!.length === 0).length);
    // Suppressions holds of every recipient in one search (nothing in this lock hold writes Suppressions).
    const holds = operationalHolds_(
      session,
      msgs.map((m) => m.to),
    );
    const seen = new Set<string>();
    return msgs.map((m) => {
      const first = !seen.has(m.key);
      seen.add(m.key);
      return sendPrepared(session, {
        key: m.key,
        scope: m.scope,
        to: m.to,
        contactId: m.contactId ?? null,
        mailingId: () => automaticMailingId(session, m.templateKey),
        prepare: () => render(session, m),
        hold: holds.get(normaliseAddress(m.to)) ?? null,
        ...(first ? { known: rowsOf.get(m.key)! } : {}),
        ...(first && m.freshKey ? { freshKey: true } : {}),
      });
    });
  });
}

/** The tracked send itself (see sendTracked); the recipient address is checked for header injection first. */
export function sendPrepared(session: WorkbookSession, msg: PreparedMessage): SendOutcome {
  return session.write(() => {
    const table = session.table(SENDS);
    // A fresh key has no rows to find (issue 11: the search read the whole Message ID column of the Sends history).
    const earlier = msg.freshKey ? [] : ownRows(session, msg.key, msg.known);
    const done = earlier.find((r) => statusOf(table, r) === 'sent' || statusOf(table, r) === 'unknown');
    if (done) {
      const v = table.values(done);
      return {
        key: msg.key,
        to: msg.to,
        status: v['status'] === 'sent' ? 'already sent' : 'unknown',
        language: String(v['language'] ?? ''),
        sendId: String(v['id']),
        subject: '',
      };
    }
    assertMailbox('Recipient', msg.to);
    const hold = msg.hold !== undefined ? msg.hold : operationalHold_(session, msg.to);
    if (hold !== null) return heldBack(session, msg, earlier[0], hold);
    const { email, fallback, files } = msg.prepare();
    const settings = session.settings().settings;
    const language =
      settings.languages.indexOf(email.language) >= 0 ? email.language : settings.defaultLanguage;
    const retry = earlier[0];
    // The pending audit rows go first, after the intent's id is checked free: the Sends and Audit counters then
    // land in one property write, before either's rows (store/session.ts deferProperty).
    if (!retry) table.reserve(1);
    session.flushAuditRows();
    const intent = retry
      ? table.update(
          String(table.cell(retry, 'id')),
          { status: 'sending', error: '', email: msg.to, language },
          table.stored(retry).version,
          { noAudit: true },
        )
      : table.insert(
          [
            {
              mailingId: msg.mailingId(),
              contactId: msg.contactId ?? null,
              email: msg.to,
              language,
              status: 'sending',
              messageId: msg.key,
            },
          ],
          { noAudit: true },
        )[0]!;
    // The intent (and the change it belongs to) must be on the sheet before the email leaves:
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
    SpreadsheetApp.flush();
    const base = {
      key: msg.key,
      to: msg.to,
      language: email.language,
      sendId: intent.id,
      subject: email.subject,
      ...(fallback ? { templateFallback: fallback } : {}),
    };
    try {
      // MailApp.sendEmail(message): to, subject, body, htmlBody, name, replyTo, attachments, inlineImages
      // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
      MailApp.sendEmail({
        to: msg.to,
        subject: email.subject,
        body: email.textBody,
        htmlBody: email.htmlBody,
        name: settings.senderName,
        ...(settings.replyTo ? { replyTo: settings.replyTo } : {}),
        ...(files ? { attachments: files.attachments, inlineImages: files.inlineImages } : {}),
      });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      table.update(intent.id, { status: 'failed', error: error.slice(0, 500) }, intent.version, {
        noAudit: true,
      });
      return { ...base, status: 'failed', error };
    }
    const note = fallback ? `Sent with the built-in text. ${fallback}`.slice(0, 500) : '';
    table.update(intent.id, { status: 'sent', sentAt: session.now(), error: note }, intent.version, {
      noAudit: true,
    });
    return { ...base, status: 'sent' };
  });
}

/** A message Suppressions stops: its Sends row says so (skipped), nothing is sent, the caller reports it. */
function heldBack(
  session: WorkbookSession,
  msg: PreparedMessage,
  retry: TableRow | undefined,
  reason: string,
): SendOutcome {
  const table = session.table(SENDS);
  const error = `Not sent: the address is in Suppressions (${reason}).`;
  const row = retry
    ? table.update(
        String(table.cell(retry, 'id')),
        { status: 'skipped', error },
        table.stored(retry).version,
        {
          noAudit: true,
        },
      )
    : table.insert(
        [
          {
            mailingId: msg.mailingId(),
            contactId: msg.contactId ?? null,
            email: msg.to,
            language: session.settings().settings.defaultLanguage,
            status: 'skipped',
            messageId: msg.key,
            error,
          },
        ],
        { noAudit: true },
      )[0]!;
  return { key: msg.key, to: msg.to, status: 'failed', language: '', sendId: row.id, subject: '', error };
}

/** One line per outcome a person should act on ('' when every email went out or had gone out before). */
export function sendProblems(outcomes: readonly SendOutcome[]): string[] {
  const lines: string[] = [];
  for (const o of outcomes) {
    if (o.status === 'unknown')
      lines.push(`Email to ${o.to} (${o.sendId}): outcome unknown. ${UNKNOWN_NOTE}`);
    else if (o.status === 'failed')
      lines.push(`Email to ${o.to} (${o.sendId}) failed: ${o.error ?? 'unknown error'}.`);
    if (o.templateFallback && o.status !== 'unknown')
      lines.push(`Email to ${o.to} (${o.sendId}) used the built-in text: ${o.templateFallback}`);
  }
  return lines;
}
