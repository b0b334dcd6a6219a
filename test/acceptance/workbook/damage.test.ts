// Setup on a damaged workbook: each kind of damage is repaired and not a single user value is lost.

import { TABS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { bound, headers, ok, setUpWorkbook, sheet, values, writeCalls } from './harness';

/** A workbook with a few records and a user's own column (with a formula) in Contacts. */
function seeded(): Emulator {
  const emu = setUpWorkbook();
  const hub = ok<{ id: string }>(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }]).value!.id;
  const city = ok<{ id: string }>(emu, 'saveRecord', [
    { tab: 'Cities', fields: { name: 'Amman', country: 'Jordan', hubId: hub, status: 'member' } },
  ]).value!.id;
  ok(emu, 'saveRecord', [
    { tab: 'Cities', fields: { name: 'Irbid', country: 'Jordan', hubId: hub, status: 'prospect' } },
  ]);
  for (const [name, email] of [
    ['Rana', 'rana@amman.gov.jo'],
    ['Omar', 'omar@amman.gov.jo'],
  ]) {
    ok(emu, 'saveRecord', [
      {
        tab: 'Contacts',
        fields: {
          orgId: city,
          name,
          email,
          category: 'practitioner',
          language: 'ar',
          phone: '+962 6 000 0000',
        },
      },
    ]);
  }
  const contacts = sheet(emu, 'Contacts');
  const col = contacts.lastColumn() + 1;
  contacts.setValuesRaw(1, col, [['My own column'], ['kept'], ['also kept']]);
  return emu;
}

/** Every value of every tab keyed by header: what "no user value lost" compares. */
function byHeader(emu: Emulator): Record<string, Record<string, unknown[]>> {
  const out: Record<string, Record<string, unknown[]>> = {};
  for (const def of TABS) {
    if (!bound(emu).sheetByName(def.name)) continue;
    const v = values(emu, def.name);
    const cols: Record<string, unknown[]> = {};
    (v[0] ?? []).forEach((h, j) => {
      if (h !== '')
        cols[String(h)] = v.slice(1).map((r) => (r[j] instanceof Date ? (r[j] as Date).getTime() : r[j]));
    });
    out[def.name] = cols;
  }
  return out;
}

function header(emu: Emulator, tab: string, text: string): number {
  return headers(emu, tab).indexOf(text) + 1;
}

describe('setup on a damaged workbook', () => {
  it('restores a renamed header when the values under it fit the column', () => {
    const emu = seeded();
    const before = byHeader(emu);
    sheet(emu, 'Contacts').setValuesRaw(1, header(emu, 'Contacts', 'Email'), [['E-mail address']]);
    const r = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(r.value!.changes.join('\n')).toMatch(
      /Contacts: column F header "E-mail address" restored to "Email"/,
    );
    expect(byHeader(emu)).toEqual(before);
  });

  it('keeps an unknown column that does not fit and adds the missing one at the end', () => {
    const emu = seeded();
    const s = sheet(emu, 'Contacts');
    const col = header(emu, 'Contacts', 'Email');
    s.setValuesRaw(1, col, [['Remarks'], ['not an email'], ['nor this']]);
    const before = byHeader(emu);
    ok(emu, 'setupWorkbook');
    const after = byHeader(emu);
    expect(after['Contacts']!['Remarks']).toEqual(['not an email', 'nor this']);
    expect(headers(emu, 'Contacts').at(-1)).toBe('Email');
    expect(after['Contacts']!['Email']).toEqual(['', '']);
    delete after['Contacts']!['Email'];
    expect(after).toEqual(before);
  });

  it('recreates a deleted tab with its headers, touching nothing else', () => {
    const emu = seeded();
    const before = byHeader(emu);
    bound(emu).deleteSheet(sheet(emu, 'Partners'));
    const r = ok<{ created: string[] }>(emu, 'setupWorkbook');
    expect(r.value!.created).toEqual(['Partners']);
    expect(byHeader(emu)).toEqual(before);
  });

  it('accepts reordered columns as they are: no header written, values untouched, saves still map by header', () => {
    const emu = seeded();
    const s = sheet(emu, 'Cities');
    const a = header(emu, 'Cities', 'Name');
    const b = header(emu, 'Cities', 'Country');
    const colA = s.getValues(1, a, 3, 1);
    const colB = s.getValues(1, b, 3, 1);
    s.setValuesRaw(1, a, colB);
    s.setValuesRaw(1, b, colA);
    const before = byHeader(emu);
    const r = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(r.value!.changes.join('\n')).not.toMatch(/header|missing column/);
    expect(r.execution.records.filter((c) => c.method === 'setValues')).toEqual([]);
    expect(byHeader(emu)).toEqual(before);
    ok(emu, 'saveRecord', [
      { tab: 'Cities', id: 'CTY-000001', version: 1, fields: { country: 'Jordan (HKJ)' } },
    ]);
    expect(byHeader(emu)['Cities']!['Country']).toEqual(['Jordan (HKJ)', 'Jordan']);
    expect(byHeader(emu)['Cities']!['Name']).toEqual(['Amman', 'Irbid']);
  });

  it('re-adds a deleted required column at the end without moving any value', () => {
    const emu = seeded();
    sheet(emu, 'Contacts').deleteColumns(header(emu, 'Contacts', 'Name'), 1);
    const before = byHeader(emu);
    const broken = emu.run('saveRecord', [{ tab: 'Contacts', fields: { name: 'x' } }], {
      user: 'owner@strongcities.org',
    });
    expect(broken.error).toMatch(/Tab "Contacts" has no column "Name" \(required\)/);
    const r = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(r.value!.changes.join('\n')).toMatch(/missing column "Name" added/);
    const after = byHeader(emu);
    expect(after['Contacts']!['Name']).toEqual(['', '']);
    delete after['Contacts']!['Name'];
    expect(after).toEqual(before);
    expect(headers(emu, 'Contacts').slice(-2)).toEqual(['My own column', 'Name']);
  });

  it('is idempotent after a repair: the next run writes nothing', () => {
    const emu = seeded();
    sheet(emu, 'Contacts').deleteColumns(header(emu, 'Contacts', 'Phone'), 1);
    bound(emu).deleteSheet(sheet(emu, 'Needs'));
    ok(emu, 'setupWorkbook');
    const again = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(again.value!.changes).toEqual([]);
    expect(writeCalls(again.execution.records)).toEqual([]);
  });
});
