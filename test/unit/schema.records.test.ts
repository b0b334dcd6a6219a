// Record schemas derived from the tab definitions: coercion from cells, field-named messages, cross-field rules.

import { APPLICATIONS, CITIES, CONTACTS, EVENTS, MATCHES, STAFF } from '../../sheets-templates';
import { fromCell, parseRecord, recordSchema, toCell } from '../../src/core/schema';

const city = {
  id: 'CTY-000001',
  name: 'Nairobi',
  country: 'Kenya',
  hubId: 'HUB-000001',
  status: 'member',
  version: 1,
};

const contact = {
  id: 'CON-000001',
  orgId: 'CTY-000001',
  name: 'Amina Otieno',
  category: 'practitioner',
  email: 'amina.otieno@nairobi.go.ke',
  language: 'en',
  version: 1,
};

function messages(
  tab: Parameters<typeof parseRecord>[0],
  input: Record<string, unknown>,
  ctx?: Parameters<typeof parseRecord>[2],
) {
  const r = parseRecord(tab, input, ctx);
  return r.ok ? [] : r.problems.map((p) => p.message);
}

describe('record schemas', () => {
  it('turn sheet cells into typed values', () => {
    const r = parseRecord(CITIES, {
      ...city,
      version: '3',
      population: '4,397,073',
      joinedOn: '2016-09-29',
      languages: 'en, fr, en',
      profileReviewedOn: new Date(2025, 0, 2, 15, 30),
      notes: '',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record.version).toBe(3);
    expect(r.record.population).toBe(4397073);
    expect(r.record.joinedOn).toEqual(new Date(2016, 8, 29));
    expect(r.record.languages).toEqual(['en', 'fr']);
    expect(r.record.profileReviewedOn).toEqual(new Date(2025, 0, 2)); // a date column drops the time
    expect(r.record.notes).toBeNull();
    expect(r.record.priorities).toEqual([]);
    expect(Object.keys(r.record)).toEqual(CITIES.columns.map((c) => c.key));
  });

  it('name the field by its header in every message', () => {
    expect(messages(CONTACTS, { ...contact, email: 'bob@' })).toEqual([
      'Email: “bob@” is not a valid email address.',
    ]);
    expect(messages(CONTACTS, { ...contact, name: '' })).toEqual(['Name: a value is required.']);
    expect(messages(CITIES, { ...city, status: 'member2' })).toEqual([
      'Membership status: “member2” is not one of: prospect, applicant, member, lapsed, withdrawn.',
    ]);
    expect(messages(CITIES, { ...city, joinedOn: '31/02/2024' })).toEqual([
      'Joined on: “31/02/2024” is not a valid date (use YYYY-MM-DD).',
    ]);
    expect(messages(CITIES, { ...city, joinedOn: '2024-02-31' })).toEqual([
      'Joined on: “2024-02-31” is not a valid date (use YYYY-MM-DD).',
    ]);
    expect(messages(CITIES, { ...city, population: 'many' })).toEqual([
      'Population: “many” is not a number.',
    ]);
    expect(messages(CITIES, { ...city, population: -5 })).toEqual([
      'Population: -5 is below the minimum of 0.',
    ]);
    expect(messages(CITIES, { ...city, hubId: 'MENA' })).toEqual([
      'Hub: “MENA” is not a Hubs ID (like HUB-000123).',
    ]);
    expect(messages(CITIES, { ...city, id: '12' })).toEqual([
      'City ID: “12” is not a valid id (like CTY-000123).',
    ]);
    expect(messages(CITIES, { ...city, website: 'nairobi.go.ke' })).toEqual([
      'Website: “nairobi.go.ke” is not a valid link (it must start with https://).',
    ]);
    expect(messages(CONTACTS, { ...contact, phone: 'call the office' })).toEqual([
      'Phone: “call the office” is not a valid phone number (use the international format, e.g. +44 20 7946 0000).',
    ]);
    expect(messages(CONTACTS, { ...contact, optedOut: 'maybe' })).toEqual([
      'Opted out: “maybe” is not yes or no.',
    ]);
  });

  it('report every bad field at once', () => {
    expect(messages(CONTACTS, { ...contact, email: 'x', category: 'boss', name: 'A\nB' })).toEqual([
      'Name: line breaks are not allowed here.',
      "Category: “boss” is not one of: mayor's office, policy team, practitioner, other.",
      'Email: “x” is not a valid email address.',
    ]);
  });

  it('normalise emails and keep phone numbers as text', () => {
    const r = parseRecord(CONTACTS, {
      ...contact,
      email: '  Amina.Otieno@Nairobi.GO.KE ',
      phone: '+254 20 222 1000',
    });
    expect(r.ok && r.record.email).toBe('amina.otieno@nairobi.go.ke');
    expect(r.ok && r.record.phone).toBe('+254 20 222 1000');
  });

  it('limit lengths, and keep paragraph text exactly (CR LF included: README "Text kept as typed")', () => {
    expect(messages(CITIES, { ...city, name: 'x'.repeat(121) })).toEqual([
      'Name: is too long (121 characters; at most 120).',
    ]);
    expect(parseRecord(CITIES, { ...city, notes: 'line 1\r\nline 2' })).toMatchObject({
      ok: true,
      record: { notes: 'line 1\r\nline 2' },
    });
  });

  it('check Settings lists and references when given the context', () => {
    const ctx = {
      lists: { languages: ['en', 'fr'] },
      idExists: (tab: string, id: string) => !(tab === 'Hubs' && id === 'HUB-000009'),
    };
    expect(messages(CONTACTS, { ...contact, language: 'ar' }, ctx)).toEqual([
      'Preferred language: “ar” is not in the languages list in Settings (en, fr).',
    ]);
    expect(messages(CITIES, { ...city, hubId: 'HUB-000009' }, ctx)).toEqual([
      'Hub: HUB-000009 was not found in Hubs.',
    ]);
    expect(messages(CONTACTS, { ...contact, language: 'English' })).toEqual([
      'Preferred language: “English” is not a language code such as en, fr, ar or es.',
    ]);
  });

  it('accept a contact of a city or of a partner', () => {
    expect(parseRecord(CONTACTS, { ...contact, orgId: 'PTN-000004' }).ok).toBe(true);
    expect(messages(CONTACTS, { ...contact, orgId: 'HUB-000001' })).toEqual([
      'City or partner ID: “HUB-000001” is not a Cities or Partners ID (like CTY-000123 or PTN-000123).',
    ]);
  });

  it('check json columns: valid JSON, then their shape', () => {
    const app = {
      id: 'APP-000001',
      stage: 'application received',
      cityName: 'Irbid',
      country: 'Jordan',
      submitterName: 'Layla Haddad',
      submitterEmail: 'layla@irbid.gov.jo',
      language: 'ar',
      version: 1,
    };
    expect(messages(APPLICATIONS, { ...app, pointsOfContact: '[{"name":' })[0]).toMatch(
      /^Points of contact: is not valid JSON \(/,
    );
    expect(messages(APPLICATIONS, { ...app, pointsOfContact: '[{"name":"Omar","email":"omar@"}]' })).toEqual([
      'Points of contact: item 1: email “omar@” is not a valid email address.',
    ]);
    const ok = parseRecord(APPLICATIONS, {
      ...app,
      pointsOfContact: '[{"name":"Omar","email":"Omar@Irbid.gov.jo"}]',
    });
    expect(ok.ok && ok.record.pointsOfContact).toEqual([{ name: 'Omar', email: 'omar@irbid.gov.jo' }]);
  });

  it('apply rules across fields', () => {
    const event = { id: 'EVT-000001', name: 'Summit', type: 'conference', status: 'planned', version: 1 };
    expect(messages(EVENTS, { ...event, startsOn: '2025-05-02', endsOn: '2025-05-01' })).toEqual([
      'Ends on: must not be before Starts on.',
    ]);
    const staff = { id: 'STF-000001', name: 'A B', email: 'a@strongcities.org', role: 'hub', version: 1 };
    expect(messages(STAFF, staff)).toEqual(['Hub: hub staff need a hub.']);
    const match = {
      id: 'MAT-000001',
      seekingCityId: 'CTY-000001',
      topic: 'gender',
      score: 50,
      status: 'proposed',
      version: 1,
    };
    expect(messages(MATCHES, match)).toEqual([
      'Offering city: give an offering city or an offering partner.',
    ]);
    expect(messages(MATCHES, { ...match, offeringCityId: 'CTY-000001' })).toEqual([
      'Offering city: must differ from the seeking city.',
    ]);
  });

  it('is a zod schema usable directly', () => {
    const schema = recordSchema(CITIES);
    expect(schema.safeParse(city).success).toBe(true);
    expect(schema.safeParse({ ...city, status: 'x' }).success).toBe(false);
  });
});

describe('cells', () => {
  const col = (tab: typeof CITIES | typeof CONTACTS, key: string) => tab.columns.find((c) => c.key === key)!;

  it('write typed values as cells and read them back', () => {
    const languages = col(CITIES, 'languages');
    expect(toCell(languages, ['en', 'fr'])).toBe('en, fr');
    expect(fromCell(languages, 'en, fr')).toEqual({ ok: true, value: ['en', 'fr'] });
    expect(toCell(col(CITIES, 'notes'), null)).toBe('');
    const d = new Date(2025, 4, 6);
    expect(toCell(col(CITIES, 'joinedOn'), d)).toEqual(d);
    expect(toCell(col(CONTACTS, 'optedOut'), true)).toBe(true);
  });

  it('keep text exact in plain-text columns (a typed apostrophe included) and neutralise it elsewhere', () => {
    const phone = col(CONTACTS, 'phone');
    expect(toCell(phone, '+44 20 7946 0000')).toBe('+44 20 7946 0000');
    expect(toCell(phone, '+44 20 7946 0000', { plainText: false })).toBe("'+44 20 7946 0000");
    expect(fromCell(phone, "'+44 20 7946 0000")).toEqual({ ok: true, value: "'+44 20 7946 0000" });
  });

  it('read numbers and booleans that Sheets converted in a text column as text', () => {
    const name = col(CITIES, 'name');
    expect(fromCell(name, 1234)).toEqual({ ok: true, value: '1234' });
    expect(fromCell(name, true)).toEqual({ ok: true, value: 'TRUE' });
  });

  it('read checkboxes and yes/no words', () => {
    const optedOut = col(CONTACTS, 'optedOut');
    for (const v of [true, 'TRUE', 'yes', 'oui', 1])
      expect(fromCell(optedOut, v)).toEqual({ ok: true, value: true });
    for (const v of [false, '', 'no', 0, undefined])
      expect(fromCell(optedOut, v)).toEqual({ ok: true, value: false });
  });
});
