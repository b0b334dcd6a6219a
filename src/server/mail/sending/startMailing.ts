// Send now / Schedule at: the checked mailing written as its Mailings row and one Sends row per recipient (queued,
// with its variant) and per excluded contact (skipped, with the reason), in blocks; the sending trigger installed.

import { MAILINGS, SENDS } from '../../../../sheets-templates';
import { normaliseEmail } from '../../../core/mail/audience';
import { countStatuses, expectedFinish, messagesAllowed } from '../../../core/mail/sendQueue';
import { message, UserError } from '../../../core/messages';
import { isValidEmail } from '../../../core/schema/text';
import { requireRole } from '../../access/roles';
import { type WorkbookSession, workbook } from '../../store/session';
import { checkView } from '../checkView';
import { DISSEMINATORS } from '../disseminationAccess';
import {
  checkPrepared,
  draftFrom,
  mailingStoppers_,
  type PreparedMailing,
  prepareMailing,
  requireFamily,
} from '../mailingPreparation';
import { writePlace_ } from './journal';
import { convertDraft_, earlierStart_, savedDraftOf_, startKey_, startRequestId_ } from './startRequest';
import { recipientsPerMessage_, remainingQuota_ } from './transport';
import { ensureSendingTrigger_ } from './trigger';

export interface SendingForecast {
  recipients: number;
  /** Recipients the account may still send to today (MailApp.getRemainingDailyQuota). */
  remainingQuota: number;
  /** The share kept for intake emails (Settings › Mail daily reserve). */
  reserve: number;
  recipientsPerMessage: number;
  /** Messages of this mailing that fit in today's quota. */
  allowedToday: number;
  /** Expected finish as dd/MM/yyyy HH:mm in the script's time zone; '' when the quota allows none at all. */
  expectedFinish: string;
  /** Problems with the sender, reply-to, CC or BCC settings, named (the start is refused while any is listed). */
  senderProblems: string[];
}

export interface StartResult {
  mailingId: string;
  status: 'sending' | 'scheduled';
  queued: number;
  skipped: number;
  forecast: SendingForecast;
  message: string;
}

const SETTING_KEYS_CHECKED = [
  'Mailing sender address',
  'Mailing CC',
  'Mailing BCC',
  'Reply-to',
  'Sender name',
];

function senderProblems(session: WorkbookSession): string[] {
  const read = session.settings();
  const out = read.problems.filter((p) => SETTING_KEYS_CHECKED.indexOf(p.key) >= 0).map((p) => p.message);
  const s = read.settings;
  for (const a of [...s.mailingCc, ...s.mailingBcc])
    if (!isValidEmail(a)) out.push(message('mail.send.badCopy', { address: a }));
  if (/[\r\n]/.test(s.senderName)) out.push(message('mail.send.badSenderName'));
  const alias = aliasProblem(s.mailingFrom);
  if (alias) out.push(alias);
  return out;
}

/**
 * The sender alias must be the account itself or one of its send-as aliases, asked of Gmail (only when one is set):
 * https://developers.google.com/apps-script/reference/gmail/gmail-app#getAliases()
 */
function aliasProblem(from: string | null): string | null {
  if (!from || !isValidEmail(from)) return null;
  const account = Session.getEffectiveUser().getEmail();
  const wanted = from.trim().toLowerCase();
  if (wanted === account.trim().toLowerCase()) return null;
  if (GmailApp.getAliases().some((a) => a.trim().toLowerCase() === wanted)) return null;
  return message('mail.send.notAlias', { address: from.trim(), account });
}

function display(d: Date): string {
  return Utilities.formatDate(d, Session.getScriptTimeZone(), 'dd/MM/yyyy HH:mm');
}

function forecastFor(session: WorkbookSession, queued: number, from: Date): SendingForecast {
  const s = session.settings().settings;
  const perMessage = recipientsPerMessage_(s.mailingCc, s.mailingBcc);
  const remaining = remainingQuota_();
  const allowedNow = messagesAllowed(remaining, s.mailDailyReserve, perMessage);
  // The day's full quota is not exposed; what is left now plus what was used is at most the Workspace 1,500.
  const daily = messagesAllowed(Math.max(remaining, 1500), s.mailDailyReserve, perMessage);
  const now = from.getTime();
  const finish = expectedFinish({
    queued,
    allowedNow,
    dailyAllowance: daily,
    now,
    resetAt: now + 86_400_000,
  });
  return {
    recipients: queued,
    remainingQuota: remaining,
    reserve: s.mailDailyReserve,
    recipientsPerMessage: perMessage,
    allowedToday: Math.min(queued, allowedNow),
    expectedFinish: finish === null ? '' : display(new Date(finish)),
    senderProblems: senderProblems(session),
  };
}

/** Remaining quota, the intake reserve and the expected finish of a draft, shown before the start. */
export function forecastMailing(draft: unknown): SendingForecast {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'send mailings');
  const p = prepareMailing(session, draft);
  return forecastFor(session, p.recipients.length, session.now());
}

function when(scheduledFor: unknown): Date | null {
  if (scheduledFor === null || scheduledFor === undefined || String(scheduledFor).trim() === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(String(scheduledFor).trim());
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) : null;
  if (!d || Number.isNaN(d.getTime())) throw new UserError('mail.send.badSchedule');
  return d;
}

function sendRows(
  p: PreparedMailing,
  mailingId: string,
  defaultLanguage: string,
  variants: Map<string, string>,
) {
  const rows: Record<string, unknown>[] = [];
  const family = requireFamily(p);
  for (const r of p.recipients) {
    const language = variants.get(r.contactId)!;
    rows.push({
      mailingId,
      contactId: r.contactId,
      email: r.email.trim(),
      language,
      templateId: family.rowIds[language] ?? null,
      status: 'queued',
    });
  }
  for (const x of p.audience.excluded) {
    // A contact without a usable address has nothing a Sends row could name; it is counted in the start's message.
    if (!isValidEmail(normaliseEmail(x.email))) continue;
    rows.push({
      mailingId,
      contactId: x.contactId,
      email: x.email.trim(),
      language: defaultLanguage,
      status: 'skipped',
      error: `${x.reason}${x.detail ? `: ${x.detail}` : ''}`.slice(0, 500),
    });
  }
  return rows;
}

function resultOf(
  session: WorkbookSession,
  mailingId: string,
  status: string,
  statuses: readonly string[],
  at: Date | null,
  now: Date,
): StartResult {
  const c = countStatuses(statuses);
  const forecast = forecastFor(session, c.queued, at ?? now);
  const scheduled = status === 'scheduled';
  return {
    mailingId,
    status: scheduled ? 'scheduled' : 'sending',
    queued: c.queued,
    skipped: c.skipped,
    forecast,
    message: message(scheduled ? 'mail.send.scheduled' : 'mail.send.started', {
      id: mailingId,
      queued: c.queued,
      skipped: c.skipped,
      finish: forecast.expectedFinish,
    }),
  };
}

/**
 * Starts a checked mailing now (`scheduledFor` null) or at a time ("yyyy-MM-ddTHH:mm", the script's time zone).
 * Under the lock the check runs again on what is there now; it is refused when it fails or a sender setting is wrong.
 * `requestId` is the sidebar's id of the Start click: the Mailings row carries a digest of the request (startKey_),
 * so a Start retried after a stop finds its mailing and completes its Sends block instead of starting a second.
 */
export function startMailing(
  draft: unknown,
  scheduledFor: unknown,
  requestId?: unknown,
  saved?: unknown,
): StartResult {
  const session = workbook();
  const caller = requireRole(session, DISSEMINATORS, 'send mailings');
  if (caller.email === '') throw new UserError('mail.noOwnAddress');
  const request = startRequestId_(requestId);
  const from = savedDraftOf_(saved);
  return session.write(() => {
    const now = session.now();
    const at = when(scheduledFor);
    const key = startKey_({
      caller: caller.email,
      draft: draftFrom(draft),
      at,
      requestId: request,
      draftId: null,
    });
    const earlier = earlierStart_(session, key, request !== undefined);
    if (earlier && earlier.statuses.length > 0) {
      // This Start already went through (its answer was lost): the same mailing, nothing written again.
      const status = String(earlier.mailing.values['status'] ?? '');
      if (status === 'sending' || status === 'scheduled') ensureSendingTrigger_();
      return resultOf(session, earlier.mailing.id, status, earlier.statuses, at, now);
    }
    if (at && at.getTime() <= now.getTime()) throw new UserError('mail.send.scheduleInPast');
    const p = prepareMailing(session, draft);
    if (p.draft.name === '') throw new UserError('mail.draft.name');
    const view = checkView(p, checkPrepared(p), mailingStoppers_(session, p));
    if (!view.ok) throw new UserError('mail.send.checkFailed', { detail: view.messages[0] ?? '' });
    const problems = senderProblems(session);
    if (problems.length > 0) throw new UserError('mail.send.senderProblem', { detail: problems[0]! });
    ensureSendingTrigger_();
    const status = at ? 'scheduled' : 'sending';
    const fields = {
      name: p.draft.name,
      templateName: p.draft.templateName,
      audience: p.draft.audience,
      attachments: p.draft.attachments.length > 0 ? p.draft.attachments : null,
      status,
      engagementType: 'newsletter',
      scheduledFor: at,
      recipients: p.recipients.length,
      sent: 0,
      failed: 0,
      startedAt: now,
      createdBy: caller.email,
    };
    const table = session.table(MAILINGS);
    // The Mailings row first (claimed by the key), then the Sends block: a stop between leaves a row the retry
    // completes (a sending run in between may have marked it done with nothing sent: it turns back to sending).
    const mailing = earlier
      ? table.update(earlier.mailing.id, fields, earlier.mailing.version)
      : from
        ? convertDraft_(session, from, fields, key)
        : table.insert([{ ...fields, lastRequest: key }])[0]!;
    const variants = new Map(view.variants.map((v) => [v.contactId, v.language]));
    const rows = sendRows(p, mailing.id, session.settings().settings.defaultLanguage, variants);
    const stored = session.table(SENDS).insert(rows, { noAudit: true });
    writePlace_(session, mailing.id, { first: stored[0]!.row, count: stored.length });
    return resultOf(
      session,
      mailing.id,
      status,
      rows.map((r) => String(r['status'])),
      at,
      now,
    );
  });
}
