// The keys Validate workbook compares rows by: ids, contacts' email, cities' and partners' name and country, engagements.
//
// Kept apart from the checks so the server can read only the columns a key needs (a narrow read of a whole tab)
// instead of the tab itself: incremental validation compares changed rows against these columns alone.
import type { TabDef } from '../../../sheets-templates/model';
import { normaliseCityName, normaliseCountryName, normaliseEmail } from '../schema/text';
import type { HeaderMatch } from './headerMatch';

/** A duplicate rule: the fields its key is made of, the column a duplicate is reported on, and what it compares. */
export interface DuplicateRule {
  keys: readonly string[];
  reportOn: string;
  what: string;
  key: (cell: (key: string) => unknown) => string;
}

const nameAndCountry: DuplicateRule = {
  keys: ['name', 'country'],
  reportOn: 'name',
  what: 'name and country',
  key: (cell) => {
    const name = normaliseCityName(String(cell('name') ?? ''));
    return name === '' ? '' : `${name}|${normaliseCountryName(String(cell('country') ?? ''))}`;
  },
};

const ENGAGEMENT_KEYS = [
  'date',
  'type',
  'cityIds',
  'contactIds',
  'partnerIds',
  'staffIds',
  'topics',
  'summary',
  'followUpOn',
  'source',
];

const text = (v: unknown) => (v instanceof Date ? String(v.getTime()) : String(v ?? '').trim());

const RULES: Readonly<Record<string, DuplicateRule>> = {
  Contacts: {
    keys: ['email'],
    reportOn: 'email',
    what: 'email',
    key: (cell) => normaliseEmail(String(cell('email') ?? '')),
  },
  Cities: nameAndCountry,
  // A create whose execution stopped after its row was written is retried by a user who never saw the answer;
  // the pair must be flagged, never silent (DESIGN §2.4). Found by test/acceptance/reliability.test.ts.
  Partners: nameAndCountry,
  Engagements: {
    keys: ENGAGEMENT_KEYS,
    reportOn: 'summary',
    what: 'date, type, people, topics and summary',
    key: (cell) => (text(cell('summary')) === '' ? '' : ENGAGEMENT_KEYS.map((k) => text(cell(k))).join('|')),
  },
};

/**
 * Engagements are history: a retried create lands within a few rows of the first one and an export imported twice lands one import
 * apart, so an engagement is compared
 * with the rows up to this many rows above it (a bounded read however long the history grows).
 */
export const ENGAGEMENT_DUPLICATE_WINDOW = 1000;

export function duplicateRuleOf(def: TabDef): DuplicateRule | undefined {
  return RULES[def.name];
}

/** Whether the rule's key is compared against the whole tab (master tabs) or against a window above (history). */
export function comparesWholeTab(def: TabDef): boolean {
  return def.name !== 'Engagements';
}

/** The key of a row from its cells (sheet positions per `match`). */
export function keyOfRow(rule: DuplicateRule, match: HeaderMatch, cells: readonly unknown[]): string {
  return rule.key((k) => {
    const i = match.index[k];
    return i === undefined ? '' : cells[i];
  });
}

/** Rows (1-based) by key, in row order; empty keys are left out (two empty emails are no duplicate). */
export function rowsByKey(entries: Iterable<{ row: number; key: string }>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const e of entries) {
    if (e.key === '') continue;
    const list = out.get(e.key);
    if (list) list.push(e.row);
    else out.set(e.key, [e.row]);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}
