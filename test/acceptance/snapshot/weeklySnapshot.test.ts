// Issue 18 item 3: a weekly copy of the workbook into the Drive folder named in Settings, keeping the last N.
// Every copy is a whole independent spreadsheet; only copies the CRM made (their ids are in a document property)
// are ever moved to the bin; a missing or unnamed folder is said in Help › About and the Audit tab, not thrown.

import { advanceClock } from '../../../src/emulator/events';
import { copyEmulator } from '../../support/reliability/workbookCopy';
import {
  auditSummaries,
  call,
  FOLDER,
  folderFiles,
  liveSnapshots,
  OWNER,
  recorded,
  runWeek,
  setSetting,
  snapshotWorkbook,
  WEEK_MS,
} from './snapshotFixture';

interface Report {
  status: string;
  copyId: string;
  name: string;
  kept: number;
  binned: string[];
  summary: string;
}

interface About {
  snapshot: string;
}

describe('the weekly snapshot', () => {
  it('setup installs one weekly trigger, on Mondays; a caller without the trigger is refused', () => {
    const emu = snapshotWorkbook();
    const triggers = emu.backend.stores.script.triggers.triggers.filter(
      (t) => t.handler === 'runWeeklySnapshot',
    );
    expect(triggers).toHaveLength(1);
    expect(triggers[0]!.owner).toBe(OWNER);
    expect(triggers[0]!.schedule).toMatchObject({ kind: 'weeks', weekDay: 1, hour: 4 });
    expect(emu.run('runWeeklySnapshot', [{ triggerUid: 'made-up' }], { user: OWNER }).status).toBe('error');
    call(emu, 'setupWorkbook');
    expect(
      emu.backend.stores.script.triggers.triggers.filter((t) => t.handler === 'runWeeklySnapshot'),
    ).toHaveLength(1);
    // Two weeks of the clock: the trigger fires twice, each time making one copy.
    const runs = advanceClock(emu, 2 * WEEK_MS).filter((r) => r.handler === 'runWeeklySnapshot');
    expect(runs.map((r) => [r.status, (r.value as Report).status])).toEqual([
      ['ok', 'made'],
      ['ok', 'made'],
    ]);
    expect(liveSnapshots(emu)).toHaveLength(2);
  });

  it('copies the workbook as an independent spreadsheet with the same tabs and values', () => {
    const emu = snapshotWorkbook();
    const report = runWeek(emu, 1).value as Report;
    expect(report.status).toBe('made');
    expect(report.name).toBe('Strong Cities CRM — snapshot 2026-06-08 09:00');
    const book = emu.backend.stores.spreadsheets.bound;
    const copy = emu.backend.stores.spreadsheets.get(report.copyId)!;
    expect(copy.sheets.map((s) => s.name)).toEqual(book.sheets.map((s) => s.name));
    // Every tab as it was when copied: the run's own Audit line is written after the copy.
    for (const s of book.sheets) {
      const c = copy.sheetByName(s.name)!;
      const rows = s.name === 'Audit' ? s.lastRow() - 1 : s.lastRow();
      expect(c.lastRow()).toBe(rows);
      expect(c.getValues(1, 1, rows, s.lastColumn())).toEqual(s.getValues(1, 1, rows, s.lastColumn()));
    }
    const hubs = () => copy.sheetByName('Hubs')!.getValues(2, 2, 1, 1)[0]![0];
    expect(hubs()).toBe('MENA');
    // A later edit to the workbook leaves the snapshot as it was.
    book.sheetByName('Hubs')!.setValuesRaw(2, 2, [['Middle East']]);
    expect(book.sheetByName('Hubs')!.getValues(2, 2, 1, 1)[0]![0]).toBe('Middle East');
    expect(hubs()).toBe('MENA');
    expect(copy.owner).toBe(OWNER);
    expect(auditSummaries(emu)).toEqual([
      expect.stringContaining(`"${report.name}" in the Drive folder "${FOLDER}"; 1 kept`),
    ]);
    expect(call<About>(emu, 'getAboutInfo').snapshot).toContain(`"${report.name}"`);
  });

  it('keeps the last N: the oldest copies it made go to the bin, other files in the folder never', () => {
    const emu = snapshotWorkbook({ keep: 3 });
    const drive = emu.backend.stores.drive;
    const folder = drive.visibleTo(OWNER).find((i) => i.name() === FOLDER)!;
    // A person's own files in the same folder: one named like a snapshot, one not.
    for (const name of ['Strong Cities CRM — snapshot 2026-01-01 09:00', 'Budget 2026']) {
      const own = emu.backend.stores.spreadsheets.create(name, { owner: OWNER });
      drive.get(own.id)!.parentId = folder.id;
    }
    const made: string[] = [];
    for (let w = 1; w <= 6; w++) made.push((runWeek(emu, w).value as Report).copyId);
    const live = liveSnapshots(emu).map((f) => f.id);
    expect(live.filter((id) => made.includes(id))).toEqual(made.slice(3));
    expect(recorded(emu).copies.map((c) => c.id)).toEqual(made.slice(3));
    const trashed = folderFiles(emu)
      .filter((f) => f.trashed)
      .map((f) => f.id);
    expect(trashed.sort()).toEqual(made.slice(0, 3).sort());
    const others = folderFiles(emu).filter((f) => !made.includes(f.id));
    expect(others.map((f) => [f.name, f.trashed])).toEqual([
      ['Strong Cities CRM — snapshot 2026-01-01 09:00', false],
      ['Budget 2026', false],
    ]);
    // Fewer kept from now on: the next run bins down to the new limit.
    setSetting(emu, 'Snapshots kept', 1);
    const last = runWeek(emu, 7).value as Report;
    expect(last.binned).toHaveLength(3);
    expect(recorded(emu).copies.map((c) => c.id)).toEqual([last.copyId]);
    expect(last.summary).toContain('3 older snapshot(s) moved to the bin.');
  });

  it('an unnamed folder or a missing one is said in Help › About and the Audit tab, in English and French', () => {
    const emu = snapshotWorkbook({ folder: false });
    expect(call<About>(emu, 'getAboutInfo').snapshot).toMatch(/^No weekly snapshot has run yet/);
    const unnamed = runWeek(emu, 1);
    expect(unnamed.status).toBe('ok');
    expect((unnamed.value as Report).status).toBe('unnamed');
    expect(call<About>(emu, 'getAboutInfo').snapshot).toBe(
      'Weekly snapshot not taken 2026-06-08 09:00: no Drive folder is named in Settings › Snapshot folder. Name one (create it in Drive first) to turn the weekly copy on.',
    );
    setSetting(emu, 'Snapshot folder', 'No such folder');
    expect((runWeek(emu, 2).value as Report).status).toBe('missing');
    const about = call<About>(emu, 'getAboutInfo').snapshot;
    expect(about).toContain('no Drive folder named "No such folder"');
    expect(about).toContain(OWNER);
    // The folder is not created for them, and nothing was copied anywhere.
    expect(emu.backend.stores.drive.visibleTo(OWNER).filter((i) => i.name() === 'No such folder')).toEqual(
      [],
    );
    expect(emu.backend.stores.spreadsheets.all()).toHaveLength(1);
    expect(auditSummaries(emu)).toHaveLength(2);
    // A French reader (the sidebars' language switch) sees it in French.
    call(emu, 'setUiLanguage', ['fr']);
    expect(call<About>(emu, 'getAboutInfo').snapshot).toContain(
      'aucun dossier Drive nommé « No such folder »',
    );
  });

  it('a copy that fails (Drive refuses) is reported and retried next week; the record is untouched', () => {
    const emu = snapshotWorkbook({ keep: 2 });
    runWeek(emu, 1);
    const before = recorded(emu);
    // Which call is makeCopy: found on a copy of the workbook, then that call fails in the real run.
    const probe = runWeek(copyEmulator(emu), 2);
    const k = probe.execution.records.findIndex((c) => c.method === 'makeCopy') + 1;
    expect(k).toBeGreaterThan(0);
    const r = runWeek(emu, 2, undefined, [{ atCall: k, message: 'Service error: Drive' }]);
    expect(r.status).toBe('ok');
    expect((r.value as Report).status).toBe('failed');
    expect(recorded(emu).copies).toEqual(before.copies);
    expect(call<About>(emu, 'getAboutInfo').snapshot).toMatch(
      /^Weekly snapshot failed .*Service error: Drive/,
    );
    expect((runWeek(emu, 3).value as Report).status).toBe('made');
    expect(liveSnapshots(emu)).toHaveLength(2);
  });
});
