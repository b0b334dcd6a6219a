// Which city profiles are stale (pure): never reviewed first, then oldest; withdrawn cities left out.

import { CITIES } from '../../sheets-templates';
import { plainValues } from '../../src/core/editing/plainValues';
import { changedSince } from '../../src/core/editing/staleChanges';
import { daysBetween, staleProfiles } from '../../src/core/profiles/staleProfiles';

const today = new Date(2026, 2, 16);
const city = (id: string, reviewedOn: Date | null, status = 'member') => ({
  id,
  name: id,
  hubId: 'HUB-000001',
  status,
  reviewedOn,
});

describe('staleProfiles', () => {
  it('lists cities reviewed N days ago or more, never-reviewed first', () => {
    const list = staleProfiles(
      [
        city('A', new Date(2026, 2, 1)),
        city('B', new Date(2025, 2, 16)),
        city('C', null),
        city('D', null, 'withdrawn'),
        city('E', new Date(2025, 2, 17)),
      ],
      today,
      365,
    );
    expect(list.map((c) => c.id)).toEqual(['C', 'B']);
    expect(list[1]).toMatchObject({ reviewedOn: '2025-03-16', daysSince: 365 });
  });

  it('counts calendar days across a daylight-saving change', () => {
    expect(daysBetween(new Date(2026, 2, 28), new Date(2026, 2, 30))).toBe(2);
  });
});

describe('changedSince (what a refused save reports)', () => {
  it('lists fields whose value differs from what the sidebar read, ignoring bookkeeping', () => {
    const read = { name: 'Nairobi', population: 100, notes: null, version: 2 };
    const now = plainValues(CITIES, {
      name: 'Nairobi',
      population: 200,
      notes: '',
      version: 3,
      updatedAt: new Date(),
    });
    expect(changedSince(CITIES, read, now)).toEqual([
      { key: 'population', header: 'Population', was: 100, now: 200 },
    ]);
  });

  it('sends dates as YYYY-MM-DD text (google.script.run carries no Dates)', () => {
    expect(plainValues(CITIES, { joinedOn: new Date(2024, 0, 31) })['joinedOn']).toBe('2024-01-31');
    expect(plainValues(CITIES, {})['languages']).toEqual([]);
  });
});
