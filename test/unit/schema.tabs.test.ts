// Checks that every tab definition is well formed and that the API over them (lookups, ids, record types) holds.

import {
  type ApplicationRecord,
  type CITIES,
  type CityRecord,
  type ContactRecord,
  columnByHeader,
  columnByKey,
  columnsOf,
  formatId,
  parseId,
  SETTING_KEYS,
  TABLE_TABS,
  TABS,
  tabByName,
  tabByPrefix,
} from '../../sheets-templates';

const DESIGN_TABS = [
  'Cities',
  'Contacts',
  'Partners',
  'Hubs',
  'Staff',
  'Applications',
  'Engagements',
  'Needs',
  'Offers',
  'Surveys',
  'Matches',
  'Events',
  'Participants',
  'Follow-ups',
  'Watch',
  'Templates',
  'Mailings',
  'Sends',
  'Suppressions',
  'Audit',
  'Settings',
  'Indicators',
  'Dashboard',
  'History summary',
];

describe('tab definitions', () => {
  it('declare every tab of DESIGN §4 once, tables first', () => {
    expect(TABS.map((t) => t.name).sort()).toEqual(DESIGN_TABS.slice().sort());
    expect(TABLE_TABS.every((t) => t.kind === 'table')).toBe(true);
    expect(tabByName('Settings')!.kind).toBe('keyValue');
    expect(tabByName('Dashboard')!.kind).toBe('computed');
    expect(tabByName('Dashboard')!.columns).toHaveLength(0);
  });

  it('give each table a unique three-letter id prefix', () => {
    const prefixes = TABLE_TABS.map((t) => t.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const p of prefixes) expect(p).toMatch(/^[A-Z]{3}$/);
    expect(tabByPrefix('CTY')!.name).toBe('Cities');
  });

  it.each(TABLE_TABS.map((t) => [t.name, t] as const))(
    '%s: id first, unique headers and keys, bookkeeping last',
    (_, tab) => {
      const cols = tab.columns;
      expect(cols[0]!.type).toBe('id');
      expect(cols[0]!.key).toBe('id');
      expect(cols[0]!.system && cols[0]!.required && cols[0]!.textOnly).toBe(true);
      expect(cols.filter((c) => c.type === 'id')).toHaveLength(1);
      const headers = cols.map((c) => c.header.toLowerCase());
      expect(new Set(headers).size).toBe(headers.length);
      const keys = cols.map((c) => c.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys.slice(-5)).toEqual(['createdAt', 'updatedAt', 'updatedBy', 'version', 'lastRequest']);
      expect(cols.slice(-5).every((c) => c.system)).toBe(true);
      expect(columnByKey(tab, 'version')!.required).toBe(true);
    },
  );

  it.each(TABS.map((t) => [t.name, t] as const))('%s: every column is complete and consistent', (_, tab) => {
    for (const c of tab.columns) {
      const where = `${tab.name}.${c.key}`;
      expect([where, /^[a-z][A-Za-z0-9]*$/.test(c.key)]).toEqual([where, true]);
      expect([where, c.header.trim().length > 0 && !/[\r\n]/.test(c.header)]).toEqual([where, true]);
      expect([where, c.width > 0]).toEqual([where, true]);
      if (c.type === 'enum') expect([where, Boolean(c.values || c.valuesFrom)]).toEqual([where, true]);
      if (c.type === 'ref' || c.type === 'refList') {
        expect([where, (c.refTabs ?? []).length > 0]).toEqual([where, true]);
        for (const t of c.refTabs!) expect([where, tabByName(t)?.kind]).toEqual([where, 'table']);
      }
      // Real values must stay real: dates, numbers and checkboxes are never stored as plain text.
      if (['date', 'dateTime', 'integer', 'number', 'boolean'].indexOf(c.type) >= 0) {
        expect([where, c.textOnly]).toEqual([where, false]);
      }
      if (['id', 'text', 'email', 'phone', 'ref', 'refList', 'enumList'].indexOf(c.type) >= 0) {
        expect([where, c.textOnly]).toEqual([where, true]);
      }
      if (c.values) expect(new Set(c.values).size).toBe(c.values.length);
      // enumList items are comma-separated in the cell, so no allowed value may contain a comma.
      if (c.type === 'enumList' && c.values) expect(c.values.some((v) => v.indexOf(',') >= 0)).toBe(false);
    }
  });

  it('keep the vocabularies the brief asks for', () => {
    expect(columnByKey('Staff', 'role')!.values).toEqual(['admin', 'coordinator', 'hub', 'comms', 'viewer']);
    expect(columnByKey('Cities', 'status')!.values).toEqual([
      'prospect',
      'applicant',
      'member',
      'lapsed',
      'withdrawn',
    ]);
    expect(columnByKey('Contacts', 'category')!.values).toEqual([
      "mayor's office",
      'policy team',
      'practitioner',
      'other',
    ]);
    expect(columnByKey('Engagements', 'type')!.values).toEqual([
      'meeting',
      'bi-weekly call',
      'event',
      'training',
      'email',
      'newsletter',
      'peer exchange',
      'external platform',
    ]);
    // Every application stage after the enquiry has its own timestamp column.
    const stamps = columnsOf('Applications').filter(
      (c) => c.type === 'dateTime' && c.key.endsWith('At') && c.key !== 'createdAt' && c.key !== 'updatedAt',
    );
    expect(stamps).toHaveLength(8);
  });

  it('look columns up by header, ignoring case and spaces around', () => {
    expect(columnByHeader('Cities', ' membership STATUS ')!.key).toBe('status');
    expect(columnByHeader('Cities', 'Nope')).toBeUndefined();
    expect(() => columnsOf('Nope')).toThrow('Unknown tab "Nope".');
  });

  it('format and parse ids with six digits, growing past a million', () => {
    expect(formatId('CTY', 123)).toBe('CTY-000123');
    expect(formatId('ENG', 1234567)).toBe('ENG-1234567');
    expect(parseId('CTY-000123')).toEqual({ prefix: 'CTY', number: 123 });
    expect(parseId('CTY-123')).toBeNull();
    expect(parseId('cty-000123')).toBeNull();
  });

  it('declare each setting key once', () => {
    expect(new Set(SETTING_KEYS.map((s) => s.field)).size).toBe(SETTING_KEYS.length);
    expect(new Set(SETTING_KEYS.map((s) => s.key.toLowerCase())).size).toBe(SETTING_KEYS.length);
  });
});

// Compile-time checks (run by `npm run typecheck`): record types are inferred from the definitions.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const typeChecks: [
  Equal<CityRecord['status'], 'prospect' | 'applicant' | 'member' | 'lapsed' | 'withdrawn'>,
  Equal<CityRecord['name'], string>,
  Equal<CityRecord['joinedOn'], Date | null>,
  Equal<CityRecord['population'], number | null>,
  Equal<CityRecord['languages'], string[]>,
  Equal<CityRecord['version'], number>,
  Equal<ContactRecord['optedOut'], boolean>,
  Equal<ContactRecord['email'], string | null>,
  Equal<ApplicationRecord['approvedAt'], Date | null>,
  Equal<keyof CityRecord, (typeof CITIES)['columns'][number]['key']>,
] = [true, true, true, true, true, true, true, true, true, true];

it('record types follow the definitions (checked by the compiler)', () => {
  expect(typeChecks.every(Boolean)).toBe(true);
});
