// Calendar dates without a time zone ('YYYY-MM-DD'), and converting instants to and from wall-clock time in an IANA zone.

/** A calendar day as written in ISO 8601, e.g. '2025-03-28'. Compares correctly as a string. */
export type LocalDate = string;

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const formatters: Record<string, Intl.DateTimeFormat> = {};

// Intl.DateTimeFormat with a timeZone option (ECMA-402) needs no Node API. That Apps Script's V8 runtime
// ships it with full zone data is taken from the project brief, not verified against real Google here.
// An unknown zone throws a RangeError, rethrown below with a clearer message.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters[timeZone];
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hour12: false, // ES2019 typings lack hourCycle; with hour12 false some engines print midnight as 24 (handled below)
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}" (expected an IANA name such as Europe/London).`);
    }
    formatters[timeZone] = f;
  }
  return f;
}

/** The wall-clock time of an instant in a time zone. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid date.');
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines print midnight as 24 even with h23; normalise.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** Minutes to add to UTC to get the zone's wall-clock time at this instant. */
function offsetMinutesAt(ms: number, timeZone: string): number {
  const w = wallClockAt(new Date(ms), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return Math.round((asUtc - ms) / 60_000);
}

/**
 * The instant at which the zone's clocks show this wall-clock time. A time skipped by a DST change
 * (e.g. 01:30 on the last Sunday of March in London) resolves to the same distance after the jump
 * (02:30 BST); a time shown twice (autumn) resolves to the earlier one.
 */
export function instantAt(w: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  // Offsets on either side of any change near this time; try the earlier (larger) one first.
  const before = offsetMinutesAt(asUtc - DAY_MS, timeZone);
  const after = offsetMinutesAt(asUtc + DAY_MS, timeZone);
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = asUtc - offset * 60_000;
    if (offsetMinutesAt(candidate, timeZone) === offset) return new Date(candidate);
  }
  // In the gap: keep the wall-clock distance using the offset before the change.
  return new Date(asUtc - before * 60_000);
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const w = wallClockAt(instant, timeZone);
  return formatLocalDate(w.year, w.month, w.day);
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses 'YYYY-MM-DD', refusing impossible dates such as 2025-02-30. */
export function parseLocalDate(text: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(text.trim());
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`"${text}" is not a date written as YYYY-MM-DD.`);
}

/** Calendar arithmetic on days (no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The first instant of a calendar day in a zone (what a date-only cell holds in that zone). */
export function startOfDay(date: LocalDate, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  return instantAt({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}
