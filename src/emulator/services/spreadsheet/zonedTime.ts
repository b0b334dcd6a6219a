// Wall-clock time in the spreadsheet's time zone: Sheets stores dates as local date-times of the workbook.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
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
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function wallClockByIntl(d: Date, timeZone: string): WallClock {
  const out: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(d)) out[p.type] = p.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour) % 24,
    minute: Number(out.minute),
    second: Number(out.second),
    weekday: WEEKDAYS[out.weekday] ?? 0,
  };
}

/** Offsets cached per quarter hour: time-zone transitions fall on quarter hours, and Intl is slow per cell. */
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

function offsetAt(ms: number, timeZone: string): number {
  const bucket = Math.floor(ms / QUARTER_HOUR);
  const key = `${timeZone}|${bucket}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const start = bucket * QUARTER_HOUR;
    const w = wallClockByIntl(new Date(start), timeZone);
    off = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - start;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, off);
  }
  return off;
}

export function wallClockOf(d: Date, timeZone: string): WallClock {
  const local = new Date(d.getTime() + offsetAt(d.getTime(), timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
  };
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
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = utc - offsetAt(utc, timeZone);
  guess = utc - offsetAt(guess, timeZone);
  return new Date(guess);
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The Sheets serial number of a date (days since 30 Dec 1899, local to the workbook). */
export function serialOf(d: Date, timeZone: string): number {
  const w = wallClockOf(d, timeZone);
  const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, d.getUTCMilliseconds());
  return (local - SERIAL_EPOCH) / 86_400_000;
}

export function dateOfSerial(serial: number, timeZone: string): Date {
  const ms = SERIAL_EPOCH + Math.round(serial * 86_400_000);
  const t = new Date(ms);
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
