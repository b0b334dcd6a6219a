// Utilities.formatDate: Java SimpleDateFormat patterns rendered in any time zone.
// Source: https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// ("formats date according to specification described in Java standard SimpleDateFormat class",
//  https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html)
import { GoogleError } from '../../runtime/serviceObject';
import { DAY_NAMES as DAYS, MONTH_NAMES as MONTHS, zonedParts, zoneName } from '../shared/zonedTime';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function offsetText(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (minutes === 0 && style !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (style === 'X') return `${sign}${hh}`;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

/** ISO-8601-free Java week of year (US rules: weeks start on Sunday, week 1 holds January 1). */
function weekOfYear(year: number, month: number, day: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1));
  const dayOfYear = (Date.UTC(year, month - 1, day) - jan1.getTime()) / 86_400_000;
  return Math.floor((dayOfYear + jan1.getUTCDay()) / 7) + 1;
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  const p = zonedParts(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      // 'quoted text'; '' is a literal quote.
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // Inside quoted text, '' is a quote too.
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new GoogleError('Unterminated quote');
        if (pattern.charAt(j) !== "'") out += pattern.charAt(j++);
        else if (pattern.charAt(j + 1) === "'") {
          out += "'";
          j += 2;
        } else break;
      }
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern.charAt(i + n) === c) n++;
    i += n;
    out += field(c, n, p, ms, timeZone);
  }
  return out;
}

function field(c: string, n: number, p: ReturnType<typeof zonedParts>, ms: number, tz: string): string {
  switch (c) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS[p.month - 1] ?? '';
      if (n === 3) return (MONTHS[p.month - 1] ?? '').slice(0, 3);
      return pad(p.month, n);
    case 'd':
      return pad(p.day, n);
    case 'D': {
      const doy = (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000 + 1;
      return pad(doy, n);
    }
    case 'w':
      return pad(weekOfYear(p.year, p.month, p.day), n);
    case 'F':
      return pad(Math.floor((p.day - 1) / 7) + 1, n);
    case 'E':
      return n >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, n);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, n);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, n);
    case 'K':
      return pad(p.hour % 12, n);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
    case 'm':
      return pad(p.minute, n);
    case 's':
      return pad(p.second, n);
    case 'S':
      return pad(p.millisecond, n);
    case 'z':
      return zoneName(ms, tz, n >= 4 ? 'long' : 'short');
    case 'Z':
      return offsetText(p.offsetMinutes, 'Z');
    case 'X':
      return offsetText(p.offsetMinutes, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
    default:
      // Java: IllegalArgumentException "Illegal pattern character 'x'".
      throw new GoogleError(`Illegal pattern character '${c}'`);
  }
}
