// Bench rows of issue 6: opening a city profile and saving a contact, as google.script.run runs them from the sidebars.

import { CITIES, CONTACTS } from '../sheets-templates';
import type { DemoSize } from '../src/demo/generate';
import type { CallRecord, Emulator } from '../src/emulator';
import { invokeScriptRun } from '../src/emulator/scriptRun';
import { summarise } from './measure';
import type { BenchOperation } from './operations';

function firstRecord(
  emu: Emulator,
  tab: string,
  where: (row: Record<string, unknown>) => boolean,
): Record<string, unknown> {
  const sheet = emu.backend.stores.spreadsheets.bound.sheetByName(tab)!;
  const values = sheet.getValues(1, 1, sheet.lastRow(), sheet.lastColumn());
  const headers = values[0]!.map(String);
  for (const row of values.slice(1)) {
    const r: Record<string, unknown> = {};
    headers.forEach((h, i) => {
      r[h] = row[i];
    });
    if (where(r)) return r;
  }
  throw new Error(`no matching row in ${tab}`);
}

function run(emu: Emulator, user: string, name: string, args: unknown[]): CallRecord[] {
  const r = invokeScriptRun(emu, { name, args, user });
  if (!r.ok) throw new Error(`${name} failed: ${r.error.message}`);
  return r.execution?.records ?? [];
}

/** Distinct tabs whose values an execution read: the lower bound counts one read for each. */
function tabsRead(records: CallRecord[]): number {
  return records.filter((r) => r.class === 'read' && r.method === 'getValues').length;
}

export function sidebarOperations(build: (size: DemoSize) => Emulator, user: string): BenchOperation[] {
  return [
    {
      name: 'open a city profile (bench workbook)',
      run() {
        const emu = build('bench');
        const city = firstRecord(emu, CITIES.name, () => true);
        const records = run(emu, user, 'getCityProfile', [String(city['City ID'])]);
        // Lower bound: one read each of Staff, Cities, Hubs, Settings, Engagements, Needs, Matches, Contacts.
        return [
          summarise(
            this.name,
            records,
            8,
            `${tabsRead(records)} reads; Engagements is the big one (30,000 rows)`,
          ),
        ];
      },
    },
    {
      name: 'save a contact (bench workbook)',
      run() {
        const emu = build('bench');
        const cityContact = (r: Record<string, unknown>) =>
          String(r['City or partner ID']).startsWith('CTY-');
        // Warm-up save: the loaded Audit tab has no spare rows, and the first audit row grows it by 500 once.
        const warm = firstRecord(
          emu,
          CONTACTS.name,
          (r) => cityContact(r) && r['Contact ID'] !== 'CON-000001',
        );
        const warmVersion = Number(warm['Version']) || 1;
        run(emu, user, 'saveContact', [
          { id: String(warm['Contact ID']), version: warmVersion, fields: { title: 'Warm-up' } },
        ]);
        const contact = firstRecord(emu, CONTACTS.name, (r) => r['Contact ID'] === 'CON-000001');
        const id = String(contact['Contact ID']);
        const version = Number(contact['Version']) || 1;
        const records = run(emu, user, 'saveContact', [
          { id, version, fields: { title: 'Head of Community Safety' } },
        ]);
        if (!records.some((r) => r.method === 'setValues')) throw new Error('the contact save wrote nothing');
        // Lower bound: reads of Staff, Contacts, Cities (the contact's hub), Settings and the Audit header;
        // one write for the changed span of the row, one for the audit row.
        return [summarise(this.name, records, 7)];
      },
    },
  ];
}
