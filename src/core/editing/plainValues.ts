// Records as sidebars receive them: google.script.run carries no Dates, so dates travel as YYYY-MM-DD text.
import type { ColumnDef, TabDef } from '../../../sheets-templates/model';
import { formatIsoDate } from '../schema/cells';

/** What a field may hold on its way to or from a sidebar. */
export type PlainValue = string | number | boolean | null | string[];

export type PlainValues = Record<string, PlainValue>;

/** One field as a sidebar shows it: dates as YYYY-MM-DD (date-times as ISO), lists as string arrays. */
export function plainValue(column: ColumnDef, value: unknown): PlainValue {
  if (value === null || value === undefined)
    return column.type === 'enumList' || column.type === 'refList' ? [] : null;
  if (value instanceof Date) return column.type === 'dateTime' ? value.toISOString() : formatIsoDate(value);
  if (Array.isArray(value)) return value.map((v) => String(v));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** Every column of a typed record as plain values (unknown keys dropped). */
export function plainValues(def: TabDef, values: Record<string, unknown>): PlainValues {
  const out: PlainValues = {};
  for (const c of def.columns) out[c.key] = plainValue(c, values[c.key]);
  return out;
}

/** The text two plain values are compared by (lists by their items, empty and null alike). */
export function comparableText(value: PlainValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
