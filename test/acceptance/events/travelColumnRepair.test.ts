// Issue 16 on a workbook set up before the retention of travel data: setup adds the "Travel data cleared" columns
// to its Participants and Events tabs without moving or losing a value, and the daily jobs then clear and stamp.

import { TABS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { bound, headers, sheet, values } from '../workbook/harness';
import { ok, tabRows } from './eventHarness';
import { dailyAt, NADIA, travelWorld } from './travelWorld';

const COLUMN = 'Travel data cleared';

/** Every value of every tab keyed by header (dates as times): what "no value lost" compares. */
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

describe('setup on a workbook without the travel-retention columns', () => {
  it('adds them at the end, keeps every value, and retention then works', () => {
    const { emu, nadiaId } = travelWorld();
    for (const tab of ['Participants', 'Events'])
      sheet(emu, tab).deleteColumns(headers(emu, tab).indexOf(COLUMN) + 1, 1);
    expect(headers(emu, 'Participants')).not.toContain(COLUMN);
    const before = byHeader(emu);
    const r = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(r.value!.changes.join('\n')).toMatch(/Participants.*missing column "Travel data cleared" added/);
    expect(r.value!.changes.join('\n')).toMatch(/Events.*missing column "Travel data cleared" added/);
    for (const tab of ['Participants', 'Events'])
      expect(
        headers(emu, tab)
          .filter((h) => h !== '')
          .at(-1),
      ).toBe(COLUMN);
    const after = byHeader(emu);
    for (const tab of ['Participants', 'Events']) {
      expect(after[tab]![COLUMN]!.every((v) => v === '')).toBe(true);
      delete after[tab]![COLUMN];
    }
    expect(after).toEqual(before);
    expect(dailyAt(emu, '2026-09-10T09:00:00Z')).toMatchObject({ events: 1, cleared: 2 });
    const nadia = tabRows(emu, 'Participants').find((p) => p['Participant ID'] === nadiaId)!;
    expect(nadia).toMatchObject({ Name: NADIA.name, 'Passport number': '', Role: 'speaker' });
    expect(nadia[COLUMN]).toBeInstanceOf(Date);
  });
});
