// The nightly refresh: the daily trigger setup installs (runDailyJobs) refreshes the Dashboard after its other jobs,
// so figures entered during the day are on the Dashboard the next morning without anyone opening the menu.

import { advanceClock } from '../../../src/emulator/events';
import { chartsOfSheet } from '../../../src/emulator/services/spreadsheet/install';
import { dashboardWorld, day, indicatorRows, putRows, sheet } from './world';

describe('the nightly refresh', () => {
  const emu = dashboardWorld();

  it('the daily trigger fills the Dashboard and its charts, and the next night counts the new rows', () => {
    const night = advanceClock(emu, 24 * 60 * 60 * 1000).filter((r) => r.handler === 'runDailyJobs');
    expect(night).toHaveLength(1);
    expect(night[0]!.status).toBe('ok');
    expect((night[0]!.value as { dashboard: unknown }).dashboard).toEqual({
      indicators: 17,
      charts: 4,
      notices: [],
    });
    // Saturday 16 May: still 2026 Q2, one new member.
    expect(indicatorRows(emu)['New members']!.slice(0, 3)).toEqual(['All hubs', '2026 Q2', 1]);
    const ids = chartsOfSheet(sheet(emu, 'Dashboard')).map((c) => c.id);

    putRows(emu, 'Cities', [
      {
        id: 'CTY-000007',
        name: 'Mombasa',
        country: 'Kenya',
        hubId: 'HUB-000001',
        status: 'member',
        joinedOn: day('2026-05-16'),
        version: 1,
      },
    ]);
    advanceClock(emu, 24 * 60 * 60 * 1000);
    expect(indicatorRows(emu)['New members']!.slice(0, 3)).toEqual(['All hubs', '2026 Q2', 2]);
    expect(chartsOfSheet(sheet(emu, 'Dashboard')).map((c) => c.id)).toEqual(ids);
  });
});
