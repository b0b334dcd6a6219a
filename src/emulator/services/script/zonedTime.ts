// Wall-clock parts of an instant in an IANA time zone (or a fixed `GMT+hh:mm` offset), and back, using the host's Intl.
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

const formatters = new Map<string, Intl.DateTimeFormat>();
const FIXED_OFFSET = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/;

/** A fixed offset such as `GMT+1`, `GMT-05:30` or `UTC` (Java's TimeZone accepts these), in minutes; undefined for zone ids. */
function fixedOffsetOf(timeZone: string): number | undefined {
  const m = FIXED_OFFSET.exec(timeZone);
  if (!m) return undefined;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

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
        weekday: 'short',
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

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const fixed = fixedOffsetOf(timeZone);
  if (fixed !== undefined) {
    const d = new Date(ms + fixed * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
      weekday: d.getUTCDay(),
      offsetMinutes: fixed,
    };
  }
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const millisecond = ((ms % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
    offsetMinutes: Math.round((asUtc - ms) / 60_000),
  };
}

/** The instant when the wall clock in `timeZone` shows the given local time (month 1–12; day may overflow). */
export function zonedToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const local = Date.UTC(year, month - 1, day, hour, minute, 0, 0);
  // Two corrections settle the offset, including across a daylight-saving change.
  let guess = local - zonedParts(local, timeZone).offsetMinutes * 60_000;
  guess = local - zonedParts(guess, timeZone).offsetMinutes * 60_000;
  return guess;
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
