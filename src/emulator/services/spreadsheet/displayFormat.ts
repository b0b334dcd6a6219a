// Display values: a cell's value rendered through its number format, as getDisplayValue(s) returns it.
// Number format syntax: https://developers.google.com/sheets/api/guides/formats

import {
  DAY_NAMES as DAYS,
  dateOfSerial,
  MONTH_NAMES as MONTHS,
  serialOf,
  wallClockOf,
} from '../shared/zonedTime';
import type { CellValue } from './valueConversion';

/** What getNumberFormat returns for a cell never formatted ("automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

export interface DisplayContext {
  locale: string;
  timeZone: string;
}

/** The short date pattern Sheets uses for a locale (en_US: 1/2/2026, en_GB and most others: 02/01/2026). */
function localeDatePattern(locale: string): { date: string; time: string } {
  if (locale === 'en_US') return { date: 'M/d/yyyy', time: 'H:mm:ss' };
  if (locale === 'de_DE') return { date: 'dd.MM.yyyy', time: 'HH:mm:ss' };
  return { date: 'dd/MM/yyyy', time: 'HH:mm:ss' };
}

/** Renders a value with a number format (undefined = automatic). */
export function displayOf(value: CellValue, format: string | undefined, ctx: DisplayContext): string {
  if (value === '' || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const fmt = format && format !== DEFAULT_NUMBER_FORMAT ? format : undefined;
  if (value instanceof Date) {
    if (!fmt || fmt === '@') return automaticDate(value, ctx);
    if (isDatePattern(fmt)) return formatDate(value, fmt, ctx.timeZone);
    return formatNumber(serialOf(value, ctx.timeZone), fmt);
  }
  if (!fmt || fmt === '@') return generalNumber(value);
  if (isDatePattern(fmt)) return formatDate(dateOfSerial(value, ctx.timeZone), fmt, ctx.timeZone);
  return formatNumber(value, fmt);
}

/**
 * A date with no explicit format. Dates typed or written at midnight show as dates; others with their time;
 * a time alone (on day zero, 30 Dec 1899) shows as a time. An approximation of Sheets' automatic format.
 */
function automaticDate(d: Date, ctx: DisplayContext): string {
  const w = wallClockOf(d, ctx.timeZone);
  const p = localeDatePattern(ctx.locale);
  if (w.year === 1899 && w.month === 12 && w.day === 30) return formatDate(d, p.time, ctx.timeZone);
  if (w.hour === 0 && w.minute === 0 && w.second === 0) return formatDate(d, p.date, ctx.timeZone);
  return formatDate(d, `${p.date} ${p.time}`, ctx.timeZone);
}

function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(Number(n.toPrecision(10)));
  return s.replace('e+', 'E+').replace('e-', 'E-');
}

function isDatePattern(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\\./g, '');
  return /[yd]|h|s/i.test(bare) && !/^[#0,.%]*$/.test(bare);
}

const DATE_TOKEN = /yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|"[^"]*"|\\.|./gi;

export function formatDate(d: Date, fmt: string, timeZone: string): string {
  const w = wallClockOf(d, timeZone);
  const tokens = fmt.match(DATE_TOKEN) ?? [];
  const lower = tokens.map((t) => t.toLowerCase());
  const hasAmPm = lower.some((t) => t === 'am/pm' || t === 'a/p');
  const pad = (n: number) => String(n).padStart(2, '0');
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = lower[i];
    const minuteHere = (t === 'm' || t === 'mm') && isMinute(lower, i);
    const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
    if (minuteHere) out += t === 'mm' ? pad(w.minute) : String(w.minute);
    else if (t === 'yyyy') out += String(w.year);
    else if (t === 'yy') out += pad(w.year % 100);
    else if (t === 'mmmmm') out += MONTHS[w.month - 1][0];
    else if (t === 'mmmm') out += MONTHS[w.month - 1];
    else if (t === 'mmm') out += MONTHS[w.month - 1].slice(0, 3);
    else if (t === 'mm') out += pad(w.month);
    else if (t === 'm') out += String(w.month);
    else if (t === 'dddd') out += DAYS[w.weekday];
    else if (t === 'ddd') out += DAYS[w.weekday].slice(0, 3);
    else if (t === 'dd') out += pad(w.day);
    else if (t === 'd') out += String(w.day);
    else if (t === 'hh') out += pad(hasAmPm ? h12 : w.hour);
    else if (t === 'h') out += String(hasAmPm ? h12 : w.hour);
    else if (t === 'ss') out += pad(w.second);
    else if (t === 's') out += String(w.second);
    else if (t === 'am/pm') out += w.hour < 12 ? 'AM' : 'PM';
    else if (t === 'a/p') out += w.hour < 12 ? 'A' : 'P';
    else if (t.startsWith('"')) out += tokens[i].slice(1, -1);
    else if (t.startsWith('\\')) out += tokens[i].slice(1);
    else out += tokens[i];
  }
  return out;
}

/** In date formats `m`/`mm` mean minutes right after hours or right before seconds. */
function isMinute(tokens: string[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (/^[ymdhs]/.test(t) && t !== 'am/pm' && t !== 'a/p') return t.startsWith('h');
  }
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (/^[ymdhs]/.test(t)) return t.startsWith('s');
  }
  return false;
}

/** Numeric patterns: 0, 0.00, #,##0.00, 0%, 0.0%, with literal prefix/suffix; `pos;neg` sections. */
export function formatNumber(n: number, fmt: string): string {
  const sections = fmt.split(';');
  let pattern = sections[0];
  let value = n;
  let sign = n < 0 ? '-' : '';
  if (n < 0 && sections.length > 1 && sections[1] !== '') {
    pattern = sections[1];
    value = -n;
    sign = '';
  } else value = Math.abs(n);
  let start = 0;
  let coreText = '';
  const bare = pattern.replace(/"[^"]*"/g, (m) => ' '.repeat(m.length));
  const re = /[#0,]+(?:\.[#0]*)?|\.[#0]+/g;
  const found = re.exec(bare);
  if (found) {
    start = found.index;
    coreText = found[0];
  }
  const prefix = unquote(pattern.slice(0, start));
  const suffix = unquote(pattern.slice(start + coreText.length));
  if (/%/.test(prefix + suffix)) value *= 100;
  if (!coreText) return sign + prefix + suffix;
  const [intPart, fracPart = ''] = coreText.split('.');
  const maxDec = fracPart.length;
  const minDec = (fracPart.match(/0/g) ?? []).length;
  let text = value.toFixed(maxDec);
  if (maxDec > minDec) {
    const [i, f = ''] = text.split('.');
    let frac = f;
    while (frac.length > minDec && frac.endsWith('0')) frac = frac.slice(0, -1);
    text = frac ? `${i}.${frac}` : i;
  }
  let [digits, frac] = text.split('.');
  const minInt = (intPart.match(/0/g) ?? []).length;
  if (digits === '0' && minInt === 0) digits = '';
  digits = digits.padStart(minInt, '0');
  if (intPart.includes(',')) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac !== undefined ? `${digits}.${frac}` : digits;
  return sign + prefix + body + suffix;
}

function unquote(s: string): string {
  return s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}
