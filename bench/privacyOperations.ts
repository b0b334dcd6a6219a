// Bench row of issue 13: a subject-access export (Privacy › Export a person's data) on the bench workbook.

import { CONTACTS, TABS } from '../sheets-templates';
import type { DemoSize } from '../src/demo/generate';
import type { CallRecord, Emulator } from '../src/emulator';
import { AUDITED_WRITE, holds, keyedRead, listHolds, rowsWhere, WHOLE_READ } from './lowerBound';
import { summarise } from './measure';
import type { BenchOperation } from './operations';

function run(emu: Emulator, user: string, name: string, args: unknown[]): CallRecord[] {
  const r = emu.run(name, args, { user });
  if (r.status !== 'ok') throw new Error(`${name} failed: ${r.error}`);
  return r.execution.records;
}

/** The contact with an email and the most engagements (the heaviest export of the first 200 contacts). */
function busiestContact(emu: Emulator): { id: string; email: string } {
  const sheet = emu.backend.stores.spreadsheets.bound.sheetByName(CONTACTS.name)!;
  const values = sheet.getValues(1, 1, Math.min(sheet.lastRow(), 201), sheet.lastColumn());
  const h = values[0]!.map(String);
  const candidates = values
    .slice(1)
    .map((r) => ({ id: String(r[h.indexOf('Contact ID')]), email: String(r[h.indexOf('Email')]) }))
    .filter((c) => c.email.includes('@'));
  const eng = emu.backend.stores.spreadsheets.bound.sheetByName('Engagements')!;
  const col = eng.getValues(1, 1, 1, eng.lastColumn())[0]!.map(String).indexOf('Contacts');
  const counts = new Map<string, number>();
  for (const [cell] of eng.getValues(2, col + 1, Math.max(eng.lastRow() - 1, 1), 1))
    for (const id of String(cell).split(',')) counts.set(id.trim(), (counts.get(id.trim()) ?? 0) + 1);
  candidates.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  return candidates[0]!;
}

export function privacyOperations(build: (size: DemoSize) => Emulator, user: string): BenchOperation[] {
  return [
    {
      name: 'export a person’s data (bench workbook)',
      run() {
        const emu = build('bench');
        const person = busiestContact(emu);
        const records = run(emu, user, 'exportPersonData', [person.email]);
        // Lower bound: Staff read whole (the admin check); found by key: the contact (Email), applications (2
        // columns), participants, suppressions, engagements, sends (2), audit (3), each raw response tab searched
        // once; the export created, formatted and written; the audited write.
        const own = new Set(TABS.map((t) => t.name));
        const rawTabs = emu.backend.stores.spreadsheets.bound.sheets.filter(
          (s) => !own.has(s.name) && s.name !== 'SCN dropdown lists',
        ).length;
        const lb =
          WHOLE_READ +
          keyedRead(1, rowsWhere(emu, CONTACTS.name, 'Email', holds(person.email))) +
          keyedRead(2, rowsWhere(emu, 'Applications', 'Submitter email', holds(person.email))) +
          keyedRead(1, rowsWhere(emu, 'Participants', 'Contact', holds(person.id))) +
          keyedRead(1, rowsWhere(emu, 'Suppressions', 'Email', holds(person.email))) +
          keyedRead(1, rowsWhere(emu, 'Engagements', 'Contacts', listHolds(person.id))) +
          keyedRead(2, rowsWhere(emu, 'Sends', 'Contact', holds(person.id))) +
          keyedRead(3, rowsWhere(emu, 'Audit', 'Record ID', holds(person.id))) +
          2 * rawTabs +
          3 +
          AUDITED_WRITE;
        return [summarise(this.name, records, lb, `contact ${person.id}`)];
      },
    },
  ];
}
