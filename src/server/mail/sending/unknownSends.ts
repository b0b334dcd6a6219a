// Sends left "unknown" (the sent-folder search gave up, issue 12 item 7): remembered in a small document property
// so the daily digest and the mailing sidebar list them without reading Sends, and resolved by a person — marked
// sent (it is in the Sent folder) or put back in the queue (it is not) — role-checked, audited.

import { MAILINGS, SENDS } from '../../../../sheets-templates';
import { type Language, message, UserError } from '../../../core/messages';
import { requireRole } from '../../access/roles';
import { type WorkbookSession, workbook } from '../../store/session';
import { DISSEMINATORS } from '../disseminationAccess';
import { ensureSendingTrigger_ } from './trigger';

const UNKNOWN_KEY = 'scn.mailing.unknown';
/** A property value holds 9 kB (https://developers.google.com/apps-script/guides/services/quotas): ~100 entries. */
const KEPT = 100;

export interface UnknownSend {
  sendId: string;
  mailingId: string;
  mailingName: string;
  email: string;
  /** When it was flagged (ms). */
  at: number;
}

interface UnknownIndex {
  list: UnknownSend[];
  /** Flagged beyond the KEPT listed (counted, still findable by the Sends tab's Status column). */
  more: number;
}

function readIndex(session: WorkbookSession): UnknownIndex {
  const raw = session.properties().getProperty(UNKNOWN_KEY);
  if (!raw) return { list: [], more: 0 };
  try {
    const v = JSON.parse(raw) as UnknownIndex;
    return { list: Array.isArray(v.list) ? v.list : [], more: Number(v.more) || 0 };
  } catch {
    return { list: [], more: 0 };
  }
}

function writeIndex(session: WorkbookSession, index: UnknownIndex): void {
  if (index.list.length === 0 && index.more === 0) session.properties().deleteProperty(UNKNOWN_KEY);
  else session.properties().setProperty(UNKNOWN_KEY, JSON.stringify(index));
}

/** Remembers sends the run just flagged (under its lock); the mailing's name read once per mailing. */
export function noteUnknown_(
  session: WorkbookSession,
  flagged: readonly { sendId: string; mailingId: string; email: string }[],
): void {
  if (flagged.length === 0) return;
  const index = readIndex(session);
  const names = new Map<string, string>();
  const mt = session.table(MAILINGS);
  const at = session.now().getTime();
  for (const f of flagged) {
    if (index.list.some((u) => u.sendId === f.sendId)) continue;
    if (!names.has(f.mailingId)) {
      const row = mt.findRow(f.mailingId);
      names.set(f.mailingId, row ? String(mt.cell(row, 'name') ?? '').slice(0, 80) : '');
    }
    if (index.list.length >= KEPT) index.more++;
    else index.list.push({ ...f, mailingName: names.get(f.mailingId) ?? '', at });
  }
  writeIndex(session, index);
}

/** The unknown sends for the digest: the listed ones and how many more. */
export function unknownSends_(session: WorkbookSession): UnknownIndex {
  return readIndex(session);
}

const DIGEST_LINES = 20;

/** The daily digest's "sends to check by hand" part, in the reader's language ('' when none: the fallback shows). */
export function unknownDigestFields_(
  session: WorkbookSession,
  lang: Language,
): { UnknownSendsCount: number; UnknownSendsList: string } {
  const index = readIndex(session);
  const lines = index.list
    .slice(0, DIGEST_LINES)
    .map((u) =>
      message(
        'digest.unknownLine',
        { send: u.sendId, mailing: u.mailingName, mailingId: u.mailingId, email: u.email },
        lang,
      ),
    );
  const more = index.list.length - lines.length + index.more;
  if (more > 0) lines.push(message('digest.more', { n: more }, lang));
  return { UnknownSendsCount: index.list.length + index.more, UnknownSendsList: lines.join('\n') };
}

/** The mailing sidebar's list of sends to check by hand (all mailings, oldest first). */
export function listUnknownSends(): { list: UnknownSend[]; more: number } {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'follow mailings');
  return readIndex(session);
}

/**
 * A person's answer for one unknown send after looking in the Sent folder: 'sent' marks the row sent (no message
 * id: Gmail's own search never found it), 'requeue' puts it back in the queue of its mailing, which sends again
 * from the account that owns it. The change is a versioned save of the Sends row, so it is audited.
 */
export function resolveUnknownSend(sendId: unknown, outcome: unknown): { list: UnknownSend[]; more: number } {
  const session = workbook();
  const caller = requireRole(session, DISSEMINATORS, 'resolve unknown sends');
  const id = String(sendId ?? '').trim();
  const requeue = outcome === 'requeue';
  if (!requeue && outcome !== 'sent') throw new UserError('mail.unknown.badOutcome');
  session.write(() => {
    const sends = session.table(SENDS);
    const rec = sends.get(id);
    const status = String(rec.values['status'] ?? '');
    const mailingId = String(rec.values['mailingId'] ?? '');
    if (status !== 'unknown') throw new UserError('mail.unknown.notUnknown', { id, status });
    const who = caller.email || 'a coordinator';
    const mt = session.table(MAILINGS);
    const mailing = mt.get(mailingId);
    if (requeue) {
      const owner = String(mailing.values['createdBy'] ?? '').toLowerCase();
      if (owner !== '' && owner !== caller.email.toLowerCase())
        throw new UserError('mail.unknown.notOwner', { id, owner, mailing: mailingId });
    }
    const note = message(requeue ? 'mail.unknown.requeued' : 'mail.unknown.markedSent', { who }, 'en');
    const changes = requeue
      ? { status: 'queued', error: note }
      : { status: 'sent', sentAt: session.now(), error: note };
    sends.update(id, changes, rec.version, { summary: `Send ${id}: ${note}` });
    if (requeue && String(mailing.values['status']) === 'done') {
      mt.update(mailingId, { status: 'sending', finishedAt: null }, mailing.version, {
        summary: `Mailing sending again: ${id} put back in the queue`,
      });
    }
    if (requeue) ensureSendingTrigger_();
    const index = readIndex(session);
    index.list = index.list.filter((u) => u.sendId !== id);
    writeIndex(session, index);
  });
  return readIndex(session);
}
