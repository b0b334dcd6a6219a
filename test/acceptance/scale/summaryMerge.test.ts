// Issue 11.5, grid size: History summary keeps one line per tab, scope, record and month, however many batches
// archived that month (it used to get one line per batch as well), with the same totals; killed mid-run, too.

import { HISTORY_SUMMARY } from '../../../sheets-templates';
import { BOUND_DOCUMENT_KEY } from '../../../src/emulator/services/script/install';
import { copied } from '../../support/reliability/workbookCopy';
import { call, historyWorkbook, OWNER, rowsOf, summaryTotals } from './archiveFixture';

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

/** Lines sharing a tab (the batch id's first part), scope, record and month. */
function repeatedKeys(emu: ReturnType<typeof historyWorkbook>): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const r of summaryRows(emu)) {
    const tab = String(r.byHeader['Batch']).split(':')[0];
    const key = `${tab}|${r.byHeader['Scope']}|${r.byHeader['Record ID']}|${r.byHeader['Month']}`;
    if (seen.has(key)) repeated.push(key);
    seen.add(key);
  }
  return repeated;
}

describe('History summary: one line per record and month', () => {
  const oneBatch = historyWorkbook();
  call(oneBatch, 'archiveHistory');
  const expected = Object.fromEntries(summaryTotals(oneBatch));

  it('many batches in a month leave one line per tab, scope, record and month, with the same totals', () => {
    const emu = fixture();
    const report = call<{ finished: boolean; batches: number }>(emu, 'archiveHistory');
    expect(report.finished).toBe(true);
    expect(report.batches).toBeGreaterThan(30);
    expect(repeatedKeys(emu)).toEqual([]);
    expect(Object.fromEntries(summaryTotals(emu))).toEqual(expected);
    // No more lines than the one-batch run: merging left nothing behind.
    expect(summaryRows(emu).length).toBe(summaryRows(oneBatch).length);
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
      const repeated = repeatedKeys(emu);
      if (repeated.length > 0) violations.push(`k=${k}: repeated ${repeated.join(', ')}`);
    }
    expect(ks.length).toBeGreaterThan(20);
    expect(violations).toEqual([]);
  });
});
