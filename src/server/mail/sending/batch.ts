// One batch of a mailing under the script lock: claim up to 60 queued rows (one write), send them in order with the
// journal after each send, write every outcome (one write), clear the journal.

import { BATCH_SIZE, type JournalOutcome, pickBatch, type QueueRow } from '../../../core/mail/sendQueue';
import type { WorkbookSession } from '../../store/session';
import type { TableRow } from '../../store/table';
import { composeSend_, type MailingContext } from './compose';
import { clearBatch_, writeBatch_ } from './journal';
import { cellOf, readSpan_, type SendChange, writeChanges_ } from './sendsBlock';
import { sendMailingMessage_ } from './transport';

export interface BatchResult {
  sent: number;
  failed: number;
  skipped: number;
  /** True when Google refused a send for the day's quota: the rest stays queued. */
  quotaOut: boolean;
  /** True when the rows were not where the run left them (the tab was sorted or edited): read again next run. */
  moved: boolean;
  /** Each claimed row's status as written (sheet row → status), so the run keeps its counts without a re-read. */
  final: Map<number, string>;
}

/** Google's refusal for the day's quota ("Service invoked too many times for one day: email.", or the Gmail API's
 *  rate-limit wording). */
const QUOTA_ERROR = /too many times for one day|quota|rate limit|User-rate/i;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

/**
 * Sends the next queued rows among `candidates` (as read at the run's start), at most `limit`. The rows' span is
 * read again under this lock: a row no longer queued (another run took it) is left alone.
 */
export function runBatch_(
  session: WorkbookSession,
  m: MailingContext,
  candidates: readonly QueueRow[],
  limit: number,
): BatchResult {
  const result: BatchResult = {
    sent: 0,
    failed: 0,
    skipped: 0,
    quotaOut: false,
    moved: false,
    final: new Map(),
  };
  const wanted = pickBatch(candidates, Math.min(limit, BATCH_SIZE));
  if (wanted.length === 0) return result;
  const rows = readSpan_(session, wanted[0]!.row, wanted[wanted.length - 1]!.row);
  const byRow = new Map<number, TableRow>(rows.map((r) => [r.row, r]));
  const claimed: { row: number; id: string; contactId: string; email: string; language: string }[] = [];
  const changes = new Map<number, SendChange>();
  for (const w of wanted) {
    const r = byRow.get(w.row);
    if (!r || String(cellOf(session, r, 'id')) !== w.id) {
      result.moved = true;
      return result;
    }
    const status = String(cellOf(session, r, 'status'));
    if (status !== 'queued') {
      result.final.set(w.row, status); // another run took it meanwhile
      continue;
    }
    claimed.push({
      row: w.row,
      id: w.id,
      contactId: String(cellOf(session, r, 'contactId')),
      email: String(cellOf(session, r, 'email')),
      language: String(cellOf(session, r, 'language')),
    });
  }
  for (const c of claimed) changes.set(c.row, { status: 'sending', error: '' });
  // The claim, visible in the grid; what proves the outcome after a stop is the journal below.
  writeChanges_(session, rows, changes);
  const at = session.now().getTime();
  const done: JournalOutcome[] = [];
  const journal = () =>
    writeBatch_(session, {
      mailingId: m.id,
      at,
      rows: claimed.map((c) => c.row),
      ids: claimed.map((c) => c.id),
      done,
    });
  journal();
  for (const c of claimed) {
    if (result.quotaOut) {
      done.push([2, 'quota', at]);
      continue;
    }
    const composed = composeSend_(session, m, c);
    if ('hold' in composed) {
      result.quotaOut = true; // stop here like an exhausted quota: this row and the rest stay queued
      done.push([2, `hold:${composed.hold}`, at]);
    } else if ('skip' in composed) done.push([2, `skip:${composed.skip}`, at]);
    else if ('fail' in composed) done.push([0, composed.fail, at]);
    else {
      try {
        done.push([1, sendMailingMessage_(composed.message), session.now().getTime()]);
      } catch (e) {
        const why = message(e);
        if (QUOTA_ERROR.test(why)) {
          result.quotaOut = true;
          done.push([2, 'quota', at]);
        } else done.push([0, why, session.now().getTime()]);
      }
    }
    journal();
  }
  claimed.forEach((c, i) => {
    const o = done[i]!;
    if (o[0] === 1) {
      changes.set(c.row, { status: 'sent', sentAt: new Date(o[2]), messageId: o[1], error: '' });
      result.sent++;
    } else if (o[0] === 0) {
      changes.set(c.row, { status: 'failed', error: o[1] });
      result.failed++;
    } else if (o[1].indexOf('skip:') === 0) {
      changes.set(c.row, { status: 'skipped', error: o[1].slice(5) });
      result.skipped++;
    } else if (o[1].indexOf('hold:') === 0)
      changes.set(c.row, { status: 'queued', error: `waiting: ${o[1].slice(5)}` });
    else changes.set(c.row, { status: 'queued', error: '' });
  });
  for (const [row, c] of changes) result.final.set(row, c.status);
  writeChanges_(session, rows, changes);
  // The outcomes must be on the sheet before the journal that proves them goes.
  SpreadsheetApp.flush();
  session.dirty = false;
  clearBatch_(session);
  return result;
}
