// Issue 18: diff and restore in place on the demo workbook through the CLI and the fake Google: per-record diff,
// --dry-run and a refused confirmation write nothing, restore brings back removed and changed records and keeps
// added ones, --tabs limits it, and ids restored above the counter are never issued again.
import { benchEmulator } from '../../../bench/benchWorkbook';
import type { Emulator } from '../../../src/emulator';
import type { FakeGoogle } from '../../../src/fakeGoogle/fakeGoogle';
import { crm, OWNER, startFake, tempDir } from '../../support/googleapis/harness';

jest.setTimeout(300_000);

function ids(emu: Emulator, tab: string): string[] {
  const s = emu.backend.stores.spreadsheets.bound.sheetByName(tab)!;
  return s.getValues(2, 1, s.lastRow() - 1, 1).map((r) => String(r[0]));
}

describe('diff and restore in place (issue 18)', () => {
  let emu: Emulator;
  let fake: FakeGoogle;
  let dir: string;
  let id: string;
  beforeAll(async () => {
    emu = benchEmulator('demo');
    id = emu.backend.stores.spreadsheets.bound.id;
    fake = await startFake(emu);
    const b = await crm(fake, ['backup', '--spreadsheet', id, '--out', tempDir('scn-restore-'), '--no-xlsx']);
    expect(b.code).toBe(0);
    dir = b.out.at(-1)!;
  });
  afterAll(() => fake.stop());

  it('diffs per tab and record id, writes nothing on --dry-run or a "no", restores on yes, keeps added rows', async () => {
    const book = emu.backend.stores.spreadsheets.bound;
    const contacts = book.sheetByName('Contacts')!;
    const before = ids(emu, 'Contacts');
    const lastRow = contacts.lastRow();
    const last = contacts.getValues(lastRow, 1, 1, contacts.maxColumns)[0]!;
    // An accidental edit, a deleted record (its row cleared), and a record added after the backup.
    const name = contacts.getValues(3, 2, 1, 1)[0]![0];
    contacts.setValuesRaw(3, 2, [['Pasted over']]);
    contacts.clearContent({ row: lastRow, col: 1, numRows: 1, numCols: contacts.maxColumns });
    contacts.setValuesRaw(lastRow, 1, [['CON-999001', 'Added later']]);
    const diff = await crm(fake, ['diff', '--spreadsheet', id, '--from', dir]);
    const text = diff.out.join('\n');
    expect(text).toMatch(/Contacts: 1 removed, 1 changed, 1 added since the backup/);
    expect(text).toContain(`removed: ${last[0]}`);
    const header = String(contacts.getValues(1, 2, 1, 1)[0]![0]);
    expect(text).toContain(`changed ${before[1]} (row 3): ${header}`);
    expect(text).toContain('added (kept by restore): CON-999001');

    fake.log.length = 0;
    const dry = await crm(fake, ['restore', '--from', dir, '--spreadsheet', id, '--dry-run']);
    expect(dry.out.join('\n')).toContain('Dry run: nothing was written.');
    const no = await crm(fake, ['restore', '--from', dir, '--spreadsheet', id]);
    expect(no.code).toBe(1);
    expect(no.out.at(-1)).toBe('Nothing was written.');
    expect(fake.log.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(contacts.getValues(3, 2, 1, 1)[0]![0]).toBe('Pasted over');

    const yes = await crm(fake, ['restore', '--from', dir, '--spreadsheet', id], {
      confirm: async () => true,
    });
    expect(yes.code).toBe(0);
    expect(contacts.getValues(3, 2, 1, 1)[0]![0]).toBe(name);
    const after = ids(emu, 'Contacts');
    expect(after).toContain('CON-999001');
    expect(after.at(-1)).toBe(last[0]);
    expect(after).toHaveLength(before.length + 1);
    const again = await crm(fake, ['diff', '--spreadsheet', id, '--from', dir]);
    expect(again.out.join('\n')).toMatch(/Contacts: 0 removed, 0 changed, 1 added/);
  });

  it('--tabs restores only the tabs named; an unknown tab is refused', async () => {
    const book = emu.backend.stores.spreadsheets.bound;
    const cities = book.sheetByName('Cities')!;
    const partners = book.sheetByName('Partners')!;
    const cityName = cities.getValues(2, 2, 1, 1)[0]![0];
    cities.setValuesRaw(2, 2, [['Wrong city']]);
    partners.setValuesRaw(2, 2, [['Wrong partner']]);
    const r = await crm(fake, ['restore', '--from', dir, '--spreadsheet', id, '--tabs', 'Cities', '--yes']);
    expect(r.code).toBe(0);
    expect(cities.getValues(2, 2, 1, 1)[0]![0]).toBe(cityName);
    expect(partners.getValues(2, 2, 1, 1)[0]![0]).toBe('Wrong partner');
    const bad = await crm(fake, ['restore', '--from', dir, '--spreadsheet', id, '--tabs', 'Citiez', '--yes']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('The backup has no tab named "Citiez"');
  });

  it('a restored id above the counter is never issued again by the bundle', async () => {
    const contacts = emu.backend.stores.spreadsheets.bound.sheetByName('Contacts')!;
    const saved = emu.run<{ id: string }>(
      'saveRecord',
      [{ tab: 'Contacts', fields: { orgId: 'CTY-000001', name: 'Ana', email: 'ana@city.example' } }],
      { user: OWNER },
    );
    expect(saved.status).toBe('ok');
    // CON-999001 (restored with the rows around it) is above the counter: the new id is above it.
    expect(Number(saved.value!.id.split('-')[1])).toBeGreaterThan(999001);
    const all = contacts.getValues(2, 1, contacts.lastRow() - 1, 1).map((r) => r[0]);
    expect(new Set(all).size).toBe(all.length);
  });
});
