// "Validate workbook" on a workbook seeded with known problems: every planted problem reported, nothing else.
import type { Emulator } from '../../../src/emulator';
import { bound, headers, ok, setUpWorkbook, sheet, writeCalls } from './harness';

interface Problem {
  tab: string;
  row: number;
  col: number;
  column: string;
  message: string;
}
interface Report {
  problems: Problem[];
  total: number;
}

const HIGHLIGHT = '#fbd9d6';

function seeded(): Emulator {
  const emu = setUpWorkbook();
  const hub = ok<{ id: string }>(emu, 'saveRecord', [
    { tab: 'Hubs', fields: { name: 'MENA', email: 'mena@strongcities.org' } },
  ]).value!.id;
  ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'South Asia' } }]);
  const amman = ok<{ id: string }>(emu, 'saveRecord', [
    {
      tab: 'Cities',
      fields: { name: 'Amman', country: 'Jordan', hubId: hub, status: 'member', languages: ['ar', 'en'] },
    },
  ]).value!.id;
  ok(emu, 'saveRecord', [
    { tab: 'Cities', fields: { name: 'Irbid', country: 'Jordan', hubId: hub, status: 'prospect' } },
  ]);
  ok(emu, 'saveRecord', [
    { tab: 'Cities', fields: { name: 'Zarqa', country: 'Jordan', hubId: hub, status: 'applicant' } },
  ]);
  for (const [name, email] of [
    ['Rana', 'rana@amman.gov.jo'],
    ['Omar', 'omar@amman.gov.jo'],
    ['Lina', 'lina@amman.gov.jo'],
    ['Sami', 'sami@amman.gov.jo'],
  ]) {
    ok(emu, 'saveRecord', [
      { tab: 'Contacts', fields: { orgId: amman, name, email, category: 'policy team', language: 'ar' } },
    ]);
  }
  return emu;
}

function cell(emu: Emulator, tab: string, row: number, header: string, value: unknown): number {
  const col = headers(emu, tab).indexOf(header) + 1;
  if (col < 1) throw new Error(`no ${header}`);
  sheet(emu, tab).setValuesRaw(row, col, [[value as string]]);
  return col;
}

describe('validate workbook', () => {
  it('finds nothing wrong in a freshly seeded workbook', () => {
    const emu = seeded();
    const r = ok<Report>(emu, 'checkWorkbook');
    expect(r.value!.problems).toEqual([]);
  });

  it('reports every planted problem and nothing else, highlights the cells, and clears them once fixed', () => {
    const emu = seeded();
    const planted = [
      {
        tab: 'Cities',
        row: 3,
        column: 'Membership status',
        set: 'member?',
        expect: /Membership status: .*is not one of/,
      },
      { tab: 'Cities', row: 4, column: 'Country', set: '', expect: /Country: a value is required/ },
      { tab: 'Cities', row: 4, column: 'Name', set: ' AMMAN', expect: null },
      {
        tab: 'Contacts',
        row: 2,
        column: 'Email',
        set: 'rana@',
        expect: /Email: .*not a valid email address/,
      },
      {
        tab: 'Contacts',
        row: 3,
        column: 'City or partner ID',
        set: 'CTY-000099',
        expect: /CTY-000099 was not found in Cities/,
      },
      {
        tab: 'Contacts',
        row: 5,
        column: 'Email',
        set: 'LINA@amman.gov.jo ',
        expect: /Possible duplicate: same email as row 4 \(CON-000003\)/,
      },
      { tab: 'Hubs', row: 3, column: 'Hub ID', set: 'HUB-000001', expect: /HUB-000001 is also on row 2/ },
    ];
    for (const p of planted) cell(emu, p.tab, p.row, p.column, p.set);
    // Country emptied on row 4 makes " AMMAN" (Jordan) no duplicate of Amman; plant the city duplicate on its own row.
    const irbid = 3;
    cell(emu, 'Cities', irbid, 'Name', 'amman ');
    const expected = [
      { tab: 'Cities', row: 3, column: 'Membership status' },
      { tab: 'Cities', row: 3, column: 'Name' },
      { tab: 'Cities', row: 4, column: 'Country' },
      { tab: 'Contacts', row: 2, column: 'Email' },
      { tab: 'Contacts', row: 3, column: 'City or partner ID' },
      { tab: 'Contacts', row: 5, column: 'Email' },
      { tab: 'Hubs', row: 3, column: 'Hub ID' },
      { tab: 'Settings', row: 0, column: 'SLA working days' },
    ];
    const settings = sheet(emu, 'Settings');
    const slaRow =
      settings.getValues(1, 1, settings.lastRow(), 1).findIndex((r) => r[0] === 'SLA working days') + 1;
    settings.setValuesRaw(slaRow, 2, [['abc']]);

    const first = ok<Report>(emu, 'checkWorkbook');
    const found = first.value!.problems;
    const key = (p: { tab: string; row: number; column: string }) => `${p.tab}|${p.row}|${p.column}`;
    expect(found.map(key).sort()).toEqual(expected.map(key).sort());
    for (const p of planted.filter((x) => x.expect)) {
      expect(found.find((f) => f.tab === p.tab && f.row === p.row && f.column === p.column)!.message).toMatch(
        p.expect!,
      );
    }
    expect(found.find((f) => f.tab === 'Cities' && f.column === 'Name')!.message).toMatch(
      /same name and country as row 2/,
    );

    // Invalid cells are highlighted, as one RangeList of their cells per tab (not a rectangle of cells).
    const contacts = sheet(emu, 'Contacts');
    const emailCol = headers(emu, 'Contacts').indexOf('Email') + 1;
    expect(contacts.formats.background.get(2, emailCol)).toBe(HIGHLIGHT);
    expect(contacts.formats.background.get(4, emailCol) ?? null).toBeNull();
    const bgWrites = first.execution.records.filter((r) => r.method === 'setBackground');
    expect(bgWrites.map((r) => r.type)).toEqual(['RangeList', 'RangeList', 'RangeList']); // Cities, Contacts, Hubs
    expect(bgWrites.reduce((n, r) => n + r.cellsWritten, 0)).toBe(7); // the 7 invalid cells, nothing around them

    // Fix one problem: its highlight goes, the others stay.
    cell(emu, 'Contacts', 2, 'Email', 'rana@amman.gov.jo');
    const second = ok<Report>(emu, 'checkWorkbook');
    expect(second.value!.total).toBe(expected.length - 1);
    expect(contacts.formats.background.get(2, emailCol) ?? null).toBeNull();
    expect(contacts.formats.background.get(5, emailCol)).toBe(HIGHLIGHT);

    // Nothing changed since: no background written (only the run's baseline, in the document properties).
    const third = ok<Report>(emu, 'checkWorkbook');
    expect(writeCalls(third.execution.records).filter((r) => r.service !== 'PropertiesService')).toEqual([]);
  });

  it('opens the sidebar from the menu and selects a problem cell from its link', () => {
    const emu = seeded();
    ok(emu, 'validateWorkbook');
    expect(bound(emu).ui.sidebar).toMatchObject({ kind: 'sidebar' });
    expect(
      JSON.stringify(bound(emu).ui.sidebar, (_k, v) => (typeof v === 'bigint' ? String(v) : v)),
    ).toContain('Validate workbook');
    ok(emu, 'showProblemCell', ['Contacts', 3, 2]);
    const active = bound(emu).activeRange!;
    expect(active.rect).toMatchObject({ row: 3, col: 2, numRows: 1, numCols: 1 });
    expect(active.sheetId).toBe(sheet(emu, 'Contacts').id);
  });

  it('refuses users without a role', () => {
    const emu = seeded();
    const r = emu.run('checkWorkbook', [], { user: 'someone@example.org' });
    expect(r.error).toMatch(/not listed as active staff/);
  });
});
