// The weekly snapshot stopped at every service call: never more than N+1 copies in the folder, the record of copies
// never lost or unreadable, and the next week's run ends with exactly the last N, all recorded, other files intact.
//
// Every k of the run is tried (it is short): the first week's run (nothing to bin) and a later one (a copy to bin).

import { newTally, summaryLine } from '../../support/reliability/killAnywhere';
import { reportTally } from '../../support/reliability/tallyFile';
import { copied } from '../../support/reliability/workbookCopy';
import {
  FOLDER,
  folderFiles,
  liveSnapshots,
  OWNER,
  recorded,
  runWeek,
  snapshotWorkbook,
} from './snapshotFixture';

const KEEP = 2;
const OTHER = 'Minutes of the board';

/** A workbook whose snapshot folder already holds `weeks` runs' copies, and a person's own file. */
function after(weeks: number): () => ReturnType<typeof snapshotWorkbook> {
  return copied(() => {
    const emu = snapshotWorkbook({ keep: KEEP });
    const drive = emu.backend.stores.drive;
    const own = emu.backend.stores.spreadsheets.create(OTHER, { owner: OWNER });
    drive.get(own.id)!.parentId = drive.visibleTo(OWNER).find((i) => i.name() === FOLDER)!.id;
    for (let w = 1; w <= weeks; w++) runWeek(emu, w);
    return emu;
  });
}

describe.each([
  ['the first run (nothing to bin yet)', 0],
  ['a run with a full folder (the oldest copy to bin)', KEEP],
])('the weekly snapshot killed at any call: %s', (_label, weeks) => {
  const fixture = after(weeks);
  const probe = runWeek(fixture(), weeks + 1);
  const n = probe.execution.calls;

  it('the probe makes a copy (so the kill points cover the copy and the binning)', () => {
    expect(probe.status).toBe('ok');
    expect((probe.value as { status: string }).status).toBe('made');
    expect(n).toBeGreaterThan(10);
  });

  it('at most N+1 copies after the stop; the next run leaves the last N, all recorded, nothing else touched', () => {
    const tally = newTally();
    const violations: string[] = [];
    for (let k = 1; k <= n; k++) {
      const emu = fixture();
      const before = recorded(emu).copies.map((c) => c.id);
      const first = runWeek(emu, weeks + 1, k);
      tally.killPoints++;
      if (first.status !== 'killed') violations.push(`k=${k}: ran to ${first.status} ${first.error ?? ''}`);
      const stopped = liveSnapshots(emu);
      if (stopped.length > KEEP + 1) violations.push(`k=${k}: ${stopped.length} copies after the stop`);
      const mid = recorded(emu);
      // The record is whole: every copy it held before is still listed unless it is in the bin.
      for (const id of before)
        if (!mid.copies.some((c) => c.id === id) && !folderFiles(emu).find((f) => f.id === id)?.trashed)
          violations.push(`k=${k}: ${id} dropped from the record but not binned`);
      const next = runWeek(emu, weeks + 2);
      if (next.status !== 'ok') violations.push(`k=${k}: next run ${next.status}: ${next.error}`);
      const live = liveSnapshots(emu).map((f) => f.id);
      const listed = recorded(emu).copies.map((c) => c.id);
      // Copies ever made (in the bin or not): the stopped run's own, if it got that far, counts as a week's copy.
      const made = folderFiles(emu).filter((f) => f.name.includes(' — snapshot ')).length;
      const expected = Math.min(KEEP, made);
      if (live.length !== expected)
        violations.push(`k=${k}: ${live.length} copies after the next run, not ${expected}`);
      if ([...live].sort().join() !== [...listed].sort().join())
        violations.push(`k=${k}: live copies ${live.join(',')} but recorded ${listed.join(',')}`);
      if (recorded(emu).pending !== null) violations.push(`k=${k}: a copy still pending`);
      const other = folderFiles(emu).find((f) => f.name === OTHER);
      if (!other || other.trashed) violations.push(`k=${k}: the person's own file was touched`);
    }
    tally.violations.push(...violations);
    reportTally('snapshotKills', tally);
    console.log(summaryLine(`weekly snapshot, ${weeks} earlier runs`, tally));
    expect(violations).toEqual([]);
  });
});
