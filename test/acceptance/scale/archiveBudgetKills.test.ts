// Archive history over its cell budget, killed at any service call: the rerun (from the usual window again, then
// month by month) loses and doubles no row, ends under the budget, and leaves rows and summary counts exactly as a
// clean run with the window it chose. A run stopped inside a month the budget asked for records that window first,
// so the rerun completes it; the grid a rerun finds can hold a few more cells than the clean run's (the stopped run's
// own writes: a block of spare rows), so it may go one month further, never more.
//
// Every k over the probe's N calls under SOAK_SEEDS; otherwise the first and last 15 calls and 20 spread between.

import { PARTICIPANTS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { BOUND_DOCUMENT_KEY } from '../../../src/emulator/services/script/install';
import { newTally, summaryLine } from '../../support/reliability/killAnywhere';
import { reportTally } from '../../support/reliability/tallyFile';
import { copied } from '../../support/reliability/workbookCopy';
import {
  archives,
  eventEndsOf,
  everywhere,
  HISTORY_TABS,
  historyWorkbook,
  OWNER,
  summaryTotals,
} from './archiveFixture';

const SIZE = { engagements: 120, sends: 60, audit: 40, events: 6, participants: 30 };
const MOVED_TABS = [...HISTORY_TABS, PARTICIPANTS];
const soak = Number(process.env.SOAK_SEEDS) > 0;

function setSetting(emu: Emulator, key: string, value: number): void {
  const sheet = emu.backend.stores.spreadsheets.bound.sheetByName('Settings')!;
  const keys = sheet.getValues(1, 1, sheet.lastRow(), 1).map((r) => String(r[0]));
  sheet.setValuesRaw(keys.indexOf(key) + 1, 2, [[value]]);
}

const gridOf = (emu: Emulator) =>
  emu.backend.stores.spreadsheets.bound.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);

// The budget: a little under the grid the usual 24 months leave, so the run must archive a few months more.
const budget = (() => {
  const emu = historyWorkbook(SIZE);
  emu.run('archiveHistory', [], { user: OWNER });
  return gridOf(emu) - 300;
})();
const fixture = copied(() => {
  const emu = historyWorkbook(SIZE);
  setSetting(emu, 'Archive cell budget', budget);
  return emu;
});

function sampled(n: number): number[] {
  if (soak || n <= 50) return Array.from({ length: n }, (_, i) => i + 1);
  const ks = new Set<number>();
  for (let k = 1; k <= 15; k++) ks.add(k);
  for (let k = n - 14; k <= n; k++) ks.add(k);
  for (let i = 1; i <= 20; i++) ks.add(15 + Math.round((i * (n - 30)) / 21));
  return [...ks].sort((a, b) => a - b);
}

interface Report {
  months: number;
  cutoff: string;
  gridCells: number;
}

describe('Archive history over its cell budget, killed at any call', () => {
  const clean = fixture();
  const ends = eventEndsOf(clean);
  const before = new Map(MOVED_TABS.map((d) => [d.name, everywhere(clean, d)]));
  const probe = clean.run<Report>('archiveHistory', [], { user: OWNER });
  const n = probe.execution.calls;
  // A clean run's cutoff and summary for a window of `months` (Settings' window set to it, no budget pressure).
  const cleanRuns = new Map<number, { cutoff: number; summary: string }>();
  const cleanRunAt = (months: number) => {
    if (!cleanRuns.has(months)) {
      const emu = historyWorkbook(SIZE);
      setSetting(emu, 'Archive after months', months);
      const r = emu.run<Report>('archiveHistory', [], { user: OWNER });
      const summary = JSON.stringify(Object.fromEntries(summaryTotals(emu)));
      cleanRuns.set(months, { cutoff: Date.parse(r.value!.cutoff), summary });
    }
    return cleanRuns.get(months)!;
  };
  /** How the rows and summary differ from a clean run with a window of `months` (empty: the same). */
  const placementProblems = (emu: Emulator, months: number): string[] => {
    const { cutoff, summary: expected } = cleanRunAt(months);
    const out: string[] = [];
    for (const def of MOVED_TABS) {
      const dateHeader = def.name === 'Engagements' ? 'Date' : def.name === 'Sends' ? 'Created at' : 'At';
      const dateOf = (r: { byHeader: Record<string, unknown> }) =>
        def.name === PARTICIPANTS.name
          ? ends.get(String(r.byHeader['Event']))!
          : (r.byHeader[dateHeader] as Date);
      const misplaced = everywhere(emu, def).filter(
        (r) => dateOf(r).getTime() < cutoff !== (r.where !== 'live'),
      );
      if (misplaced.length > 0)
        out.push(`${def.name}: ${misplaced.length} rows on the wrong side of ${months} months`);
    }
    const summary = JSON.stringify(Object.fromEntries(summaryTotals(emu)));
    if (summary !== expected) out.push(`summary ${summary} ≠ ${expected} (${months} months)`);
    return out;
  };

  it('the probe archives beyond the usual window because of the budget', () => {
    expect(probe.status).toBe('ok');
    expect(probe.value!.months).toBeLessThan(24);
    expect(probe.value!.gridCells).toBeLessThanOrEqual(budget);
    expect(n).toBeGreaterThan(60);
  });

  it('0 lost, 0 duplicated, under the budget, rows and counts of a clean run, whatever call the run stopped at', () => {
    const tally = newTally();
    const violations: string[] = [];
    for (const k of sampled(n)) {
      const emu = fixture();
      const first = emu.run('archiveHistory', [], { user: OWNER, stopAtCall: k });
      if (first.status !== 'killed') violations.push(`k=${k}: ran to ${first.status} ${first.error ?? ''}`);
      const rerun = emu.run<Report>('archiveHistory', [], { user: OWNER });
      if (rerun.status !== 'ok') violations.push(`k=${k}: rerun ${rerun.status}: ${rerun.error}`);
      if (gridOf(emu) > budget) violations.push(`k=${k}: grid ${gridOf(emu)} over the budget ${budget}`);
      const lossOrDup: string[] = [];
      for (const def of MOVED_TABS) {
        const was = before.get(def.name)!;
        const ids = everywhere(emu, def).map((r) => r.id);
        const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
        const lost = was.filter((r) => !ids.includes(r.id)).map((r) => r.id);
        if (dup.length > 0) lossOrDup.push(`k=${k} ${def.name}: duplicated ${[...new Set(dup)].join(', ')}`);
        if (lost.length > 0) lossOrDup.push(`k=${k} ${def.name}: lost ${lost.join(', ')}`);
      }
      violations.push(...lossOrDup);
      // The rows and counts are those of a clean run with the clean window or one month further (see above).
      const windows = [probe.value!.months, probe.value!.months - 1];
      const problems = windows.map((m) => placementProblems(emu, m));
      if (problems.every((p) => p.length > 0)) violations.push(`k=${k}: ${problems[0]!.join('; ')}`);
      if (emu.backend.stores.script.properties.forDocument(BOUND_DOCUMENT_KEY).has('scn.archive.pending'))
        violations.push(`k=${k}: the batch record outlived the rerun`);
      const names = archives(emu).map((a) => a.name);
      if (new Set(names).size !== names.length)
        violations.push(`k=${k}: two archives for a year: ${names.join(', ')}`);
      tally.killPoints++;
    }
    tally.violations.push(...violations);
    reportTally('archive budget kill-anywhere', tally);
    console.log(`${summaryLine('archive budget kill-anywhere', tally)} (N=${n})`);
    expect(violations).toEqual([]);
  });
});
