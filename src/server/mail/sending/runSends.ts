// The sending run (time-driven trigger): settles what a stopped run left, then sends the queued rows of this
// account's mailings batch by batch within the quota and the time budget, and records each mailing's counts.

import { MAILINGS } from '../../../../sheets-templates';
import { filterFromJson } from '../../../core/mail/mailingDraft';
import {
  BATCH_SIZE,
  countStatuses,
  messagesAllowed,
  PER_SEND_MS,
  type QueueRow,
  RUN_BUDGET_MS,
} from '../../../core/mail/sendQueue';
import { familyFromRows } from '../../../core/mail/templateRows';
import { isOwnTriggerEvent_ } from '../../access/ownTrigger';
import { registrationLinks_ } from '../../events/registrationLinks';
import { type WorkbookSession, workbook } from '../../store/session';
import type { TableRow } from '../../store/table';
import { effectiveFilter, readAudienceWorld } from '../audienceRead';
import { templateRows } from '../templateCatalog';
import { runBatch_ } from './batch';
import type { MailingContext } from './compose';
import { mailingFilesForRun_ } from './files';
import { readBatch_, readUnsure_, runnerUntil_, setRunner_, stopRequested_ } from './journal';
import { recoverStopped_ } from './recovery';
import { cellOf, mailingRows_, pinLayout_ } from './sendsBlock';
import { recipientsPerMessage_, remainingQuota_ } from './transport';
import { removeSendingTrigger_, setCadence_ } from './trigger';

/** Longer than any execution (6 minutes): a runner mark older than this belongs to a run that was stopped. */
const RUNNER_MARK_MS = 6 * 60 * 1000 + 30 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export interface RunReport {
  sent: number;
  failed: number;
  skipped: number;
  flagged: number;
  quotaOut: boolean;
  /** 'busy' when another run was sending; 'idle' when nothing was due. */
  state: 'sent' | 'busy' | 'idle';
}

interface Due {
  row: TableRow;
  id: string;
}

const text = (v: unknown) => String(v ?? '').trim();

/** This account's mailings that are sending, or scheduled and due (those turn to sending). */
function dueMailings(
  session: WorkbookSession,
  me: string,
  now: number,
): { due: Due[]; waiting: number; nextAt: number } {
  const mt = session.table(MAILINGS);
  const due: Due[] = [];
  let waiting = 0;
  let nextAt = Number.POSITIVE_INFINITY;
  for (const row of mt.rows()) {
    if (text(mt.cell(row, 'createdBy')).toLowerCase() !== me) continue;
    const status = text(mt.cell(row, 'status'));
    const at = mt.cell(row, 'scheduledFor');
    if (status === 'scheduled' && at instanceof Date && at.getTime() > now) {
      waiting++;
      nextAt = Math.min(nextAt, at.getTime());
    } else if (status === 'scheduled' || status === 'sending')
      due.push({ row, id: text(mt.cell(row, 'id')) });
    else if (status === 'paused') waiting++;
  }
  return { due, waiting, nextAt };
}

/** Writes a mailing's counts (and status: sending → done when nothing is left to send). */
function recordCounts(session: WorkbookSession, mailingId: string, statuses: readonly string[]): boolean {
  const c = countStatuses(statuses);
  const mt = session.table(MAILINGS);
  const rec = mt.get(mailingId);
  const finished = c.queued === 0 && c.sending === 0;
  const status = text(rec.values['status']);
  const changes: Record<string, unknown> = { sent: c.sent, failed: c.failed + c.unknown };
  if (status === 'scheduled') changes['status'] = 'sending';
  if (finished && (status === 'sending' || status === 'scheduled')) {
    changes['status'] = 'done';
    changes['finishedAt'] = session.now();
  }
  if (rec.values['sent'] === c.sent && rec.values['failed'] === changes['failed'] && !changes['status'])
    return finished;
  mt.update(mailingId, changes, rec.version, { noAudit: true });
  return finished;
}

/**
 * The handler of the sending trigger (trigger.ts). Each batch holds the script lock for about 22 s, so intake
 * submissions (which wait up to 30 s) get in between batches; no batch starts past RUN_BUDGET_MS.
 */
export function runMailingSends(e?: GoogleAppsScript.Events.TimeDriven): RunReport {
  if (!isOwnTriggerEvent_(e)) throw new Error('Mailings are sent by their time-driven trigger only.');
  const session = workbook();
  const started = Date.now();
  const me = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  const report: RunReport = { sent: 0, failed: 0, skipped: 0, flagged: 0, quotaOut: false, state: 'idle' };
  const plan = session.write(() => {
    if (runnerUntil_(session) > started) return null;
    setRunner_(session, started + RUNNER_MARK_MS);
    report.flagged += recoverStopped_(session).flagged;
    return dueMailings(session, me, started);
  }, 120000);
  if (!plan) return { ...report, state: 'busy' };
  try {
    const unsure = () => readUnsure_(session).length > 0 || readBatch_(session) !== null;
    // Every minute while sending or searching, or when a scheduled start is within the hour; else every hour.
    const soon = () => plan.nextAt - Date.now() < HOUR_MS || unsure();
    if (plan.due.length === 0) {
      if (plan.waiting === 0 && !unsure()) removeSendingTrigger_();
      else setCadence_(soon() ? 'minute' : 'hour');
      return report;
    }
    report.state = 'sent';
    const settings = session.settings().settings;
    const perMessage = recipientsPerMessage_(settings.mailingCc, settings.mailingBcc);
    let allowed = messagesAllowed(remainingQuota_(), settings.mailDailyReserve, perMessage);
    const world = readAudienceWorld(session);
    const templates = templateRows(session);
    let anyLeft = plan.waiting > 0;
    for (const d of plan.due) {
      const mt = session.table(MAILINGS);
      const family = familyFromRows(templates, text(mt.cell(d.row, 'templateName')));
      const m: MailingContext = {
        id: d.id,
        name: text(mt.cell(d.row, 'name')),
        family,
        world,
        settings,
        from: settings.mailingFrom ?? me,
        files: mailingFilesForRun_(session, d.id, family),
        registrationLinks: registrationLinks_(
          session,
          effectiveFilter(session, filterFromJson(mt.cell(d.row, 'audience'))).eventIds ?? [],
        ),
      };
      const rows = session.write(() => {
        pinLayout_(session);
        return mailingRows_(session, d.id);
      });
      let queue: QueueRow[] = rows.map((r) => ({
        row: r.row,
        id: text(cellOf(session, r, 'id')),
        status: text(cellOf(session, r, 'status')),
      }));
      while (!report.quotaOut && allowed > 0 && queue.some((q) => q.status === 'queued')) {
        if (Date.now() - started + BATCH_SIZE * PER_SEND_MS > RUN_BUDGET_MS) break;
        // Pause and cancel (progress.ts) set a property the run looks at before each batch (not a sheet read).
        if (stopRequested_(session, d.id)) break;
        const b = session.write(() => runBatch_(session, m, queue, allowed));
        report.sent += b.sent;
        report.failed += b.failed;
        report.skipped += b.skipped;
        allowed -= b.sent + b.failed;
        if (b.quotaOut) report.quotaOut = true;
        if (b.moved) break;
        queue = queue.map((q) => (b.final.has(q.row) ? { ...q, status: b.final.get(q.row)! } : q));
        if (b.sent + b.failed + b.skipped === 0 && !b.quotaOut) break;
      }
      const statuses = queue.map((q) => q.status);
      const finished = session.write(() => recordCounts(session, d.id, statuses));
      if (!finished) anyLeft = true;
    }
    if (!anyLeft && !unsure()) removeSendingTrigger_();
    else setCadence_(report.quotaOut || allowed <= 0 ? (soon() ? 'minute' : 'hour') : 'minute');
    return report;
  } finally {
    session.write(() => setRunner_(session, null));
  }
}
