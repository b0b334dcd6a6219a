// Working-day arithmetic for service targets: due dates, days elapsed, overdue and due-today checks in the network's time zone.

import {
  addDays,
  instantAt,
  type LocalDate,
  localDateOf,
  parseLocalDate,
  startOfDay,
  wallClockAt,
  weekdayOf,
} from './localDate';

/**
 * Which days count. Holidays come from Settings: either 'YYYY-MM-DD' text or date cells (a Date at
 * midnight in the workbook's zone, read back as the calendar day it shows in `timeZone`).
 */
export interface WorkingCalendar {
  readonly timeZone: string;
  readonly holidays: readonly (string | Date)[];
}

/** A due date: the calendar day, the instant it ends, and the value to write into a date-only cell. */
export interface DueDate {
  /** The last day on which the answer is on time. */
  readonly date: LocalDate;
  /** First instant after the due day (its local midnight): anything at or after this is overdue. */
  readonly endsAt: Date;
  /** Midnight at the start of the due day in the calendar's zone, for a 'date' column such as Due by. */
  readonly cellValue: Date;
}

function holidaySet(calendar: WorkingCalendar): Record<string, true> {
  const set: Record<string, true> = {};
  for (const h of calendar.holidays) {
    if (h instanceof Date) set[localDateOf(h, calendar.timeZone)] = true;
    else if (h.trim() !== '') {
      parseLocalDate(h); // refuse malformed entries loudly rather than ignore a holiday
      set[h.trim()] = true;
    }
  }
  return set;
}

export function isWorkingDay(date: LocalDate, calendar: WorkingCalendar): boolean {
  return isWorkingDay_(date, holidaySet(calendar));
}

function isWorkingDay_(date: LocalDate, holidays: Record<string, true>): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !holidays[date];
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`Working days must be a whole number ≥ 0 (got ${n}).`);
}

/** The n-th working day strictly after `date` (n = 0 gives `date` itself). */
function nthWorkingDayAfter(date: LocalDate, n: number, holidays: Record<string, true>): LocalDate {
  let day = date;
  let left = n;
  // A year of holidays back to back is impossible; the bound only guards against a bad holiday list.
  for (let guard = 0; left > 0; guard++) {
    if (guard > 3660) throw new RangeError('No working day found within ten years: check the holidays list.');
    day = addDays(day, 1);
    if (isWorkingDay_(day, holidays)) left--;
  }
  return day;
}

/**
 * Adds n working days to a date-time, keeping its wall-clock time in the calendar's zone (so 09:00
 * stays 09:00 across a daylight-saving change). Counting starts on the day after the start's calendar
 * day, whatever that day is: Friday 10:00 + 1 → Monday 10:00; Saturday 10:00 + 1 → Monday 10:00.
 */
export function addWorkingDays(start: Date, n: number, calendar: WorkingCalendar): Date {
  assertCount(n);
  const w = wallClockAt(start, calendar.timeZone);
  const day = nthWorkingDayAfter(localDateOf(start, calendar.timeZone), n, holidaySet(calendar));
  const { year, month, day: dom } = parseLocalDate(day);
  return instantAt({ ...w, year, month, day: dom }, calendar.timeZone);
}

/**
 * The due date for a service target of n working days from a submission.
 *
 * Definition (the network's "we answer within n working days"):
 * - the day of receipt never counts, whatever the hour: a reply on that same day is a bonus;
 * - day 1 is the first working day (Monday–Friday, not a holiday) after the calendar day of receipt
 *   in the calendar's zone. So a submission on a weekend or holiday starts counting on the next
 *   working day, exactly like one received late on the previous working day;
 * - the target is met if answered by the end (local midnight) of day n.
 * Examples with n = 3: Friday 17:00 → end of Wednesday; Saturday or Sunday → end of Wednesday;
 * Monday 08:00 → end of Thursday. n = 0 means "by the end of the day of receipt".
 */
export function dueDateForTarget(submittedAt: Date, n: number, calendar: WorkingCalendar): DueDate {
  assertCount(n);
  const received = localDateOf(submittedAt, calendar.timeZone);
  const date = nthWorkingDayAfter(received, n, holidaySet(calendar));
  return {
    date,
    endsAt: startOfDay(addDays(date, 1), calendar.timeZone),
    cellValue: startOfDay(date, calendar.timeZone),
  };
}

/**
 * Working days from one moment to another, counted like a due date: the working days after `from`'s
 * calendar day up to and including `to`'s. So workingDaysBetween(submitted, dueDate(submitted, n).date)
 * is n, and an answer is within target when workingDaysBetween(submitted, answered) ≤ n.
 * Negative when `to` is on an earlier day; 0 on the same day.
 */
export function workingDaysBetween(
  from: Date | LocalDate,
  to: Date | LocalDate,
  calendar: WorkingCalendar,
): number {
  const holidays = holidaySet(calendar);
  const a = toLocalDate(from, calendar.timeZone);
  const b = toLocalDate(to, calendar.timeZone);
  if (a === b) return 0;
  const [lo, hi, sign] = a < b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = addDays(lo, 1); day <= hi; day = addDays(day, 1)) {
    if (isWorkingDay_(day, holidays)) count++;
  }
  return sign * count;
}

/** A due date given as a DueDate, a 'YYYY-MM-DD' string, or a date cell value (midnight of the due day). */
export type DueLike = DueDate | LocalDate | Date;

function dueDay(due: DueLike, timeZone: string): LocalDate {
  if (typeof due === 'string' || due instanceof Date) return toLocalDate(due, timeZone);
  return due.date;
}

function toLocalDate(value: Date | LocalDate, timeZone: string): LocalDate {
  if (value instanceof Date) return localDateOf(value, timeZone);
  parseLocalDate(value);
  return value.trim();
}

/** True once the whole due day has passed in the zone (an answer on the due day is on time). */
export function isOverdue(due: DueLike, now: Date, timeZone: string): boolean {
  return localDateOf(now, timeZone) > dueDay(due, timeZone);
}

/** True when today (in the zone) is the due day. */
export function dueToday(due: DueLike, now: Date, timeZone: string): boolean {
  return localDateOf(now, timeZone) === dueDay(due, timeZone);
}
