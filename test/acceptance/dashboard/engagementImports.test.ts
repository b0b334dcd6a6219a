// Acceptance (issue 15 item 1) through dist/Code.js: Zoom and Teams attendance exports and the comms team's
// statistics (made from the platforms' documented column sets, with title blocks, BOMs and semicolons: see
// test/support/importSamples.ts) import with the right matches, twice without duplicates, report bad rows by line,
// and read cells that do not grow with the Engagements tab.
import type { Emulator } from '../../../src/emulator';
import { STATS_EXPORT, TEAMS_EXPORT, ZOOM_EXPORT } from '../../support/importSamples';
import { OWNER, ok, tabRows } from '../intake/harness';
import { COMMS, COORDINATOR, relationsWorld, save, VIEWER } from '../relations/world';
import { headers, sheet } from '../workbook/harness';

interface Person {
  key: string;
  name: string;
  email: string;
  minutes: number;
  joins: number;
  lines: number[];
  match: 'email' | 'name' | 'none';
  contacts: { id: string; name: string; orgName: string }[];
  already: boolean;
}
interface Preview {
  kind: string;
  platform: string;
  meeting: { id: string; title: string; day: string } | null;
  table: {
    delimiter: string;
    headerLine: number;
    dataRows: number;
    after: { from: number; to: number } | null;
  };
  people: Person[];
  interactions: (Person & { platform: string; interaction: string; day: string; count: number })[];
  problems: { line: number; kind: string; column: string; value: string }[];
}
interface Outcome {
  recorded: string[];
  already: number;
  skipped: number;
  contactsAdded: string[];
  problems: number;
}

function network() {
  const world = relationsWorld();
  const { emu, cityId } = world;
  const city = (name: string, country: string) =>
    save(emu, 'Cities', { name, country, status: 'member', languages: ['en'] });
  const lyon = city('Lyon', 'France');
  const oslo = city('Oslo', 'Norway');
  const montreal = city('Montreal', 'Canada');
  const person = (orgId: string, name: string, email: string) =>
    save(emu, 'Contacts', {
      orgId,
      name,
      category: 'policy team',
      email,
      language: 'en',
      lawfulBasis: 'legitimate interests',
    });
  const people = {
    amina: world.contacts.mayor, // Amina Said, amina.said@mombasa.example
    juma: world.contacts.policy, // Juma Otieno, juma.otieno@mombasa.example
    paul: person(lyon, 'Paul Roux', 'p.roux@lyon.example'),
    claire: person(lyon, 'Claire Martin', 'Claire.Martin@lyon.example'),
    ola: person(oslo, 'Ola Nordmann', 'ola@oslo.example'),
    marie: person(montreal, 'Marie Tremblay', 'marie@montreal.example'),
  };
  return { emu, cityId, lyon, oslo, montreal, people };
}

const preview = (emu: Emulator, csv: string, user = COORDINATOR, extra: Record<string, unknown> = {}) =>
  ok<Preview>(emu, 'previewEngagementImport', [{ csv, ...extra }], user).value!;
const importFile = (emu: Emulator, request: Record<string, unknown>, user = COORDINATOR) =>
  ok<Outcome>(emu, 'importEngagements', [request], user).value!;
const imported = (emu: Emulator) => tabRows(emu, 'Engagements').filter((r) => r['Source'] !== 'manual');

describe('a Zoom participant export (title block, BOM, semicolons)', () => {
  it('previews matches by email, name matches to confirm, unmatched people, and bad rows by line', () => {
    const { emu, people } = network();
    const p = preview(emu, ZOOM_EXPORT);
    expect(p.platform).toBe('zoom');
    expect(p.meeting).toEqual({
      id: '812 3456 7890',
      title: 'Peer exchange: youth resilience',
      day: '2026-12-03',
    });
    expect(p.table).toMatchObject({ delimiter: ';', headerLine: 4, dataRows: 7 });
    const byKey = Object.fromEntries(p.people.map((x) => [x.key, x]));
    // Amina's address differs in case and spacing from the contact's; her two joins are one attendance.
    expect(byKey['amina.said@mombasa.example']).toMatchObject({
      match: 'email',
      joins: 2,
      minutes: 57,
      lines: [5, 6],
    });
    expect(byKey['amina.said@mombasa.example']!.contacts.map((c) => c.id)).toEqual([people.amina]);
    // Juma joined without an address and Paul with another one: matched by name, to be confirmed.
    expect(byKey['name:juma otieno']).toMatchObject({ match: 'name' });
    expect(byKey['name:juma otieno']!.contacts.map((c) => [c.id, c.orgName])).toEqual([
      [people.juma, 'Mombasa'],
    ]);
    expect(byKey['paul.roux@lyon.example']).toMatchObject({ match: 'name' });
    expect(byKey['nadia@newcity.example']).toMatchObject({ match: 'none', contacts: [] });
    expect(p.problems).toEqual([
      { line: 9, kind: 'badTime', column: 'Join Time', value: '13/45/2026 10:00' },
      { line: 10, kind: 'noIdentity', column: '', value: '' },
    ]);
    // A preview writes nothing.
    expect(imported(emu)).toEqual([]);
  });

  it('imports one engagement per matched person, adds a chosen contact, and adds nothing the second time', () => {
    const { emu, cityId, lyon, oslo, people } = network();
    const request = {
      csv: ZOOM_EXPORT,
      confirmed: { 'name:juma otieno': people.juma },
      add: { 'nadia@newcity.example': { orgId: oslo, category: 'practitioner', language: 'en' } },
    };
    const first = importFile(emu, request);
    expect(first).toMatchObject({ already: 0, skipped: 1, problems: 2 });
    expect(first.recorded).toHaveLength(3);
    expect(first.contactsAdded).toHaveLength(1);
    const nadia = tabRows(emu, 'Contacts').find((c) => c['Contact ID'] === first.contactsAdded[0])!;
    expect(nadia).toMatchObject({
      Name: 'Nadia Haddad',
      Email: 'nadia@newcity.example',
      'City or partner ID': oslo,
    });
    const rows = imported(emu);
    expect(rows.map((r) => [r['Contacts'], r['Cities'], r['Source'], r['Type']])).toEqual([
      [people.amina, cityId, 'import', 'meeting'],
      [people.juma, cityId, 'import', 'meeting'],
      [nadia['Contact ID'], oslo, 'import', 'meeting'],
    ]);
    expect(rows.map((r) => r['Source reference'])).toEqual([
      'import:zoom:id-81234567890@0955:2026-12-03:amina.said@mombasa.example',
      'import:zoom:id-81234567890@0955:2026-12-03:name-juma-otieno',
      'import:zoom:id-81234567890@0955:2026-12-03:nadia@newcity.example',
    ]);
    expect(String(rows[0]!['Summary'])).toBe(
      'Zoom "Peer exchange: youth resilience": attended 57 min, joined 2 times.',
    );
    expect((rows[0]!['Date'] as Date).toISOString().slice(0, 10)).toBe('2026-12-03');
    // Paul was not confirmed: skipped, not recorded. Confirming him later records him alone.
    const again = importFile(emu, {
      ...request,
      confirmed: { ...request.confirmed, 'paul.roux@lyon.example': people.paul },
    });
    expect(again).toMatchObject({
      recorded: [expect.any(String)],
      already: 3,
      skipped: 0,
      contactsAdded: [],
    });
    expect(imported(emu).slice(-1)[0]).toMatchObject({ Contacts: people.paul, Cities: lyon });
    // The same file a third time adds nothing at all, and the preview says who is already recorded.
    const third = importFile(emu, {
      ...request,
      confirmed: { ...request.confirmed, 'paul.roux@lyon.example': people.paul },
    });
    expect(third).toMatchObject({ recorded: [], already: 4, contactsAdded: [] });
    expect(imported(emu)).toHaveLength(4);
    expect(tabRows(emu, 'Contacts').filter((c) => c['Email'] === 'nadia@newcity.example')).toHaveLength(1);
    expect(preview(emu, ZOOM_EXPORT).people.filter((x) => x.already)).toHaveLength(4);
  });
});

describe('a Microsoft Teams attendance report (summary, sections, BOM, semicolons)', () => {
  it('matches by email or UPN, reports the unreadable duration by line and imports twice without duplicates', () => {
    const { emu, lyon, oslo, people } = network();
    const p = preview(emu, TEAMS_EXPORT);
    expect(p.platform).toBe('teams');
    expect(p.meeting).toEqual({ id: '', title: 'Member cities call', day: '2026-12-04' });
    expect(p.table.after).toEqual({ from: 14, to: 17 });
    expect(p.people.map((x) => [x.email, x.match, x.contacts[0]?.id])).toEqual([
      ['claire.martin@lyon.example', 'email', people.claire],
      ['ola@oslo.example', 'email', people.ola],
    ]);
    expect(p.problems).toEqual([
      { line: 12, kind: 'badDuration', column: 'In-Meeting Duration', value: 'about an hour' },
    ]);
    const first = importFile(emu, { csv: TEAMS_EXPORT, type: 'bi-weekly call' });
    expect(first).toMatchObject({ already: 0, skipped: 0, problems: 1 });
    expect(imported(emu).map((r) => [r['Contacts'], r['Cities'], r['Type']])).toEqual([
      [people.claire, lyon, 'bi-weekly call'],
      [people.ola, oslo, 'bi-weekly call'],
    ]);
    expect(importFile(emu, { csv: TEAMS_EXPORT, type: 'bi-weekly call' })).toMatchObject({
      recorded: [],
      already: 2,
    });
    expect(imported(emu)).toHaveLength(2);
  });

  it('links the meeting to an event when one is chosen', () => {
    const { emu } = network();
    const eventId = save(emu, 'Events', {
      name: 'Member cities call',
      type: 'webinar',
      startsOn: '2026-12-04',
      endsOn: '2026-12-04',
      status: 'held',
    });
    importFile(emu, { csv: TEAMS_EXPORT, eventId });
    expect(imported(emu).map((r) => [r['Event'], r['Type']])).toEqual([
      [eventId, 'event'],
      [eventId, 'event'],
    ]);
  });
});

describe('comms platform statistics', () => {
  it('records one engagement per address, platform, interaction and day, counts added up, once', () => {
    const { emu, people } = network();
    const p = preview(emu, STATS_EXPORT);
    expect(p.kind).toBe('stats');
    expect(p.interactions.map((i) => [i.email, i.count, i.match])).toEqual([
      ['claire.martin@lyon.example', 3, 'email'],
      ['ola@oslo.example', 1, 'email'],
    ]);
    expect(p.problems).toEqual([{ line: 5, kind: 'badCount', column: 'Count', value: 'many' }]);
    importFile(emu, { csv: STATS_EXPORT }, COMMS);
    expect(imported(emu).map((r) => [r['Contacts'], r['Type'], r['Source'], r['Summary']])).toEqual([
      [people.claire, 'newsletter', 'external platform', 'Newsletter: open × 3.'],
      [people.ola, 'external platform', 'external platform', 'LinkedIn: comment × 1.'],
    ]);
    expect(importFile(emu, { csv: STATS_EXPORT }, COMMS)).toMatchObject({ recorded: [], already: 2 });
  });
});

describe('refusals and roles', () => {
  it('names what is wrong with a file that cannot be imported', () => {
    const { emu } = network();
    const run = (csv: string) => emu.run('previewEngagementImport', [{ csv }], { user: COORDINATOR });
    expect(run('Foo;Bar\n1;2').error).toMatch(/No table header was found/);
    expect(run('Name,Email\n"Amina,a@x.example').error).toMatch(/a quote is opened and never closed/);
    expect(run('Name,Email\nAmina,amina@x.example').error).toMatch(/Meeting day: the file gives no date/);
    expect(
      ok<Preview>(
        emu,
        'previewEngagementImport',
        [{ csv: 'Name,Email\nAmina,amina@x.example', day: '2026-12-01' }],
        COORDINATOR,
      ).value!.meeting!.day,
    ).toBe('2026-12-01');
  });

  it('refuses viewers, and lets the comms team import but not add contacts', () => {
    const { emu, oslo } = network();
    expect(emu.run('previewEngagementImport', [{ csv: ZOOM_EXPORT }], { user: VIEWER }).error).toMatch(
      /does not allow you/,
    );
    const r = emu.run(
      'importEngagements',
      [
        {
          csv: ZOOM_EXPORT,
          add: { 'nadia@newcity.example': { orgId: oslo, category: 'other', language: 'en' } },
        },
      ],
      { user: COMMS },
    );
    expect(r.error).toMatch(/Nadia Haddad: your role does not allow you to add contacts/);
    expect(imported(emu)).toEqual([]);
    expect(ok<{ mayAddContacts: boolean }>(emu, 'getImportForm', [], COMMS).value!.mayAddContacts).toBe(
      false,
    );
  });

  it('refuses a contact to add with a bad field, naming it, and records nothing', () => {
    const { emu, oslo } = network();
    const r = emu.run(
      'importEngagements',
      [
        {
          csv: ZOOM_EXPORT,
          add: { 'nadia@newcity.example': { orgId: oslo, category: 'astronaut', language: 'en' } },
        },
      ],
      { user: OWNER },
    );
    expect(r.error).toMatch(/Nadia Haddad cannot be added as a contact: .*Category/);
    expect(imported(emu)).toEqual([]);
  });
});

describe('cells read do not grow with the Engagements tab', () => {
  /** Appends `n` engagements host-side, as years of history would. */
  function grow(emu: Emulator, n: number): void {
    const s = sheet(emu, 'Engagements');
    const head = headers(emu, 'Engagements');
    const rows: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const r: unknown[] = head.map(() => '');
      r[head.indexOf('Engagement ID')] = `ENG-${String(500_000 + i).padStart(6, '0')}`;
      r[head.indexOf('Date')] = new Date(Date.UTC(2025, 0, 1 + (i % 300)));
      r[head.indexOf('Type')] = 'meeting';
      r[head.indexOf('Summary')] = `Old meeting ${i}`;
      r[head.indexOf('Source')] = 'import';
      r[head.indexOf('Source reference')] = `import:zoom:id-${i}:2025-01-01:someone${i}@example.org`;
      rows.push(r);
    }
    const first = s.lastRow() + 1;
    if (s.maxRows < first + n) s.insertRows(s.maxRows + 1, first + n - s.maxRows);
    s.setValuesRaw(first, 1, rows as never);
  }

  it.each([
    ['previewEngagementImport', {}],
    ['importEngagements', { confirmed: {} }],
  ])('%s reads the same cells with 200 or 2,000 engagements', (fn, extra) => {
    const cells = (n: number) => {
      const { emu } = network();
      grow(emu, n);
      const r = emu.run(fn, [{ csv: ZOOM_EXPORT, ...extra }], { user: COORDINATOR });
      expect(r.status).toBe('ok');
      return r.execution.cellsRead;
    };
    const small = cells(200);
    const large = cells(2000);
    console.log(`[measure] ${fn}: ${small} cells read with 200 engagements, ${large} with 2,000`);
    expect(large).toBe(small);
  });
});
