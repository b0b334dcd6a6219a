// The mailing sidebar's view of a started mailing — counts, expected finish, reach per city — and pause, resume
// and cancel.

import { CITIES, CONTACTS, MAILINGS } from '../../../../sheets-templates';
import {
  countStatuses,
  expectedFinish,
  messagesAllowed,
  type SendCounts,
} from '../../../core/mail/sendQueue';
import { UserError } from '../../../core/messages';
import { requireRole } from '../../access/roles';
import { type WorkbookSession, workbook } from '../../store/session';
import { DISSEMINATORS } from '../disseminationAccess';
import { requestStop_ } from './journal';
import { cellOf, mailingRows_, type SendChange, writeChanges_ } from './sendsBlock';
import { recipientsPerMessage_, remainingQuota_ } from './transport';
import { ensureSendingTrigger_ } from './trigger';

export interface MailingProgress {
  mailingId: string;
  name: string;
  status: string;
  counts: SendCounts;
  /** dd/MM/yyyy HH:mm; '' when done or when the quota allows nothing. */
  expectedFinish: string;
  remainingQuota: number;
  /** Cities (or partners) with at least one contact sent this mailing, and contacts reached. */
  reach: { cities: number; contacts: number; top: { name: string; sent: number }[] };
}

export interface MailingLine {
  mailingId: string;
  name: string;
  status: string;
}

const text = (v: unknown) => String(v ?? '').trim();
const ACTIVE = ['sending', 'scheduled', 'paused'];

/** The caller's mailings still going (sending, scheduled or paused), newest first, for the sidebar to follow. */
export function listActiveMailings(): MailingLine[] {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'follow mailings');
  const mt = session.table(MAILINGS);
  return mt
    .rows()
    .filter((r) => ACTIVE.indexOf(text(mt.cell(r, 'status'))) >= 0)
    .map((r) => ({
      mailingId: text(mt.cell(r, 'id')),
      name: text(mt.cell(r, 'name')),
      status: text(mt.cell(r, 'status')),
    }))
    .reverse();
}

function reachOf(session: WorkbookSession, sentContacts: readonly string[]): MailingProgress['reach'] {
  const ct = session.table(CONTACTS);
  const orgOf = new Map<string, string>();
  for (const r of ct.columnRows(['id', 'orgId']))
    orgOf.set(text(ct.cell(r, 'id')), text(ct.cell(r, 'orgId')));
  const cityT = session.table(CITIES);
  const names = new Map<string, string>();
  for (const r of cityT.columnRows(['id', 'name']))
    names.set(text(cityT.cell(r, 'id')), text(cityT.cell(r, 'name')));
  const perOrg = new Map<string, number>();
  for (const c of sentContacts) {
    const org = orgOf.get(c);
    if (org) perOrg.set(org, (perOrg.get(org) ?? 0) + 1);
  }
  const top = [...perOrg.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([id, sent]) => ({ name: names.get(id) ?? id, sent }));
  return { cities: perOrg.size, contacts: new Set(sentContacts).size, top };
}

/** Sent / queued / failed / skipped of one mailing from its Sends rows (one read of its block), and the finish. */
export function getMailingProgress(mailingId: unknown): MailingProgress {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'follow mailings');
  const id = text(mailingId);
  const mt = session.table(MAILINGS);
  const row = mt.findRow(id);
  if (!row) throw new UserError('mail.mailingMissing', { id });
  const rows = mailingRows_(session, id);
  const statuses = rows.map((r) => text(cellOf(session, r, 'status')));
  const counts = countStatuses(statuses);
  const s = session.settings().settings;
  const remaining = remainingQuota_();
  const perMessage = recipientsPerMessage_(s.mailingCc, s.mailingBcc);
  const status = text(mt.cell(row, 'status'));
  const now = session.now().getTime();
  const finish =
    status === 'sending' || status === 'scheduled'
      ? expectedFinish({
          queued: counts.queued + counts.sending,
          allowedNow: messagesAllowed(remaining, s.mailDailyReserve, perMessage),
          dailyAllowance: messagesAllowed(1500, s.mailDailyReserve, perMessage),
          now,
          resetAt: now + 86_400_000,
        })
      : null;
  const sentContacts = rows
    .filter((_, i) => statuses[i] === 'sent')
    .map((r) => text(cellOf(session, r, 'contactId')));
  return {
    mailingId: id,
    name: text(mt.cell(row, 'name')),
    status,
    counts,
    expectedFinish:
      finish === null
        ? ''
        : Utilities.formatDate(new Date(finish), Session.getScriptTimeZone(), 'dd/MM/yyyy HH:mm'),
    remainingQuota: remaining,
    reach: reachOf(session, sentContacts),
  };
}

function setStatus(session: WorkbookSession, id: string, from: readonly string[], to: string): void {
  const mt = session.table(MAILINGS);
  const rec = mt.get(id);
  const status = text(rec.values['status']);
  if (from.indexOf(status) < 0) throw new UserError('mail.send.cannotChange', { id, status });
  mt.update(id, { status: to, ...(to === 'cancelled' ? { finishedAt: session.now() } : {}) }, rec.version, {
    action: to === 'cancelled' ? 'update' : 'update',
    summary: `Mailing ${to}`,
  });
}

/** Pause: the run sends no further batch of this mailing (the one in flight ends); queued rows stay queued. */
export function pauseMailing(mailingId: unknown): MailingProgress {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'pause mailings');
  const id = text(mailingId);
  session.write(() => {
    requestStop_(session, id, true);
    setStatus(session, id, ['sending', 'scheduled'], 'paused');
  });
  return getMailingProgress(id);
}

export function resumeMailing(mailingId: unknown): MailingProgress {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'resume mailings');
  const id = text(mailingId);
  session.write(() => {
    setStatus(session, id, ['paused'], 'sending');
    requestStop_(session, id, false);
    ensureSendingTrigger_();
  });
  return getMailingProgress(id);
}

/** Cancel: every row still queued becomes skipped ("mailing cancelled"), in one write; what went stays sent. */
export function cancelMailing(mailingId: unknown): MailingProgress {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'cancel mailings');
  const id = text(mailingId);
  session.write(() => {
    requestStop_(session, id, true);
    setStatus(session, id, ['sending', 'scheduled', 'paused'], 'cancelled');
    const rows = mailingRows_(session, id);
    const changes = new Map<number, SendChange>();
    for (const r of rows)
      if (text(cellOf(session, r, 'status')) === 'queued')
        changes.set(r.row, { status: 'skipped', error: 'mailing cancelled' });
    writeChanges_(session, rows, changes);
  });
  return getMailingProgress(id);
}
