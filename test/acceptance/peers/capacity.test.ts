// Issue 14, per-city capacity: a city's own "Peer exchanges hosted" (Cities) overrides Settings' figure for that city,
// the suggestion respects it, and the rationale says it. Through the shipped bundle on the 30-city test network.

import { copyEmulator } from '../../support/reliability/workbookCopy';
import { COORDINATOR, ok, peerWorld, suggest, tabRows } from './world';

/** Sets a city's own capacity through the sidebar's save, as a coordinator would. */
function hosts(emu: ReturnType<typeof peerWorld>['emu'], id: string, n: number | null): void {
  const row = tabRows(emu, 'Cities').find((r) => r['City ID'] === id)!;
  ok(
    emu,
    'saveRecord',
    [{ tab: 'Cities', id, version: Number(row['Version']), fields: { peerCapacity: n } }],
    COORDINATOR,
  );
}

describe('per-city capacity (Cities › Peer exchanges hosted) over Settings’ figure (1 here)', () => {
  const { emu, ids } = peerWorld();
  hosts(emu, ids.Beirut!, 2);
  hosts(emu, ids.Kampala!, 0);
  const result = suggest(emu);
  const of = (seeker: string, topic: string) =>
    result.suggestions.find((s) => s.seeker === seeker && s.topic === topic);

  it('a city hosting two takes both needs that want it: Sfax and Zarqa both get Beirut', () => {
    expect(of('Sfax', 'education')?.offerer).toBe('Beirut');
    expect(of('Zarqa', 'education')?.offerer).toBe('Beirut');
    const beirut = tabRows(emu, 'Matches').filter((r) => r['Offering city'] === ids.Beirut);
    expect(beirut).toHaveLength(2);
  });

  it('a city hosting none for now is never suggested (Mombasa does not get Kampala)', () => {
    expect(tabRows(emu, 'Matches').filter((r) => r['Offering city'] === ids.Kampala)).toEqual([]);
    expect(of('Mombasa', 'youth engagement')?.offerer).not.toBe('Kampala');
  });

  it('the rationale says the offering city’s own limit, in English and French', () => {
    const s = of('Zarqa', 'education')!;
    expect(s.rationale.en).toMatch(/; Beirut hosts at most 2 peer exchanges at a time\.$/);
    expect(s.rationale.fr).toMatch(/ ; Beirut accueille au plus 2 échanges entre pairs à la fois\.$/);
    // Cities without their own figure keep the rationale as before (Settings' figure is not repeated in each).
    const other = result.suggestions.find((x) => x.offerer === 'Lyon')!;
    expect(other.rationale.en).not.toMatch(/hosts at most/);
  });

  it('the next run counts the open matches against the city’s own figure: Beirut, full, goes to nobody new', () => {
    // Tripoli (Arabic and French) now needs education too: Beirut is its best side, with both places taken.
    ok(
      emu,
      'saveRecord',
      [
        {
          tab: 'Needs',
          fields: {
            cityId: ids.Tripoli,
            topic: 'education',
            priority: 'high',
            description: 'education (capacity test)',
            surveyedOn: '2026-05-20',
            source: 'interview',
            status: 'open',
          },
        },
      ],
      COORDINATOR,
    );
    const roomier = copyEmulator(emu);
    expect(suggest(emu).suggestions.map((s) => [s.seeker, s.offerer === 'Beirut'])).toEqual([
      ['Tripoli', false],
    ]);
    // With a third place, the same run gives Beirut to Tripoli: the limit is what kept it away.
    hosts(roomier, ids.Beirut!, 3);
    expect(suggest(roomier).suggestions.map((s) => [s.seeker, s.offerer])).toEqual([['Tripoli', 'Beirut']]);
  });
});
