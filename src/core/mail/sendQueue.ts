// The sending engine's pure rules: the next batch, what a stopped batch's journal proves, quota shares, the finish estimate.

/** A Sends row as the engine sees it: its sheet row, id and status. */
export interface QueueRow {
  readonly row: number;
  readonly id: string;
  readonly status: string;
}

/**
 * Recipients per batch: a span read, one "sending" write, one outcome write and a flush each (≈ 0.05 spreadsheet
 * calls per recipient), the lock held for about 27 s — under the 30 s an intake submission waits for it.
 */
export const BATCH_SIZE = 75;
/** Modelled cost of one recipient: the Gmail API send (300 ms) and the journal's setProperty (62 ms). */
export const PER_SEND_MS = 362;
/** A run starts no batch that would end past this (Apps Script stops executions at 6 minutes). */
export const RUN_BUDGET_MS = 4 * 60 * 1000;
/** How often the sending trigger fires. */
export const RUN_INTERVAL_MS = 60 * 1000;
/** A message that may have left is searched for in this many runs, and at least this long, before a person is asked. */
export const SEARCH_TRIES = 3;
export const SEARCH_WAIT_MS = 15 * 60 * 1000;

/** The first `limit` queued rows, in sheet order. */
export function pickBatch(rows: readonly QueueRow[], limit: number): QueueRow[] {
  const out: QueueRow[] = [];
  for (const r of rows) {
    if (out.length >= limit) break;
    if (r.status === 'queued') out.push(r);
  }
  return out;
}

/**
 * One send's outcome as the journal keeps it: [1, Gmail message id, ms] when sent, [0, reason, ms] when it failed,
 * [2, reason, ms] when it was refused before leaving (quota out) and goes back to the queue.
 */
export type JournalOutcome = [0 | 1 | 2, string, number];

/**
 * A batch in flight (document property): the rows it claimed, in sending order, and the outcome of each send so far,
 * written after every send. Sends go strictly in order, so a run stopped mid-batch leaves exactly one row whose
 * message may or may not have left (the one after the last outcome); every row after it was never attempted.
 */
export interface BatchJournal {
  readonly mailingId: string;
  readonly at: number;
  readonly rows: readonly number[];
  readonly ids: readonly string[];
  readonly done: readonly JournalOutcome[];
}

/** A row whose message may have left: searched for across runs before anyone is asked. */
export interface UnsureSend {
  readonly mailingId: string;
  readonly id: string;
  readonly row: number;
  readonly at: number;
  readonly tries: number;
}

export type Settled =
  | { kind: 'sent'; id: string; row: number; messageId: string; at: number }
  | { kind: 'failed'; id: string; row: number; reason: string; at: number }
  | { kind: 'requeue'; id: string; row: number }
  | { kind: 'unsure'; send: UnsureSend };

/** What a stopped batch's journal proves about each of its rows. */
export function settleJournal(j: BatchJournal): Settled[] {
  return j.ids.map((id, i): Settled => {
    const row = j.rows[i]!;
    const o = j.done[i];
    if (o) {
      if (o[0] === 2) return { kind: 'requeue', id, row };
      return o[0] === 1
        ? { kind: 'sent', id, row, messageId: o[1], at: o[2] }
        : { kind: 'failed', id, row, reason: o[1], at: o[2] };
    }
    if (i === j.done.length)
      return { kind: 'unsure', send: { mailingId: j.mailingId, id, row, at: j.at, tries: 0 } };
    return { kind: 'requeue', id, row };
  });
}

/** After one more search that did not find it: keep searching, or hand it to a person. */
export function afterMiss(s: UnsureSend, now: number): { keep: UnsureSend } | { flag: UnsureSend } {
  const next = { ...s, tries: s.tries + 1 };
  return next.tries >= SEARCH_TRIES && now - s.at >= SEARCH_WAIT_MS ? { flag: next } : { keep: next };
}

/** Messages the mailing may send now: the remaining recipients less the share kept for intake, per message. */
export function messagesAllowed(remaining: number, reserve: number, recipientsPerMessage: number): number {
  return Math.max(0, Math.floor((remaining - reserve) / Math.max(1, recipientsPerMessage)));
}

/** Recipients one run sends at most (its time budget over the cost of one send). */
export function perRun(): number {
  return Math.floor(RUN_BUDGET_MS / PER_SEND_MS / BATCH_SIZE) * BATCH_SIZE;
}

/**
 * When the queue should be through: runs of `perRun()` every interval while today's allowance lasts, the rest
 * after the quota resets (24 hours after the first send of the window: the quotas page) at the daily allowance.
 */
export function expectedFinish(o: {
  queued: number;
  allowedNow: number;
  dailyAllowance: number;
  now: number;
  resetAt: number;
}): number | null {
  if (o.queued === 0) return o.now;
  const runTime = RUN_BUDGET_MS + RUN_INTERVAL_MS;
  const span = (n: number) => Math.ceil(n / perRun()) * runTime;
  if (o.queued <= o.allowedNow) return o.now + span(o.queued);
  if (o.dailyAllowance <= 0) return null;
  const later = o.queued - o.allowedNow;
  const days = Math.ceil(later / o.dailyAllowance);
  const lastDay = later - (days - 1) * o.dailyAllowance;
  return Math.max(o.resetAt, o.now) + (days - 1) * 86_400_000 + span(lastDay);
}

/** The unique reference a message carries as its Message-ID: found again with `rfc822msgid:` in the sent folder. */
export function messageReference(sendId: string, mailingId: string): string {
  return `<${sendId.toLowerCase()}.${mailingId.toLowerCase()}@scn-crm.mail>`;
}

export interface SendCounts {
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  skipped: number;
  unknown: number;
}

export function countStatuses(statuses: readonly string[]): SendCounts {
  const c: SendCounts = { queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0, unknown: 0 };
  for (const s of statuses) if (s in c) c[s as keyof SendCounts]++;
  return c;
}
