// Choosing the next record ids of a tab (the id format itself is declared in sheets-templates).
import { formatId, parseId } from '../../../sheets-templates';

/** The number of an id of this prefix ("CTY-000123" → 123), or undefined for anything else. */
export function idNumber(prefix: string, id: unknown): number | undefined {
  if (typeof id !== 'string') return undefined;
  const parsed = parseId(id.trim());
  return parsed && parsed.prefix === prefix ? parsed.number : undefined;
}

export function isIdOf(prefix: string, id: unknown): boolean {
  return idNumber(prefix, id) !== undefined;
}

/**
 * The next `count` ids after the highest one in use. Gaps are never refilled (a deleted record's id is not
 * reused), and `floor` lets a caller carry a counter kept elsewhere so the ids of deleted last rows are not
 * reused either.
 */
export function nextIds(prefix: string, existing: Iterable<unknown>, count: number, floor = 0): string[] {
  let max = floor;
  for (const id of existing) {
    const n = idNumber(prefix, id);
    if (n !== undefined && n > max) max = n;
  }
  const out: string[] = [];
  for (let i = 1; i <= count; i++) out.push(formatId(prefix, max + i));
  return out;
}
