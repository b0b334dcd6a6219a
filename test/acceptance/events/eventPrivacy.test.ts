// Issue 16 privacy through the shipped bundle: an external event participant's name, email, passport number,
// nationality, travel and needs are in "Export a person's data", and "Erase a person" leaves none of them in any
// tab or archive of the workbook while the participant row (and so the event's counts) stays.

import type { Emulator } from '../../../src/emulator';
import { COORDINATOR, EVENT_FIELDS, eventWorld, ok, tabRows } from './eventHarness';

const NADIA = {
  name: 'Nadia Ben Salah',
  email: 'nadia.bensalah@tunis.example',
  passportNumber: 'TN7788123',
  nationality: 'Tunisian',
  travelFrom: 'Tunis-Carthage',
  dietary: 'Halal, no nuts',
  access: 'Step-free room near the lift',
};
const PLANTED = Object.values(NADIA);

/** Every cell and note of every tab of every spreadsheet, as one lower-cased text. */
function everything(emu: Emulator): string {
  const parts: string[] = [];
  for (const book of emu.backend.stores.spreadsheets.all())
    for (const s of book.sheets) {
      if (s.lastRow() === 0) continue;
      parts.push(JSON.stringify(s.getValues(1, 1, s.lastRow(), s.lastColumn())));
      const grid = { row: 1, col: 1, numRows: s.lastRow(), numCols: s.lastColumn() };
      parts.push(JSON.stringify(s.formats.note.getGrid(grid)));
    }
  return parts.join('\n').toLowerCase();
}

describe('an external event participant and privacy', () => {
  const world = () => {
    const w = eventWorld();
    const eventId = ok<{ record: { id: string } }>(
      w.emu,
      'saveEvent',
      [{ fields: EVENT_FIELDS }],
      COORDINATOR,
    ).value!.record.id;
    const add = (fields: Record<string, unknown>) =>
      ok<{ ok: boolean; record: { id: string } }>(
        w.emu,
        'saveParticipant',
        [{ eventId, fields }],
        COORDINATOR,
      ).value!;
    const nadia = add({
      ...NADIA,
      gender: 'woman',
      status: 'registered',
      travel: 'requested',
      visa: 'letter requested',
    });
    expect(nadia.ok).toBe(true);
    add({ contactId: w.lars, status: 'registered', dietary: 'Vegetarian' });
    return { ...w, eventId, nadiaId: nadia.record.id };
  };

  it('exports every item held on her participant row', () => {
    const { emu, nadiaId } = world();
    const report = ok<{ items: number; fileId: string }>(emu, 'exportPersonData', [NADIA.email]).value!;
    const book = emu.backend.stores.spreadsheets.all().find((m) => m.id === report.fileId)!;
    const s = book.sheets[0]!;
    const lines = s.getValues(1, 1, s.lastRow(), s.lastColumn()).map((r) => r.map(String));
    const has = (field: string, value: string) =>
      lines.some((l) => l[1] === 'Participants' && l[3] === field && l[4] === value);
    expect(has('Participant ID', nadiaId)).toBe(true);
    expect(has('Name', NADIA.name)).toBe(true);
    expect(has('Passport number', NADIA.passportNumber)).toBe(true);
    expect(has('Dietary needs', NADIA.dietary)).toBe(true);
    // Nothing of the other participant.
    expect(JSON.stringify(lines)).not.toContain('Vegetarian');
  });

  it('erases her name, email, passport, nationality, travel and needs everywhere; the row and others stay', () => {
    const { emu, nadiaId } = world();
    for (const s of PLANTED) expect([s, everything(emu).includes(s.toLowerCase())]).toEqual([s, true]);
    const before = tabRows(emu, 'Participants').length;
    const report = ok<{ changed: Record<string, number> }>(emu, 'erasePerson', [NADIA.email, true]).value!;
    expect(report.changed['CRM › Participants']).toBe(1);
    const all = everything(emu);
    for (const s of PLANTED) expect([s, all.includes(s.toLowerCase())]).toEqual([s, false]);
    const rows = tabRows(emu, 'Participants');
    expect(rows).toHaveLength(before);
    const row = rows.find((r) => r['Participant ID'] === nadiaId)!;
    expect(row).toMatchObject({ Name: '[erased]', Email: '', 'Passport number': '', Gender: '' });
    expect(row['Status']).toBe('registered');
    // The other participant's data are untouched.
    expect(rows.find((r) => r['Participant ID'] !== nadiaId)!['Dietary needs']).toBe('Vegetarian');
  });
});
