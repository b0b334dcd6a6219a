// Issue 14 part B through the shipped bundle: suggested peer matches on the 30-city, 5-partner test network.

import { CITIES, NEEDS, PARTNERS } from './network';
import { COORDINATOR, ok, peerWorld, suggest, tabRows, VIEWER } from './world';

const nameOf = (ids: Record<string, string>) => {
  const byId: Record<string, string> = {};
  for (const k of Object.keys(ids)) byId[ids[k]!] = k;
  return byId;
};

describe('suggest peer matches on the test network (capacity 1)', () => {
  const { emu, ids, needs } = peerWorld();
  const result = suggest(emu);
  const names = nameOf(ids);
  const rows = tabRows(emu, 'Matches');
  const offererOf = (r: Record<string, unknown>) => String(r['Offering city'] || r['Offering partner']);

  it('suggests each planted pair for its need, and one suggestion per open need', () => {
    expect(result.needs).toBe(NEEDS.length);
    expect(result.written).toBe(NEEDS.length);
    for (const n of NEEDS) {
      const row = rows.find((r) => r['Need'] === needs[`${n.city}|${n.topic}`]);
      expect([n.city, n.topic, names[offererOf(row!)]]).toEqual([n.city, n.topic, n.planted]);
    }
    expect(rows.every((r) => r['Status'] === 'proposed')).toBe(true);
  });

  it('never matches a city with itself and respects each offering side’s capacity', () => {
    for (const r of rows) expect(offererOf(r)).not.toBe(r['Seeking city']);
    const count: Record<string, number> = {};
    for (const r of rows) count[offererOf(r)] = (count[offererOf(r)] ?? 0) + 1;
    expect(Math.max(...Object.values(count))).toBe(1);
  });

  it('explains each score: breakdown by factor adding up to it, rationale naming need, practice and language', () => {
    const s = result.suggestions.find((x) => x.seeker === 'Mombasa')!;
    expect(s.offerer).toBe('Kampala');
    const sum = Object.values(s.factors).reduce((a, b) => a + b, 0);
    expect(Math.round(sum)).toBe(s.score);
    expect(s.factors).toMatchObject({
      topic: 40,
      priority: 15,
      recency: 10,
      language: 20,
      hub: 10,
      repeat: 0,
    });
    expect(s.rationale.en).toBe(
      'Mombasa seeks youth engagement (priority high, surveyed April 2026); Kampala has practice on youth engagement since 2019 (an exit programme for young people); both work in English; same hub; similar size.',
    );
    expect(s.rationale.fr).toMatch(
      /^Mombasa cherche un appui sur engagement des jeunes \(priorité haute, relevé en avril 2026\) ; Kampala a une pratique sur engagement des jeunes depuis 2019 \(an exit programme for young people\) ; les deux travaillent en anglais ; même hub/,
    );
    const row = rows.find((r) => r['Match ID'] === s.matchId)!;
    expect(row['Rationale']).toBe(s.rationale.en);
    expect(row['Score breakdown']).toBe(
      `topic 40 · priority 15 · recency 10 · language 20 · hub 10 · size ${s.factors.size} · repeat 0 = ${s.score}`,
    );
    expect(row['Shared language']).toBe('en');
    // A pair with no common language says interpretation is needed (Zarqa speaks Arabic; Bordeaux French).
    for (const x of result.suggestions) {
      expect(x.rationale.en).toContain(x.topic);
      expect(x.rationale.en).toMatch(/both work in|interpretation needed/);
    }
  });

  it('a recent peer exchange costs the penalty: Rabat gets Strasbourg, not Casablanca', () => {
    const s = result.suggestions.find((x) => x.seeker === 'Rabat')!;
    expect(s.offerer).toBe('Strasbourg');
    expect(s.factors.repeat).toBe(0);
  });

  it('partners are offered as well as cities', () => {
    const partnerRows = rows.filter((r) => r['Offering partner']);
    expect(partnerRows.map((r) => names[String(r['Offering partner'])]).sort()).toEqual([
      'Global Online Safety Lab',
      'Institut pour le dialogue',
    ]);
    expect(CITIES.length + PARTNERS.length).toBe(35);
  });

  it('a second run suggests nothing again: every need has a live suggestion', () => {
    const again = suggest(emu);
    expect([again.needs, again.written]).toEqual([0, 0]);
    expect(tabRows(emu, 'Matches')).toHaveLength(rows.length);
  });

  it('viewers may not suggest matches', () => {
    const r = emu.run('suggestPeerMatches', [], { user: VIEWER });
    expect(r.error).toMatch(/does not allow you/);
    expect(COORDINATOR).toBeTruthy();
  });
});

describe('a dismissed pair is remembered for the penalty window', () => {
  const { emu, ids, needs } = peerWorld({ capacity: 2 });
  suggest(emu);
  const need = needs['Liège|social cohesion']!;
  const row = () => tabRows(emu, 'Matches').filter((r) => r['Need'] === need);

  it('dismissing needs a reason; with one, the same pair is not suggested again, another side is', () => {
    const first = row()[0]!;
    expect(first['Offering city']).toBe(ids.Lyon);
    const refused = emu.run('dismissPeerMatch', [first['Match ID'], first['Version'], '  '], {
      user: COORDINATOR,
    });
    expect(refused.error).toMatch(/Reason: say why/);
    ok(
      emu,
      'dismissPeerMatch',
      [first['Match ID'], first['Version'], 'Lyon hosts no exchanges this year.'],
      COORDINATOR,
    );
    const again = suggest(emu);
    expect(again.written).toBe(1);
    const rows = row();
    expect(rows.map((r) => r['Status'])).toEqual(['dismissed', 'proposed']);
    expect(rows[0]!['Decision reason']).toBe('Lyon hosts no exchanges this year.');
    expect(rows[1]!['Offering city']).toBe(ids.Tunis);
    // A third run: the need is served again, and Lyon–Liège stays out.
    expect(suggest(emu).written).toBe(0);
    const pairs = tabRows(emu, 'Matches').filter(
      (r) => r['Seeking city'] === ids['Liège'] && r['Offering city'] === ids.Lyon,
    );
    expect(pairs).toHaveLength(1);
  });
});

describe('the coordinator changes the offering side', () => {
  const { emu, ids, needs } = peerWorld({ capacity: 2 });
  suggest(emu);
  const need = needs['Mombasa|youth engagement']!;
  const row = () => tabRows(emu, 'Matches').find((r) => r['Need'] === need)!;

  it('refuses the seeking city itself, then scores and explains the side chosen', () => {
    const r = row();
    expect(r['Offering city']).toBe(ids.Kampala);
    const self = emu.run('editPeerMatch', [r['Match ID'], r['Version'], ids.Mombasa, 'Try'], {
      user: COORDINATOR,
    });
    expect(self.error).toMatch(
      /Offering city or partner: choose a city or partner other than the seeking city/,
    );
    ok(emu, 'editPeerMatch', [r['Match ID'], r['Version'], ids.Aarhus, 'Aarhus asked to host.'], COORDINATOR);
    const after = row();
    expect([after['Offering city'], after['Status'], after['Decision reason']]).toEqual([
      ids.Aarhus,
      'proposed',
      'Aarhus asked to host.',
    ]);
    expect(after['Rationale']).toMatch(
      /^Chosen by the coordinator: Aarhus asked to host\. Mombasa seeks youth engagement .*; Aarhus has practice on youth engagement; both work in English\.$/,
    );
    expect(Number(after['Score'])).toBeLessThan(Number(r['Score']));
    expect(String(after['Score breakdown'])).toMatch(/hub 0 · .* = \d+$/);
  });
});
