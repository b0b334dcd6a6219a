// Archive history killed at any service call: the rerun loses and doubles no row between live tabs and archives.
//
// Every k over a whole archive run (the probe's N calls) under SOAK_SEEDS; otherwise the first and last 20 calls
// plus an even spread in between. After the stop, the next run (the nightly trigger, or the admin again) completes.

import { PARTICIPANTS } from '../../../sheets-templates';
import { BOUND_DOCUMENT_KEY } from '../../../src/emulator/services/script/install';
import { newTally, summaryLine } from '../../support/reliability/killAnywhere';
import { reportTally } from '../../support/reliability/tallyFile';
import { copied } from '../../support/reliability/workbookCopy';
import {
  archives,
  CUTOFF,
  eventEndsOf,
  everywhere,
  HISTORY_TABS,
  historyWorkbook,
  OWNER,
  summaryTotals,
} from './archiveFixture';

const fixture = copied(() =>
  historyWorkbook({ engagements: 70, sends: 40, audit: 30, events: 6, participants: 40 }),
);
/** The tabs a run moves rows of: the dated history, then Participants of events ended before the cutoff. */
const MOVED_TABS = [...HISTORY_TABS, PARTICIPANTS];
const soak = Number(process.env.SOAK_SEEDS) > 0;

/** Which k to stop at: all under soak, else the first and last 20 and 30 spread between. */
function sampled(n: number): number[] {
  if (soak || n <= 70) return Array.from({ length: n }, (_, i) => i + 1);
  const ks = new Set<number>();
  for (let k = 1; k <= 20; k++) ks.add(k);
  for (let k = n - 19; k <= n; k++) ks.add(k);
  for (let i = 1; i <= 30; i++) ks.add(20 + Math.round((i * (n - 40)) / 31));
  return [...ks].sort((a, b) => a - b);
}

describe('Archive history killed at any call', () => {
  const clean = fixture();
  const ends = eventEndsOf(clean);
  const before = new Map(MOVED_TABS.map((d) => [d.name, everywhere(clean, d)]));
  const probe = clean.run('archiveHistory', [], { user: OWNER });
  const expectedSummary = Object.fromEntries(summaryTotals(clean));
  const n = probe.execution.calls;

  it('the probe archives something across several years (so the kill points cover real work)', () => {
    expect(probe.status).toBe('ok');
    expect(archives(clean).length).toBeGreaterThanOrEqual(3);
    expect(n).toBeGreaterThan(60);
    // Participants are part of the swept run too: some due, some left live.
    const due = before
      .get(PARTICIPANTS.name)!
      .filter((r) => ends.get(String(r.byHeader['Event']))!.getTime() < CUTOFF);
    expect(due.length).toBeGreaterThan(5);
    expect(due.length).toBeLessThan(before.get(PARTICIPANTS.name)!.length);
    expect((probe.value as { moved: Record<string, number> }).moved['Participants']).toBe(due.length);
  });

  it('0 lost, 0 duplicated, the same counts and one archive per year, whatever call the run stopped at', () => {
    const tally = newTally();
    const violations: string[] = [];
    for (const k of sampled(n)) {
      const emu = fixture();
      const first = emu.run('archiveHistory', [], { user: OWNER, stopAtCall: k });
      if (first.status !== 'killed') violations.push(`k=${k}: ran to ${first.status} ${first.error ?? ''}`);
      const rerun = emu.run('archiveHistory', [], { user: OWNER });
      if (rerun.status !== 'ok') violations.push(`k=${k}: rerun ${rerun.status}: ${rerun.error}`);
      for (const def of MOVED_TABS) {
        const was = before.get(def.name)!;
        const now = everywhere(emu, def);
        const ids = now.map((r) => r.id);
        const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
        const lost = was.filter((r) => !ids.includes(r.id)).map((r) => r.id);
        if (dup.length > 0) violations.push(`k=${k} ${def.name}: duplicated ${[...new Set(dup)].join(', ')}`);
        if (lost.length > 0) violations.push(`k=${k} ${def.name}: lost ${lost.join(', ')}`);
        if (now.length !== was.length)
          violations.push(`k=${k} ${def.name}: ${was.length} rows before, ${now.length} after`);
        const dateHeader = def.name === 'Engagements' ? 'Date' : def.name === 'Sends' ? 'Created at' : 'At';
        const dateOf = (r: (typeof now)[number]) =>
          def.name === PARTICIPANTS.name
            ? ends.get(String(r.byHeader['Event']))!
            : (r.byHeader[dateHeader] as Date);
        const misplaced = now.filter((r) => dateOf(r).getTime() < CUTOFF !== (r.where !== 'live'));
        if (misplaced.length > 0)
          violations.push(`k=${k} ${def.name}: ${misplaced.length} rows on the wrong side`);
      }
      if (emu.backend.stores.script.properties.forDocument(BOUND_DOCUMENT_KEY).has('scn.archive.pending'))
        violations.push(`k=${k}: the batch record outlived the rerun`);
      const names = archives(emu).map((a) => a.name);
      if (new Set(names).size !== names.length)
        violations.push(`k=${k}: two archives for a year: ${names.join(', ')}`);
      const summary = Object.fromEntries(summaryTotals(emu));
      if (JSON.stringify(summary) !== JSON.stringify(expectedSummary))
        violations.push(`k=${k}: summary ${JSON.stringify(summary)} ≠ ${JSON.stringify(expectedSummary)}`);
      tally.killPoints++;
    }
    tally.violations.push(...violations);
    reportTally('archive kill-anywhere', tally);
    console.log(summaryLine('archive kill-anywhere', tally) + ` (N=${n})`);
    expect(violations).toEqual([]);
  });
});
