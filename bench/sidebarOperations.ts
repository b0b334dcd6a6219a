// Bench rows of issue 6: opening a city profile and saving a contact, as google.script.run runs them from the sidebars.

import { CITIES, CONTACTS, HISTORY_SUMMARY } from '../sheets-templates';
import type { DemoSize } from '../src/demo/generate';
import type { CallRecord, Emulator } from '../src/emulator';
import { invokeScriptRun } from '../src/emulator/scriptRun';
import { AUDITED_WRITE, cellAt, holds, keyedRead, rowsWhere, WHOLE_READ } from './lowerBound';
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

/** The reads that moved cells (getValues and the advanced service's batchGet), for the row's note. */
function tabsRead(records: CallRecord[]): string {
  const n = (m: string) => records.filter((r) => r.class === 'read' && r.method === m).length;
  return `${n('getValues')} getValues + ${n('batchGet')} batchGet`;
}

export function sidebarOperations(build: (size: DemoSize) => Emulator, user: string): BenchOperation[] {
  return [
    {
      name: 'open a city profile (bench workbook)',
      run() {
        const emu = build('bench');
        const city = firstRecord(emu, CITIES.name, () => true);
        const id = String(city['City ID']);
        const records = run(emu, user, 'getCityProfile', [id]);
        // Lower bound (from the workbook): what the profile shows — Staff, Hubs and Settings read whole; found by key:
        // the city, its ten newest engagements (the profile lists ten), its needs and offers, its matches, its
        // contacts, the History summary line (archived totals, when the tab holds any line), and for Mailings
        // received the ten newest Sends rows of those contacts (one search) with their mailings' names (Mailings,
        // a small tab, read whole).
        // Restated on 4 December (issue 11, h15-batchget): the Sheets advanced service's Values.batchGet reads any
        // number of ranges in one call, so the fewest calls are no longer one per header, whole tab and run of
        // rows: 1 batchGet of every header and every whole tab (nothing decides them), 1 search per key column
        // (Matches' Seeking and Offering city sit side by side: one search), 1 batchGet of every row found, then
        // the Sends search (its keys are the contacts just read) and 1 batchGet of the Sends rows found.
        // Before (SpreadsheetApp only): 3 whole reads + per tab 1 header + 1 search + 1 read per run of rows.
        const contactIds = new Set(
          rowsWhere(emu, 'Contacts', 'City or partner ID', holds(id)).map((r) =>
            cellAt(emu, 'Contacts', 'Contact ID', r),
          ),
        );
        const sends = rowsWhere(emu, 'Sends', 'Contact', (v) => contactIds.has(String(v))).slice(-10);
        const summary = emu.backend.stores.spreadsheets.bound.sheetByName(HISTORY_SUMMARY.name);
        const summaryLines = summary ? summary.lastRow() - 1 : 0;
        const keyedTabs = 6 + (summaryLines > 0 ? 1 : 0); // Cities, Engagements, Needs, Offers, Matches, Contacts
        const lb =
          1 + // headers and whole tabs
          keyedTabs + // one search each
          1 + // every row found
          (contactIds.size > 0 ? 1 + (sends.length > 0 ? 1 : 0) : 0); // the Sends search and its rows
        return [summarise(this.name, records, lb, `${tabsRead(records)}`)];
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
        // Lower bound: Staff and Settings read whole; the contact and its city (the hub check) found by id;
        // the changed span written; the audited write's Audit header, audit row and flush.
        const orgId = String(contact['City or partner ID']);
        const lb =
          2 * WHOLE_READ +
          keyedRead(1, rowsWhere(emu, CONTACTS.name, 'Contact ID', holds(id))) +
          keyedRead(1, rowsWhere(emu, CITIES.name, 'City ID', holds(orgId))) +
          1 +
          AUDITED_WRITE;
        return [summarise(this.name, records, lb)];
      },
    },
  ];
}
