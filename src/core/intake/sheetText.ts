// Makes parsed intake records safe to write to the sheet: every string that could be read as a formula is neutralised.

import { isFormulaLike, neutraliseText } from '../schema/text';

/**
 * A deep copy with every string passed through neutraliseText (DESIGN §8: text starting with =, +, -, @,
 * tab or CR is stored as text, never evaluated). Dates, numbers and booleans are kept as they are. Use the
 * original record for emails and logic; use this copy for the cells.
 */
export function neutralisedForSheet<T>(value: T): T {
  return mapStrings(value, neutraliseText) as T;
}

/** The paths of fields whose text looks like a formula (for the coordinator's information). */
export function formulaLikeFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return isFormulaLike(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => formulaLikeFields(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.keys(value).flatMap((k) =>
      formulaLikeFields((value as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
    );
  }
  return [];
}

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) out[k] = mapStrings((value as Record<string, unknown>)[k], f);
    return out;
  }
  return value;
}
