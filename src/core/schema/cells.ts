// Converting between sheet cells (string | number | boolean | Date) and typed record values, per column type.

import type { ColumnDef } from '../../../sheets-templates/model';
import { message } from '../messages/catalogue';
import type { Language } from '../messages/language';
import { neutraliseText, restoreText } from './text';

/** What `Range.getValues()` yields per cell: '' for empty cells, Date for date-formatted cells. */
export type CellValue = string | number | boolean | Date;

export type Coerced = { ok: true; value: unknown } | { ok: false; problem: string };

const ok = (value: unknown): Coerced => ({ ok: true, value });
const fail = (problem: string): Coerced => ({ ok: false, problem });

/** Quotes a user value in messages, shortened so a pasted essay does not flood the message. */
export function quote(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `“${text.length > 60 ? text.slice(0, 57) + '…' : text}”`;
}

export function isEmptyCell(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/** A Date as YYYY-MM-DD in the script's time zone (dates are local midnights). */
export function formatIsoDate(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/**
 * A cell's or a sidebar's value as text. Text-only columns (formatted '@') hold text exactly as typed, so their text
 * is taken as it is, a leading apostrophe included (text.ts, "Text kept as typed"). Other columns (dates, numbers,
 * checkboxes) that hold text got it through neutraliseText, which restoreText undoes.
 */
function textOf(value: unknown, plainText = true): string {
  if (value instanceof Date) {
    const midnight = value.getHours() === 0 && value.getMinutes() === 0 && value.getSeconds() === 0;
    return midnight ? formatIsoDate(value) : value.toISOString();
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return plainText ? String(value) : restoreText(String(value));
}

/**
 * The white-space rule (README "Text kept as typed"), the same on every path (forms, sidebars, the grid):
 * one-line fields (every type other than longText, json, lists, dates, numbers and booleans: names, titles,
 * countries, emails, phones, urls, enums, refs) drop leading and trailing white space on save, so " Amman " and
 * "Amman" are the same name and duplicate checks compare like with like; nothing inside the text changes.
 * Paragraph fields (longText: Background, Notes, Summary…) keep their text exactly: leading and trailing spaces,
 * CR, LF and CR LF included.
 */
export function normaliseShortText(text: string): string {
  return text.trim();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const ISO_ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function localDate(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  const date = new Date(y, mo - 1, d, h, mi, s);
  // Reject roll-overs such as 2024-02-31 → 2 March.
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

/** Parses a Date, or text as YYYY-MM-DD / YYYY-MM-DD HH:mm (local) / full ISO with zone. */
export function parseDateValue(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : new Date(value.getTime());
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = ISO_DATE.exec(text);
  if (m) return localDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = ISO_LOCAL_DATE_TIME.exec(text);
  if (m)
    return localDate(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  if (ISO_ZONED_DATE_TIME.test(text)) {
    const t = Date.parse(text);
    return Number.isNaN(t) ? null : new Date(t);
  }
  return null;
}

/** Numbers from numbers or from text such as "1200", "-3.5", "12,000" (thousands separators). */
export function parseNumberValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = value.trim().replace(/\s/g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : null;
}

const TRUE_WORDS = ['true', 'yes', 'y', '1', 'x', 'oui', 'vrai', '✓'];
const FALSE_WORDS = ['false', 'no', 'n', '0', 'non', 'faux', ''];

export function parseBooleanValue(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return false;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  const word = String(value).trim().toLowerCase();
  if (TRUE_WORDS.indexOf(word) >= 0) return true;
  if (FALSE_WORDS.indexOf(word) >= 0) return false;
  return null;
}

/** A comma- (or newline-) separated list, trimmed, without empty items or repeats. */
export function parseListValue(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map((v) => textOf(v)) : textOf(value).split(/[,\r\n]/);
  const out: string[] = [];
  for (const raw of items) {
    const item = raw.trim();
    if (item !== '' && out.indexOf(item) < 0) out.push(item);
  }
  return out;
}

/**
 * Converts one cell (or a sidebar's value) to the column's typed value. Only the representation is
 * checked here (is it a date, a number, JSON…); rules such as required, lengths and allowed values are
 * checked by the record schema. Problems are phrased without the field name, which the caller prefixes.
 */
export function fromCell(column: ColumnDef, value: unknown, lang?: Language): Coerced {
  switch (column.type) {
    case 'boolean': {
      const b = parseBooleanValue(value);
      return b === null ? fail(message('field.notYesNo', { value: quote(value) }, lang)) : ok(b);
    }
    case 'enumList':
    case 'refList':
      return ok(isEmptyCell(value) ? [] : parseListValue(value));
  }
  if (isEmptyCell(value)) return ok(null);
  switch (column.type) {
    case 'date':
    case 'dateTime': {
      const d = parseDateValue(value);
      if (!d) return fail(message('field.notDate', { value: quote(value) }, lang));
      if (column.type === 'date') d.setHours(0, 0, 0, 0);
      return ok(d);
    }
    case 'integer':
    case 'number': {
      const n = parseNumberValue(value);
      if (n === null) return fail(message('field.notNumber', { value: quote(value) }, lang));
      if (column.type === 'integer' && !Number.isInteger(n))
        return fail(message('field.notWhole', { value: quote(value) }, lang));
      return ok(n);
    }
    case 'json': {
      if (typeof value !== 'string')
        return typeof value === 'object'
          ? ok(value)
          : fail(message('field.notJson', { value: quote(value) }, lang));
      try {
        return ok(JSON.parse(value));
      } catch (e) {
        return fail(message('field.badJson', { detail: e instanceof Error ? e.message : String(e) }, lang));
      }
    }
    case 'longText':
      return ok(textOf(value, column.textOnly));
    default:
      return ok(normaliseShortText(textOf(value, column.textOnly)));
  }
}

export interface ToCellOptions {
  /** Whether the target cell is formatted '@' (plain text); defaults to the column's textOnly flag. */
  plainText?: boolean;
}

/** Converts a typed value to what the store writes with setValues. Empty values become ''. */
export function toCell(column: ColumnDef, value: unknown, options: ToCellOptions = {}): CellValue {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'date':
    case 'dateTime':
      return value instanceof Date ? new Date(value.getTime()) : String(value);
    case 'integer':
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'boolean':
      return value === true;
    case 'enumList':
    case 'refList':
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
  const text = column.type === 'json' ? JSON.stringify(value) : String(value);
  const plainText = options.plainText ?? column.textOnly;
  return plainText ? text : neutraliseText(text);
}
