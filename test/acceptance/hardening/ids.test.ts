// Issue 10.3: ids are never handed out twice, whatever the counter says (through the shipped bundle).
import { benchEmulator } from '../../../bench/benchWorkbook';
import type { Emulator } from '../../../src/emulator';
import { headers, ok, sheet, values } from '../workbook/harness';

const DUPLICATE_ID = /Every record needs its own id/;

function idsOf(emu: Emulator, tab: string, header: string): string[] {
  const col = headers(emu, tab).indexOf(header);
  return values(emu, tab)
    .slice(1)
    .map((r) => String(r[col]))
    .filter((id) => id !== '');
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => {
    if (seen.has(id)) return true;
    seen.add(id);
    return false;
  });
}

/** Writes `id` into the id cell of sheet row `row`, host-side (a restore or a pasted copy would). */
function plant(emu: Emulator, tab: string, header: string, row: number, id: string): void {
  sheet(emu, tab).setValuesRaw(row, headers(emu, tab).indexOf(header) + 1, [[id]]);
}

function saveNewContact(emu: Emulator, name: string): string {
  const r = ok<{ id: string }>(emu, 'saveRecord', [
    { tab: 'Contacts', fields: { orgId: 'CTY-000001', name, email: `${name.toLowerCase()}@city.example` } },
  ]);
  return r.value!.id;
}

describe('ids are never handed out twice (issue 10.3)', () => {
  it("after the demo's 400 Audit rows, the product's audit rows continue above them; Validate finds no duplicate id", () => {
    const emu = benchEmulator('demo');
    const before = idsOf(emu, 'Audit', 'Audit ID');
    expect(before.length).toBeGreaterThanOrEqual(400);
    expect(duplicates(before)).toEqual([]);
    saveNewContact(emu, 'Ana');
    const after = idsOf(emu, 'Audit', 'Audit ID');
    expect(after.length).toBe(before.length + 1);
    expect(duplicates(after)).toEqual([]);
    const report = ok<{ problems: { message: string }[] }>(emu, 'checkWorkbook').value!;
    expect(report.problems.filter((p) => DUPLICATE_ID.test(p.message))).toEqual([]);
  });

  it('an id planted in a tab above the counter is never issued again (Contacts and Audit)', () => {
    const emu = benchEmulator('demo');
    const contacts = idsOf(emu, 'Contacts', 'Contact ID');
    const audit = idsOf(emu, 'Audit', 'Audit ID');
    const next = (ids: string[], prefix: string, k: number) =>
      `${prefix}-${String(Math.max(...ids.map((id) => Number(id.split('-')[1]))) + k).padStart(6, '0')}`;
    // The ids the next saves would take, planted in the middle of each tab (not its last row).
    plant(emu, 'Contacts', 'Contact ID', 5, next(contacts, 'CON', 1));
    plant(emu, 'Audit', 'Audit ID', 7, next(audit, 'AUD', 1));
    const id = saveNewContact(emu, 'Bea');
    expect(id).not.toBe(next(contacts, 'CON', 1));
    expect(duplicates(idsOf(emu, 'Contacts', 'Contact ID'))).toEqual([]);
    expect(duplicates(idsOf(emu, 'Audit', 'Audit ID'))).toEqual([]);
    // And the next one again (the counter now carries on from there).
    saveNewContact(emu, 'Cai');
    expect(duplicates(idsOf(emu, 'Contacts', 'Contact ID'))).toEqual([]);
    expect(duplicates(idsOf(emu, 'Audit', 'Audit ID'))).toEqual([]);
  });

  it('the usual save checks its ids with one search and one cell, never by reading the id column', () => {
    const emu = benchEmulator('demo');
    saveNewContact(emu, 'Dee'); // the first save after the demo load meets the counter behind the tab
    const r = ok<{ id: string }>(emu, 'saveRecord', [
      { tab: 'Contacts', fields: { orgId: 'CTY-000001', name: 'Eli', email: 'eli@city.example' } },
    ]);
    const reads = r.execution.records.filter((c) => c.class === 'read');
    // No read of a whole id column (1,500 contacts, 400+ audit rows): every read is small.
    expect(Math.max(...reads.map((c) => c.cellsRead))).toBeLessThan(400);
  });

  it('setup/repair renumbers audit rows that share an id with an earlier row, keeping the first', () => {
    const emu = benchEmulator('demo');
    const audit = idsOf(emu, 'Audit', 'Audit ID');
    const shared = audit[4]!; // on sheet row 6
    plant(emu, 'Audit', 'Audit ID', 11, shared);
    plant(emu, 'Audit', 'Audit ID', 12, shared);
    const report = ok<{ changes: string[] }>(emu, 'setupWorkbook').value!;
    expect(report.changes.join('\n')).toMatch(/Audit: 2 row\(s\)/);
    const after = idsOf(emu, 'Audit', 'Audit ID');
    expect(after[4]).toBe(shared);
    expect(after[9]).not.toBe(shared);
    expect(after[10]).not.toBe(shared);
    expect(duplicates(after)).toEqual([]);
    // The next audit row does not take a renumbered id.
    saveNewContact(emu, 'Fay');
    expect(duplicates(idsOf(emu, 'Audit', 'Audit ID'))).toEqual([]);
  });
});
