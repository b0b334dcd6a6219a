// Wall-clock time of an instant in an IANA time zone (or a fixed `GMT+hh:mm` offset), and back; shared by all services.
// Sheets stores dates as local date-times of the workbook's zone
// (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone());
// Utilities.formatDate and clock triggers read the wall clock of a given zone.
import { GoogleError } from '../../runtime/serviceObject';

export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes to add to UTC to get local time. */
  offsetMinutes: number;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const FIXED_OFFSET = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/;

/** A fixed offset such as `GMT+1`, `GMT-05:30` or `UTC` (Java's TimeZone accepts these), in minutes; undefined for zone ids. */
function fixedOffsetOf(timeZone: string): number | undefined {
  const m = FIXED_OFFSET.exec(timeZone);
  if (!m) return undefined;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new GoogleError(`Invalid argument: timeZone (${timeZone})`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws Google's invalid-argument error when the zone is unknown. */
export function assertTimeZone(timeZone: string): void {
  if (fixedOffsetOf(timeZone) === undefined) formatterFor(timeZone);
}

/** Offsets cached per quarter hour: zone transitions fall on quarter hours, and Intl is slow when called per cell. */
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

/** Milliseconds to add to UTC to get the wall clock of `timeZone` at `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const fixed = fixedOffsetOf(timeZone);
  if (fixed !== undefined) return fixed * 60_000;
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const key = `${timeZone}|${bucket}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const start = bucket * QUARTER_HOUR;
    const p: Record<string, string> = {};
    for (const part of formatterFor(timeZone).formatToParts(new Date(start))) p[part.type] = part.value;
    const wall = Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour) % 24,
      Number(p.minute),
      Number(p.second),
    );
    off = wall - start;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, off);
  }
  return off;
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const off = offsetAt(ms, timeZone);
  const local = new Date(ms + off);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    offsetMinutes: Math.round(off / 60_000),
  };
}

/** The wall clock of `timeZone` at a date. */
export function wallClockOf(d: Date, timeZone: string): ZonedParts {
  return zonedParts(d.getTime(), timeZone);
}

/** The instant when the wall clock in `timeZone` shows the given local time (month 1–12; day may overflow). */
export function zonedToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
  second = 0,
): number {
  const local = Date.UTC(year, month - 1, day, hour, minute, second, 0);
  // Two corrections settle the offset, including across a daylight-saving change.
  let guess = local - offsetAt(local, timeZone);
  guess = local - offsetAt(guess, timeZone);
  return guess;
}

/** The instant at which the wall clock of `timeZone` reads the given date and time. */
export function instantOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): Date {
  return new Date(zonedToUtc(year, month, day, hour, minute, timeZone, second));
}

/** The short (`GMT`, `BST`, `EST`) or long (`British Summer Time`) name of the zone at an instant, as Java prints `z`/`zzzz`. */
export function zoneName(ms: number, timeZone: string, style: 'short' | 'long'): string {
  if (fixedOffsetOf(timeZone) !== undefined) return timeZone;
  const nameIn = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(new Date(ms))
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const us = nameIn('en-US');
  // en-US knows American abbreviations; en-GB knows European ones (GMT/BST) where en-US says "GMT+1".
  return /^GMT[+-]/.test(us) ? nameIn('en-GB') : us;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The Sheets serial number of a date (days since 30 Dec 1899, local to the workbook). */
export function serialOf(d: Date, timeZone: string): number {
  const w = wallClockOf(d, timeZone);
  const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (local - SERIAL_EPOCH) / 86_400_000;
}

export function dateOfSerial(serial: number, timeZone: string): Date {
  const t = new Date(SERIAL_EPOCH + Math.round(serial * 86_400_000));
  return instantOf(
    t.getUTCFullYear(),
    t.getUTCMonth() + 1,
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds(),
    timeZone,
  );
}
