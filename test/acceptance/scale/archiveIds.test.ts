// Archived ids are never issued again: a new row after archiving gets an id above every id the archive moved.

import { ENGAGEMENTS } from '../../../sheets-templates';
import { call, everywhere, historyWorkbook } from './archiveFixture';

const serial = (id: string) => Number(id.split('-')[1]);

describe('Archive history and new ids', () => {
  it('a new engagement after archiving does not reuse the id of an archived row (history imported, counter behind)', () => {
    const emu = historyWorkbook();
    // The two highest ids are the oldest rows: archiving moves them, and the newest-dated row (the tab's last
    // after the sort) has a lower id. The ENG counter was never moved: the history was loaded, not saved.
    const sheet = emu.backend.stores.spreadsheets.bound.sheetByName(ENGAGEMENTS.name)!;
    const ids = sheet.getValues(2, 1, sheet.lastRow() - 1, 1).map((r) => String(r[0]));
    const highest = Math.max(...ids.map(serial));
    const dateCol = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.indexOf('Date') + 1;
    ids.forEach((id, i) => {
      if (serial(id) >= highest - 1) sheet.setValuesRaw(i + 2, dateCol, [[new Date(Date.UTC(2021, 7, 2))]]);
    });
    call(emu, 'archiveHistory');
    const archived = everywhere(emu, ENGAGEMENTS).filter((r) => r.where !== 'live');
    expect(archived.map((r) => serial(r.id))).toContain(highest);
    expect(Math.max(...everywhere(emu, ENGAGEMENTS).map((r) => serial(r.id)))).toBe(highest);

    const city = String(
      emu.backend.stores.spreadsheets.bound.sheetByName('Cities')!.getValues(2, 1, 1, 1)[0]![0],
    );
    const saved = call<{ ok: boolean; record?: { id: string } }>(emu, 'logEngagement', [
      { requestId: 'archiveIdsTest01', fields: { date: '2026-06-01', type: 'meeting', cityIds: [city] } },
    ]);
    expect(saved.ok).toBe(true);
    expect(serial(saved.record!.id)).toBeGreaterThan(highest);
    // Each id once, live and archived together.
    const all = everywhere(emu, ENGAGEMENTS).map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
  });
});
