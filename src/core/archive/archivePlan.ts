// Pure rules of "Archive history": the cutoff, which rows of a date-sorted block form the next batch, the archive's name.

import { wallClockAt } from '../calendar/localDate';

/** The yearly archive spreadsheet's name, e.g. "SCN CRM archive 2023". */
export function archiveName(year: number): string {
  return `SCN CRM archive ${year}`;
}

/** Rows dated before this instant are archived: `months` calendar months before `today` (same day, midnight UTC). */
export function archiveCutoff(today: Date, months: number): Date {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() - months;
  const d = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), Math.min(today.getUTCDate(), lastDay)));
}

/** The calendar year and 'YYYY-MM' month of a date in the workbook's time zone. */
export function yearMonthOf(date: Date, timeZone: string): { year: number; month: string } {
  const w = wallClockAt(date, timeZone);
  return { year: w.year, month: `${w.year}-${w.month < 10 ? '0' : ''}${w.month}` };
}

export interface BatchPick {
  /** How many rows from the top of the block belong to the batch (0: nothing to archive). */
  count: number;
  /** The archive year of those rows. */
  year: number;
}

/**
 * The next batch of a block sorted by date (oldest first, undated rows last): the longest run from the top whose
 * dates are before the cutoff and fall in the same year as the first row, at most `max` rows. Undated rows are
 * never archived. (Sends are dated by createdAt, which a queued send has too: batchRun keeps those live.)
 */
export function pickBatch(dates: readonly unknown[], cutoff: Date, timeZone: string, max: number): BatchPick {
  const first = dates[0];
  if (!(first instanceof Date) || !(first.getTime() < cutoff.getTime())) return { count: 0, year: 0 };
  const year = yearMonthOf(first, timeZone).year;
  let count = 0;
  while (count < dates.length && count < max) {
    const d = dates[count];
    if (!(d instanceof Date) || !(d.getTime() < cutoff.getTime())) break;
    if (yearMonthOf(d, timeZone).year !== year) break;
    count++;
  }
  return { count, year };
}

/** A short fingerprint of a batch (its table, year and first and last ids), used as its id in the summary. */
export function batchIdOf(tab: string, year: number, firstId: string, lastId: string): string {
  return `${tab.slice(0, 3).toUpperCase()}:${year}:${firstId}..${lastId}`.slice(0, 40);
}

/** Send statuses the mail merge has not settled yet: such a row is live work and is never archived. */
export const UNSETTLED_SEND_STATUSES: readonly string[] = ['queued', 'sending', 'unknown'];

/** Why a batch ended before the rows that were due: the row there must be settled by a person (or the mail merge). */
export type HoldReason = 'no-id' | 'repeated-id' | 'unsettled-send';

export interface BatchRun {
  count: number;
  /** Set when the row at index `count` was due but cannot be archived. */
  hold?: HoldReason;
}

/**
 * How many of the `due` top rows make the batch. It ends before a row without an id or with an id already in the
 * batch (a stopped batch is recognised by its ids), and before a Send whose status is not settled (`statuses`
 * given for Sends only).
 */
export function batchRun(ids: readonly string[], statuses: readonly string[] | null, due: number): BatchRun {
  const seen = new Set<string>();
  for (let i = 0; i < due; i++) {
    const id = (ids[i] ?? '').trim();
    if (id === '') return { count: i, hold: 'no-id' };
    if (seen.has(id)) return { count: i, hold: 'repeated-id' };
    if (statuses && UNSETTLED_SEND_STATUSES.indexOf((statuses[i] ?? '').trim()) >= 0)
      return { count: i, hold: 'unsettled-send' };
    seen.add(id);
  }
  return { count: due };
}

export interface DuePick {
  /** Indices (ascending) of the picked rows in the column given. */
  indices: number[];
  /** The archive year of those rows (their event's end). */
  year: number;
}

/**
 * The next Participants batch: rows whose event (`ends`: event id → the day it ended) ended before the cutoff,
 * the first `max` of them whose event ended in the same year as the first due row's, in row order. A row whose
 * event is unknown or has no date stays live.
 */
export function pickDueByEvent(
  eventIds: readonly unknown[],
  ends: ReadonlyMap<string, Date>,
  cutoff: Date,
  timeZone: string,
  max: number,
): DuePick {
  const indices: number[] = [];
  let year = 0;
  for (let i = 0; i < eventIds.length && indices.length < max; i++) {
    const end = ends.get(String(eventIds[i] ?? '').trim());
    if (!end || !(end.getTime() < cutoff.getTime())) continue;
    const y = yearMonthOf(end, timeZone).year;
    if (indices.length === 0) year = y;
    if (y === year) indices.push(i);
  }
  return { indices, year };
}
