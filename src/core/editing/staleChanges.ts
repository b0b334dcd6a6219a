// What changed in a record since a sidebar read it: the message a refused (stale) save shows, field by field.
import type { TabDef } from '../../../sheets-templates/model';
import { comparableText, type PlainValue, type PlainValues } from './plainValues';

export interface FieldChange {
  key: string;
  header: string;
  /** The value the sidebar had read. */
  was: PlainValue;
  /** The value in the sheet now. */
  now: PlainValue;
}

/** Bookkeeping fields change on every save; listing them would hide the change that matters. */
const BOOKKEEPING = ['createdAt', 'updatedAt', 'updatedBy', 'version', 'lastRequest'];

/** Fields whose value in the sheet differs from the one the sidebar read, in column order. */
export function changedSince(def: TabDef, read: PlainValues, current: PlainValues): FieldChange[] {
  const out: FieldChange[] = [];
  for (const c of def.columns) {
    if (BOOKKEEPING.indexOf(c.key) >= 0 || !(c.key in read)) continue;
    const was = read[c.key] ?? null;
    const now = current[c.key] ?? null;
    if (comparableText(was) !== comparableText(now)) out.push({ key: c.key, header: c.header, was, now });
  }
  return out;
}
