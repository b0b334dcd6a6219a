// Demo data: sizes, unique ids, resolving references, valid rows, realism checks and determinism.

import { APPLICATION_STAGES, STAFF_ROLES, TABLE_TABS, type TabDef } from '../../sheets-templates';
import { EMAIL_TEMPLATES } from '../../sheets-templates/emails';
import { problemsOf, recordSchema } from '../../src/core/schema';
import { type DemoWorkbook, demoSheetValues, generateDemoWorkbook } from '../../src/demo';

const TODAY = new Date(2026, 2, 16);
const demo = generateDemoWorkbook({ seed: 42, today: TODAY, size: 'demo' });
const bench = generateDemoWorkbook({ seed: 42, today: TODAY, size: 'bench' });

const rowsOf = (wb: DemoWorkbook, tab: TabDef) =>
  (wb as unknown as Record<string, Record<string, unknown>[]>)[tab.name]!;

function idIndex(wb: DemoWorkbook): Record<string, Set<string>> {
  const index: Record<string, Set<string>> = {};
  for (const tab of TABLE_TABS) index[tab.name] = new Set(rowsOf(wb, tab).map((r) => r['id'] as string));
  return index;
}

describe.each([
  ['demo', demo],
  ['bench', bench],
] as const)('%s workbook', (size, wb) => {
  it('has unique, well-formed ids in every tab', () => {
    for (const tab of TABLE_TABS) {
      const ids = rowsOf(wb, tab).map((r) => r['id'] as string);
      expect([tab.name, new Set(ids).size]).toEqual([tab.name, ids.length]);
      expect(ids.filter((id) => !new RegExp(`^${tab.prefix}-\\d{6}$`).test(id))).toEqual([]);
    }
  });

  it('has references that all resolve', () => {
    const ids = idIndex(wb);
    const broken: string[] = [];
    for (const tab of TABLE_TABS) {
      const refCols = tab.columns.filter((c) => c.type === 'ref' || c.type === 'refList');
      for (const row of rowsOf(wb, tab)) {
        for (const c of refCols) {
          const v = row[c.key];
          const list = Array.isArray(v) ? v : v === null ? [] : [v];
          for (const id of list as string[]) {
            if (!c.refTabs!.some((t) => ids[t]!.has(id)))
              broken.push(`${tab.name} ${row['id']} ${c.key} → ${id}`);
          }
        }
      }
    }
    expect(broken.slice(0, 5)).toEqual([]);
  });

  it('has rows that all pass their tab schema (every row for demo, one in five for bench)', () => {
    const settings = wb.settings;
    const ids = idIndex(wb);
    const ctx = {
      lists: { languages: settings.languages, topics: settings.topics },
      idExists: (tab: string, id: string) => ids[tab]!.has(id),
    };
    const step = size === 'bench' ? 5 : 1;
    const problems: string[] = [];
    for (const tab of TABLE_TABS) {
      const schema = recordSchema(tab, ctx); // Settings lists and references checked too
      const rows = rowsOf(wb, tab);
      for (let i = 0; i < rows.length; i += step) {
        const r = schema.safeParse(rows[i]!);
        if (!r.success)
          problems.push(
            `${tab.name} ${rows[i]!['id']}: ${problemsOf(tab, r.error)
              .map((p) => p.message)
              .join('; ')}`,
          );
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('covers every application stage, with overdue items', () => {
    const stages = new Set(wb.Applications.map((a) => a.stage));
    expect(Array.from(stages).sort()).toEqual(APPLICATION_STAGES.slice().sort());
    const overdue = wb.Applications.filter((a) => a.dueBy && a.dueBy.getTime() < TODAY.getTime());
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    for (const a of wb.Applications) {
      if (a.stage === 'approved') expect(a.cityId).not.toBeNull();
      if (a.approvedAt) expect(a.approvedAt.getTime()).toBeGreaterThan(a.enquiryReceivedAt!.getTime());
    }
  });

  it('represents every staff role, with strongcities.org addresses', () => {
    expect(Array.from(new Set(wb.Staff.map((s) => s.role))).sort()).toEqual(STAFF_ROLES.slice().sort());
    for (const s of wb.Staff) expect(s.email).toMatch(/^[a-z0-9.]+@strongcities\.org$/);
  });

  it('gives contacts unique, undeliverable demo addresses and regional languages', () => {
    const emails = wb.Contacts.map((c) => c.email).filter((e): e is string => e !== null);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.filter((e) => !e.endsWith('.example'))).toEqual([]);
    const cityCountry = new Map(wb.Cities.map((c) => [c.id, c.country]));
    const langs = (country: string) =>
      new Set(wb.Contacts.filter((c) => cityCountry.get(c.orgId) === country).map((c) => c.language));
    expect(langs('Jordan').has('ar')).toBe(true);
    expect(langs('Kenya')).toEqual(new Set(['en']));
    expect(wb.Contacts.some((c) => c.optedOut)).toBe(true);
    expect(wb.Contacts.some((c) => c.lawfulBasis !== null)).toBe(true);
    expect(wb.Contacts.every((c) => c.phone === null || c.phone.startsWith('+'))).toBe(true);
  });

  it('uses local scripts for local names', () => {
    const local = (name: string) => wb.Cities.find((c) => c.name === name)?.localName;
    const anyArabic = wb.Cities.some((c) => c.localName !== null && /[\u0600-\u06ff]/.test(c.localName));
    const anyCyrillic = wb.Cities.some((c) => c.localName !== null && /[\u0400-\u04ff]/.test(c.localName));
    expect(anyArabic && anyCyrillic).toBe(true);
    if (local('Amman')) expect(local('Amman')).toBe('عمّان');
  });

  it('suppresses every opted-out address and skips it in later sends', () => {
    const suppressed = new Set(wb.Suppressions.map((s) => s.email));
    expect(wb.Contacts.filter((c) => c.optedOut && c.email && !suppressed.has(c.email))).toEqual([]);
    const byId = new Map(wb.Contacts.map((c) => [c.id, c]));
    const mailingStart = new Map(wb.Mailings.map((m) => [m.id, m.startedAt]));
    const mailedAfterOptOut = wb.Sends.filter((s) => {
      const c = byId.get(s.contactId!)!;
      const started = mailingStart.get(s.mailingId)!;
      return c.optedOutOn !== null && c.optedOutOn.getTime() <= started.getTime() && s.status !== 'skipped';
    });
    expect(mailedAfterOptOut).toEqual([]);
    expect(wb.Sends.filter((s) => s.status === 'unknown')).toHaveLength(1);
  });

  it('keeps mailing totals consistent with their sends', () => {
    for (const m of wb.Mailings) {
      const sends = wb.Sends.filter((s) => s.mailingId === m.id);
      expect(m.recipients).toBe(sends.length);
      expect(m.sent).toBe(sends.filter((s) => s.status === 'sent').length);
    }
  });

  it('has per-language template variants with an English fallback', () => {
    const welcome = wb.Templates.filter((t) => t.purpose === 'welcome').map((t) => t.language);
    expect(welcome.sort()).toEqual(['ar', 'en', 'es', 'fr']);
  });

  it('dates engagements within the two years before today', () => {
    const from = new Date(2024, 2, 16).getTime();
    const outside = wb.Engagements.filter(
      (e) => e.date.getTime() < from || e.date.getTime() > TODAY.getTime(),
    );
    expect(outside).toEqual([]);
  });
});

describe('sizes', () => {
  it('demo is the network today', () => {
    expect(demo.Cities).toHaveLength(200);
    expect(demo.Contacts).toHaveLength(1500);
    expect(demo.Hubs.map((h) => h.name)).toEqual([
      'East & Southern Africa',
      'MENA',
      'South Asia',
      'Western Balkans',
      'Management Unit (global)',
    ]);
    expect(demo.Engagements.length).toBeGreaterThanOrEqual(2000);
  });

  it('bench has the DESIGN §7 sizes exactly', () => {
    expect(bench.Cities).toHaveLength(300);
    expect(bench.Contacts).toHaveLength(3000);
    expect(bench.Engagements).toHaveLength(30000);
    expect(bench.Applications).toHaveLength(2000);
    expect(bench.Sends).toHaveLength(20000);
  });

  it('takes explicit per-tab counts', () => {
    const small = generateDemoWorkbook({
      seed: 1,
      today: TODAY,
      counts: { cities: 20, cityContacts: 40, engagements: 10, sends: 30, applications: 12 },
    });
    expect([
      small.Cities.length,
      small.Contacts.length - small.counts.partnerContacts,
      small.Engagements.length,
    ]).toEqual([20, 40, 10]);
    expect(small.Sends).toHaveLength(30);
  });
});

describe('determinism', () => {
  it('gives the same workbook for the same seed and day, and another for another seed', () => {
    const again = generateDemoWorkbook({ seed: 42, today: TODAY, size: 'demo' });
    expect(again).toEqual(demo);
    const other = generateDemoWorkbook({ seed: 43, today: TODAY, size: 'demo' });
    expect(other.Cities.map((c) => c.name)).not.toEqual(demo.Cities.map((c) => c.name));
  });
});

describe('sheet values', () => {
  it('lays out headers and cells per tab', () => {
    const values = demoSheetValues(demo);
    expect(values['Cities']![0]![0]).toBe('City ID');
    expect(values['Cities']).toHaveLength(201);
    expect(values['Settings']![1]).toEqual(['SLA working days', '3', expect.any(String)]);
    const row = values['Cities']![1]!;
    expect(
      row.every(
        (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date,
      ),
    ).toBe(true);
  });
});

describe('demo Templates tab', () => {
  it('has each built-in email keyed in English and in each Settings language it is written in, as setup seeds it', () => {
    const languages = demo.settings.languages;
    const keyed = demo.Templates.filter((t) => t.key !== null);
    for (const key of Object.keys(EMAIL_TEMPLATES) as (keyof typeof EMAIL_TEMPLATES)[]) {
      const expected = Object.keys(EMAIL_TEMPLATES[key].variants).filter(
        (l) => l === 'en' || languages.indexOf(l) >= 0,
      );
      const have = keyed.filter((t) => t.key === key).map((t) => t.language);
      expect([key, have.sort()]).toEqual([key, expected.sort()]);
    }
    // The demo's own mailing families have no key: they are chosen by name for a mailing.
    expect(new Set(demo.Templates.filter((t) => t.key === null).map((t) => t.name))).toEqual(
      new Set(['Monthly newsletter', 'Event invitation', 'Peer introduction']),
    );
  });
});
