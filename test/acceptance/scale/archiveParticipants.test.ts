// Archive history moves Participants of events that ended before the cutoff to the year of the event's end.

import { EVENTS, PARTICIPANTS } from '../../../sheets-templates';
import { BOUND_DOCUMENT_KEY } from '../../../src/emulator/services/script/install';
import { archives, CUTOFF, call, eventEndsOf, everywhere, historyWorkbook, rowsOf } from './archiveFixture';

describe('Archive history: Participants', () => {
  it('moves the participants of every event that ended before the cutoff, and only those, with their cells', () => {
    const emu = historyWorkbook({ engagements: 10, sends: 5, audit: 5, events: 8, participants: 70 });
    const ends = eventEndsOf(emu);
    const before = everywhere(emu, PARTICIPANTS);
    const due = before.filter((r) => ends.get(String(r.byHeader['Event']))!.getTime() < CUTOFF);
    expect(due.length).toBeGreaterThan(10);
    expect(due.length).toBeLessThan(before.length);
    // Due rows are scattered (shuffled between events), so batches are not the top of the tab.
    const liveIds = before.map((r) => r.id);
    expect(due.map((r) => liveIds.indexOf(r.id))).not.toEqual(due.map((_, i) => i));

    const report = call<{ finished: boolean; moved: Record<string, number> }>(emu, 'archiveHistory');
    expect(report.finished).toBe(true);
    expect(report.moved['Participants']).toBe(due.length);
    const after = everywhere(emu, PARTICIPANTS);
    expect(after.map((r) => r.id).sort()).toEqual(liveIds.slice().sort());
    for (const r of after) {
      const end = ends.get(String(r.byHeader['Event']))!;
      expect([r.id, r.where]).toEqual([
        r.id,
        end.getTime() < CUTOFF ? `SCN CRM archive ${end.getUTCFullYear()}` : 'live',
      ]);
      const was = before.find((b) => b.id === r.id)!;
      for (const [h, v] of Object.entries(was.byHeader))
        expect([r.id, h, r.byHeader[h]]).toEqual([r.id, h, v]);
    }
    for (const a of archives(emu).filter((a) => a.sheetByName(PARTICIPANTS.name)))
      expect(a.sheetByName(PARTICIPANTS.name)!.getValues(1, 1, 1, 3)[0]).toEqual(
        PARTICIPANTS.columns.slice(0, 3).map((c) => c.header),
      );

    // A second run has nothing to move; Events stay live (they are the reference the rows keep).
    const again = call<{ finished: boolean; moved: Record<string, number> }>(emu, 'archiveHistory');
    expect(again.moved['Participants']).toBeUndefined();
    expect(rowsOf(emu.backend.stores.spreadsheets.bound.sheetByName(EVENTS.name)).length).toBe(8);
  });

  it('batches of a few rows give the same result as one batch', () => {
    const one = historyWorkbook({ engagements: 10, sends: 5, audit: 5, events: 8, participants: 70 });
    const many = historyWorkbook({ engagements: 10, sends: 5, audit: 5, events: 8, participants: 70 });
    call(one, 'archiveHistory');
    many.backend.stores.script.properties.forDocument(BOUND_DOCUMENT_KEY).set('scn.archive.batchRows', '4');
    const report = call<{ finished: boolean; batches: number }>(many, 'archiveHistory');
    expect(report.finished).toBe(true);
    const where = (e: typeof one) =>
      everywhere(e, PARTICIPANTS)
        .map((r) => `${r.id}@${r.where}`)
        .sort();
    expect(where(many)).toEqual(where(one));
  });
});
