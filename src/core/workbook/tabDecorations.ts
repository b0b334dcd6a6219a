// What setup applies to a tab beyond its headers (notes, '@' formats, dropdowns, widths, protection, rules), as data.
import type { ColumnDef, TabDef } from '../../../sheets-templates/model';
import type { HeaderMatch } from './headerMatch';

export type ValidationSpec =
  | { kind: 'list'; values: readonly string[]; allowInvalid: boolean }
  | { kind: 'range'; tab: string; allowInvalid: boolean }
  | { kind: 'checkbox' }
  | { kind: 'date' };

export interface ColumnDecoration {
  index: number;
  column: ColumnDef;
  validation?: ValidationSpec;
}

/** Setting lists the dropdowns draw on (current Settings values). */
export interface DecorationLists {
  languages: readonly string[];
  topics: readonly string[];
}

/** Referenced tabs small enough for an id dropdown to help; other references are checked by Validate workbook. */
const DROPDOWN_REF_TABS = ['Hubs', 'Staff'];

export function validationOf(column: ColumnDef, lists: DecorationLists): ValidationSpec | undefined {
  switch (column.type) {
    case 'enum': {
      const from = column.valuesFrom;
      const values = column.values ?? (from && 'setting' in from ? lists[from.setting] : undefined);
      // Reject typos in closed lists; Settings lists can change, so only warn there.
      return values ? { kind: 'list', values, allowInvalid: !column.values } : undefined;
    }
    case 'boolean':
      return { kind: 'checkbox' };
    case 'date':
    case 'dateTime':
      return column.system ? undefined : { kind: 'date' };
    case 'ref': {
      const tabs = column.refTabs ?? [];
      return tabs.length === 1 && DROPDOWN_REF_TABS.indexOf(tabs[0]!) >= 0
        ? { kind: 'range', tab: tabs[0]!, allowInvalid: true }
        : undefined;
    }
    default:
      return undefined;
  }
}

export function columnDecorations(
  def: TabDef,
  match: HeaderMatch,
  lists: DecorationLists,
): ColumnDecoration[] {
  const out: ColumnDecoration[] = [];
  for (const column of def.columns) {
    const index = match.index[column.key];
    if (index === undefined) continue;
    out.push({ index, column, validation: validationOf(column, lists) });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Runs of consecutive columns sharing a value (widths, protection), 0-based inclusive. */
export function runsBy<T>(items: readonly ColumnDecoration[], pick: (d: ColumnDecoration) => T | undefined) {
  const runs: { from: number; to: number; value: T }[] = [];
  for (const d of items) {
    const v = pick(d);
    if (v === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === d.index - 1 && last.value === v) last.to = d.index;
    else runs.push({ from: d.index, to: d.index, value: v });
  }
  return runs;
}

/** A conditional format setup owns: a custom formula on a column span, with its colours. */
export interface ConditionalSpec {
  /** Explains the rule (shown in the setup report and used in tests). */
  name: string;
  /** Columns (by key) the rule colours; the formula is written for the first data row. */
  keys: readonly string[];
  formula: (col: (key: string) => string) => string;
  background?: string;
  fontColor?: string;
}

/** Marks setup's own rules (N("…") is 0, so the formula's value is unchanged) so user rules are never removed. */
export const RULE_MARK = 'N("SCN CRM")+';

export const CONDITIONAL_RULES: Readonly<Record<string, readonly ConditionalSpec[]>> = {
  Applications: [
    {
      name: 'overdue applications',
      keys: ['id', 'stage', 'dueBy', 'cityName', 'country'],
      formula: (c) =>
        `=${RULE_MARK}AND(${c('dueBy')}2<>"",${c('dueBy')}2<TODAY(),OR(${c('stage')}2="enquiry received",${c('stage')}2="application received",${c('stage')}2="under review"))`,
      background: '#fce8b2',
    },
  ],
  Sends: [
    {
      name: 'sends needing a person',
      keys: ['status'],
      formula: (c) =>
        `=${RULE_MARK}OR(${c('status')}2="unknown",${c('status')}2="failed",${c('status')}2="bounced")`,
      background: '#f4c7c3',
    },
  ],
  Contacts: [
    {
      name: 'opted-out contacts',
      keys: ['name', 'email'],
      formula: (c) => `=${RULE_MARK}${c('optedOut')}2=TRUE`,
      fontColor: '#9aa0a6',
    },
  ],
};

/** A short, stable hash (FNV-1a) of any JSON-able value, for setup's per-tab fingerprints. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
