// Archive history's cell budget through the shipped bundle: over the budget it archives more months, down to the
// budget or the floor, says which window it used and why, and flags the floor case for a person.

import { AUDIT, ENGAGEMENTS, PARTICIPANTS, SENDS, type TabDef } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import {
  archives,
  call,
  eventEndsOf,
  everywhere,
  historyWorkbook,
  isRunLine,
  OWNER,
  rowsOf,
} from './archiveFixture';

interface Report {
  finished: boolean;
  moved: Record<string, number>;
  cutoff: string;
  months: number;
  settingsMonths: number;
  gridCells: number;
  budget: number;
  overBudget: boolean;
}

const SIZE = { engagements: 240, sends: 160, audit: 120, events: 12, participants: 60 };
const TABS: readonly TabDef[] = [ENGAGEMENTS, SENDS, AUDIT, PARTICIPANTS];
const dateHeader: Record<string, string> = { Engagements: 'Date', Sends: 'Created at', Audit: 'At' };

/** Rows × columns of every tab of the live workbook, counted host-side. */
const gridOf = (emu: Emulator) =>
  emu.backend.stores.spreadsheets.bound.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);

function setSetting(emu: Emulator, key: string, value: number): void {
  const sheet = emu.backend.stores.spreadsheets.bound.sheetByName('Settings')!;
  const keys = sheet.getValues(1, 1, sheet.lastRow(), 1).map((r) => String(r[0]));
  const row = keys.indexOf(key) + 1;
  if (row === 0) throw new Error(`no Settings row ${key}`);
  sheet.setValuesRaw(row, 2, [[value]]);
}

/** Every row, live or archived, sits on the side of the cutoff it should (Participants by their event's end). */
function splitAt(emu: Emulator, cutoff: string): string[] {
  const at = Date.parse(cutoff);
  const ends = eventEndsOf(emu);
  const wrong: string[] = [];
  for (const def of TABS)
    for (const r of everywhere(emu, def)) {
      const d = (
        def === PARTICIPANTS ? ends.get(String(r.byHeader['Event'])) : r.byHeader[dateHeader[def.name]!]
      ) as Date;
      const shouldMove = d.getTime() < at;
      if (shouldMove !== (r.where !== 'live')) wrong.push(`${def.name} ${r.id} ${r.where}`);
    }
  return wrong;
}

const runLines = (emu: Emulator) =>
  rowsOf(emu.backend.stores.spreadsheets.bound.sheetByName(AUDIT.name)).filter(isRunLine);

describe('Archive history under a cell budget', () => {
  // The grid after archiving with the usual 24 months (the default budget is far above this small workbook).
  const usual = historyWorkbook(SIZE);
  const before = new Map(
    TABS.map((d) => [
      d.name,
      everywhere(usual, d)
        .map((r) => r.id)
        .sort(),
    ]),
  );
  const gridBefore = gridOf(usual);
  const usualReport = call<Report>(usual, 'archiveHistory');
  const usualGrid = gridOf(usual);

  it('moving rows out shrinks the live grid, and the usual window is kept when under the budget', () => {
    expect(usualReport.months).toBe(24);
    expect(usualReport.overBudget).toBe(false);
    expect(usualReport.gridCells).toBe(usualGrid);
    const moved = Object.values(usualReport.moved).reduce((a, b) => a + b, 0);
    expect(moved).toBeGreaterThan(200);
    // Each moved row frees its row of the grid (deleteRows), at least the narrowest tab's width.
    expect(gridBefore - usualGrid).toBeGreaterThanOrEqual(moved * 8);
    expect(splitAt(usual, usualReport.cutoff)).toEqual([]);
  });

  it('over the budget, archives month by month beyond the window down to the budget, and says so', () => {
    const emu = historyWorkbook(SIZE);
    const budget = usualGrid - 600;
    setSetting(emu, 'Archive cell budget', budget);
    const report = call<Report>(emu, 'archiveHistory');
    expect(report.finished).toBe(true);
    expect(report.months).toBeLessThan(24);
    expect(report.months).toBeGreaterThan(12);
    expect(report.overBudget).toBe(false);
    expect(report.gridCells).toBe(gridOf(emu));
    expect(report.gridCells).toBeLessThanOrEqual(budget);
    // Nothing lost or doubled, every row on its side of the window the budget chose, the archive per year.
    for (const def of TABS)
      expect(
        everywhere(emu, def)
          .map((r) => r.id)
          .sort(),
      ).toEqual(before.get(def.name));
    expect(splitAt(emu, report.cutoff)).toEqual([]);
    expect(new Set(archives(emu).map((a) => a.name)).size).toBe(archives(emu).length);
    // One month fewer would not have been enough: the same workbook archived with months + 1 is over the budget.
    const oneLess = historyWorkbook(SIZE);
    setSetting(oneLess, 'Archive after months', report.months + 1);
    call<Report>(oneLess, 'archiveHistory');
    expect(gridOf(oneLess)).toBeGreaterThan(budget);
    // The Audit line says the window used and why.
    const lines = runLines(emu).map((r) => String(r.byHeader['Summary']));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Window used: ${report.months} months instead of 24 (Settings)`);
    expect(lines[0]).toContain(`rows dated before ${report.cutoff}`);
    // A second run finds the grid under the budget with the usual window already: nothing more moves.
    const again = call<Report>(emu, 'archiveHistory');
    expect(again.moved).toEqual({});
    expect(again.months).toBe(24);
    expect(again.gridCells).toBe(report.gridCells);
  });

  it('never archives newer than the floor: still over the budget there, the run flags it for a person', () => {
    const emu = historyWorkbook(SIZE);
    setSetting(emu, 'Archive cell budget', 100_000);
    setSetting(emu, 'Archive minimum months', 18);
    expect(usualGrid).toBeGreaterThan(100_000);
    const r = emu.run<Report>('archiveHistory', [], { user: OWNER });
    expect(r.status).toBe('ok');
    const report = r.value!;
    expect(report.months).toBe(18);
    expect(report.overBudget).toBe(true);
    expect(report.finished).toBe(true);
    expect(splitAt(emu, report.cutoff)).toEqual([]);
    // Rows of the last 18 months stay live.
    const live = rowsOf(emu.backend.stores.spreadsheets.bound.sheetByName(ENGAGEMENTS.name));
    expect(live.length).toBeGreaterThan(0);
    const [line] = runLines(emu).map((x) => String(x.byHeader['Summary']));
    expect(line).toContain('Action needed');
    expect(line).toContain('window at its floor (18 months)');
    const toast = JSON.stringify(r.execution);
    expect(toast).toContain('Action needed');
  });
});
