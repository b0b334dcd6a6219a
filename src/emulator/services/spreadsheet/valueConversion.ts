// What a cell holds after a value is written: typed-text conversion (numbers, dates, %, booleans, formulas).
// Strings written by setValue(s) are parsed as if a person typed them:
// Source: https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
// ("The value can be numeric, string, boolean or date. If it begins with '=' it is interpreted as a formula.")
// Plain-text format '@' keeps text as typed: https://developers.google.com/sheets/api/guides/formats
import { instantOf, wallClockOf } from '../shared/zonedTime';

export type CellValue = string | number | boolean | Date;

/** A cell's content: its value, or a formula (whose value is computed on read). */
export interface CellContent {
  value: CellValue;
  formula?: string;
}

export interface TypingContext {
  locale: string;
  timeZone: string;
  /** "Today", for dates typed without a year. */
  now: Date;
  /** The cell's number format is plain text ('@'): keep strings exactly. */
  plainText: boolean;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;
const DATE_SLASH =
  /^(\d{1,4})[/.-](\d{1,2})(?:[/.-](\d{1,4}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;

/** Locales whose short dates put the month first (typing 1/2/2026 there means 2 January). */
const MONTH_FIRST = new Set(['en_US', 'en_PH', 'fil_PH', 'es_US', 'en_CA']);

/** Converts a value written by a script (setValue/setValues/appendRow) into cell content. */
export function contentOfScriptValue(v: unknown, ctx: TypingContext): CellContent {
  if (v === null || v === undefined) return { value: '' };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : '#NUM!' };
  if (typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: new Date(v.getTime()) };
  if (typeof v === 'string') return contentOfTypedText(v, ctx);
  return contentOfTypedText(String(v), ctx);
}

/** Converts text as Sheets does when a person types it into a cell. */
export function contentOfTypedText(text: string, ctx: TypingContext): CellContent {
  if (text === '') return { value: '' };
  if (ctx.plainText) return { value: text };
  // A leading apostrophe forces text; the apostrophe itself is not part of the value.
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  // Fast path: text that cannot start a number, date, percentage or boolean stays text.
  if (!/^[\s\d+\-.tTfF]/.test(text)) return { value: text };
  const t = text.trim();
  if (t === '') return { value: text };
  const upper = t.toUpperCase();
  if (upper === 'TRUE') return { value: true };
  if (upper === 'FALSE') return { value: false };
  if (NUMBER.test(t) && /^[+-]?[\d.]/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    if (!Number.isNaN(n)) return { value: n };
  }
  const pct = PERCENT.exec(t);
  if (pct) return { value: Number(pct[1]) / 100 };
  const date = parseDate(t, ctx);
  if (date) return { value: date };
  return { value: text };
}

function hour24(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toUpperCase() === 'PM';
  return (h % 12) + (pm ? 12 : 0);
}

function parseDate(t: string, ctx: TypingContext): Date | undefined {
  const time = TIME_ONLY.exec(t);
  if (time) {
    const h = hour24(Number(time[1]), time[4]);
    const mi = Number(time[2]);
    const s = Number(time[3] ?? 0);
    if (h > 23 || mi > 59 || s > 59) return undefined;
    // A time alone is the time on Sheets' day zero, 30 December 1899.
    return instantOf(1899, 12, 30, h, mi, s, ctx.timeZone);
  }
  const m = DATE_SLASH.exec(t);
  if (!m) return undefined;
  let year: number;
  let month: number;
  let day: number;
  if (m[1].length === 4) {
    // ISO order: 2026-02-01
    if (!m[3]) return undefined;
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  } else {
    const a = Number(m[1]);
    const b = Number(m[2]);
    [month, day] = MONTH_FIRST.has(ctx.locale) ? [a, b] : [b, a];
    if (m[3] === undefined) year = wallClockOf(ctx.now, ctx.timeZone).year;
    else if (m[3].length <= 2) {
      const yy = Number(m[3]);
      year = yy < 30 ? 2000 + yy : 1900 + yy;
    } else year = Number(m[3]);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  let h = 0;
  let mi = 0;
  let s = 0;
  if (m[4] !== undefined) {
    h = hour24(Number(m[4]), m[7]);
    mi = Number(m[5]);
    s = Number(m[6] ?? 0);
    if (h > 23 || mi > 59 || s > 59) return undefined;
  }
  return instantOf(year, month, day, h, mi, s, ctx.timeZone);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isEmptyValue(v: CellValue | undefined): boolean {
  return v === undefined || v === '';
}
