// Issue 11.5, grid size: the live History summary keeps one line per record (all-time totals), and each yearly
// archive's History by month tab one line per tab, scope, record and month, however many batches archived that
// month, with the same totals both ways; killed mid-run, too.

import { HISTORY_BY_MONTH, HISTORY_SUMMARY } from '../../../sheets-templates';
import { BOUND_DOCUMENT_KEY } from '../../../src/emulator/services/script/install';
import { copied } from '../../support/reliability/workbookCopy';
import { archives, call, historyWorkbook, OWNER, rowsOf, summaryTotals } from './archiveFixture';

/** Batches of 4 rows: the fixture's 90 engagements and 60 sends become dozens of batches, several per month. */
const BATCH_ROWS = '4';

const fixture = copied(() => {
  const emu = historyWorkbook();
  emu.backend.stores.script.properties
    .forDocument(BOUND_DOCUMENT_KEY)
    .set('scn.archive.batchRows', BATCH_ROWS);
  return emu;
});

function summaryRows(emu: ReturnType<typeof historyWorkbook>) {
  return rowsOf(emu.backend.stores.spreadsheets.bound.sheetByName(HISTORY_SUMMARY.name));
}

function monthRows(emu: ReturnType<typeof historyWorkbook>) {
  return archives(emu).flatMap((a) => rowsOf(a.sheetByName(HISTORY_BY_MONTH.name)));
}

/** Live lines sharing a scope and record, and archived monthly lines sharing a tab, scope, record and month. */
function repeatedKeys(emu: ReturnType<typeof historyWorkbook>): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  const see = (key: string) => {
    if (seen.has(key)) repeated.push(key);
    seen.add(key);
  };
  for (const r of summaryRows(emu)) see(`live|${r.byHeader['Scope']}|${r.byHeader['Record ID']}`);
  for (const r of monthRows(emu)) {
    const tab = String(r.byHeader['Batch']).split(':')[0];
    see(`${tab}|${r.byHeader['Scope']}|${r.byHeader['Record ID']}|${r.byHeader['Month']}`);
  }
  return repeated;
}

/** The archives' monthly lines summed per scope|record: the live summary's totals, counted the other way. */
function monthTotals(emu: ReturnType<typeof historyWorkbook>): string {
  const out = new Map<string, { engagements: number; sends: number }>();
  for (const r of monthRows(emu)) {
    const key = `${r.byHeader['Scope']}|${r.byHeader['Record ID']}`;
    const t = out.get(key) ?? { engagements: 0, sends: 0 };
    t.engagements += Number(r.byHeader['Engagements']);
    t.sends += Number(r.byHeader['Sends']);
    out.set(key, t);
  }
  return JSON.stringify(Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1))));
}

function sortedTotals(emu: ReturnType<typeof historyWorkbook>): string {
  return JSON.stringify(Object.fromEntries([...summaryTotals(emu)].sort(([a], [b]) => (a < b ? -1 : 1))));
}

describe('History summary: one line per record live, one per record and month in the archives', () => {
  const oneBatch = historyWorkbook();
  call(oneBatch, 'archiveHistory');
  const expected = Object.fromEntries(summaryTotals(oneBatch));

  it('many batches leave one live line per record and one archived line per tab, record and month, same totals', () => {
    const emu = fixture();
    const report = call<{ finished: boolean; batches: number }>(emu, 'archiveHistory');
    expect(report.finished).toBe(true);
    expect(report.batches).toBeGreaterThan(30);
    expect(repeatedKeys(emu)).toEqual([]);
    expect(Object.fromEntries(summaryTotals(emu))).toEqual(expected);
    // No more lines than the one-batch run: merging left nothing behind.
    expect(summaryRows(emu).length).toBe(summaryRows(oneBatch).length);
    expect(summaryRows(emu).length).toBe(summaryTotals(emu).size);
    expect(monthRows(emu).length).toBe(monthRows(oneBatch).length);
    expect(monthRows(emu).length).toBeGreaterThan(summaryRows(emu).length);
    expect(monthTotals(emu)).toBe(sortedTotals(emu));
  });

  it('killed at any call of a many-batch run, the rerun ends with the same totals and no repeated line', () => {
    const probe = fixture();
    const n = probe.run('archiveHistory', [], { user: OWNER }).execution.calls;
    const violations: string[] = [];
    // Every 7th call and the last 10: each batch writes the summary once, so this stops inside many merges.
    const ks = [
      ...new Set([
        ...Array.from({ length: Math.floor(n / 7) }, (_, i) => 7 * (i + 1)),
        ...Array.from({ length: 10 }, (_, i) => n - i),
      ]),
    ];
    for (const k of ks) {
      const emu = fixture();
      const first = emu.run('archiveHistory', [], { user: OWNER, stopAtCall: k });
      if (first.status !== 'killed') violations.push(`k=${k}: ${first.status}`);
      const rerun = emu.run('archiveHistory', [], { user: OWNER });
      if (rerun.status !== 'ok') violations.push(`k=${k}: rerun ${rerun.status} ${rerun.error ?? ''}`);
      const totals = JSON.stringify(Object.fromEntries(summaryTotals(emu)));
      if (totals !== JSON.stringify(expected)) violations.push(`k=${k}: totals ${totals}`);
      if (monthTotals(emu) !== sortedTotals(emu)) violations.push(`k=${k}: monthly lines ≠ totals`);
      const repeated = repeatedKeys(emu);
      if (repeated.length > 0) violations.push(`k=${k}: repeated ${repeated.join(', ')}`);
    }
    expect(ks.length).toBeGreaterThan(20);
    expect(violations).toEqual([]);
  });
});
