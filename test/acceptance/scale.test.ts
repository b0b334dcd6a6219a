// Issue 11 at scale: the generators make a network of any size, and the store's keyed reads keep interactive
// operations flat (more in test/acceptance/scale/: storeReads.test.ts measures them at two history sizes).
import { generateDemoWorkbook } from '../../src/demo';

describe('the benchmark network at scale (issue 11.1)', () => {
  it('makes 3,000 cities with unique names per country, synthesised beyond the real ones', () => {
    const w = generateDemoWorkbook({
      size: 'demo',
      counts: { cities: 3000, cityContacts: 3000, applications: 10, engagements: 10, sends: 10, audit: 10 },
    });
    expect(w.Cities).toHaveLength(3000);
    const keys = new Set(w.Cities.map((c) => `${c.name}|${c.country}`));
    expect(keys.size).toBe(3000);
    expect(w.Cities.some((c) => / (North|South|East|West)\b/.test(c.name))).toBe(true);
  });

  it('multiplies every count by the scale and spreads history over the years asked for', () => {
    const w = generateDemoWorkbook({ size: 'demo', scale: 2, historyYears: 5 });
    expect(w.Cities).toHaveLength(400);
    expect(w.Engagements).toHaveLength(6000);
    const oldest = Math.min(...w.Engagements.map((e) => e.date.getTime()));
    expect((w.today.getTime() - oldest) / 86_400_000).toBeGreaterThan(3 * 365);
    // History is in date order, as it is appended.
    const dates = w.Engagements.map((e) => e.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('spreads it evenly: events, their engagements and participants, and audit follow the history’s length', () => {
    const w = generateDemoWorkbook({ size: 'demo', scale: 2, historyYears: 5 });
    const daysAgo = (d: Date) => (w.today.getTime() - d.getTime()) / 86_400_000;
    const share = (ds: readonly Date[]) => ds.filter((d) => daysAgo(d) <= 730).length / ds.length;
    // Two of five years: 40% in the last two (events fixed to two years put 46% of engagements there).
    expect(share(w.Engagements.map((e) => e.date))).toBeGreaterThan(0.36);
    expect(share(w.Engagements.map((e) => e.date))).toBeLessThan(0.44);
    const held = w.Events.filter((e) => daysAgo(e.startsOn) > 0);
    expect(share(held.map((e) => e.startsOn))).toBeLessThan(0.5);
    // Audit: the approvals and declines follow the applications, still dated over two years (73% before).
    expect(share(w.Audit.map((a) => a.at))).toBeLessThan(0.55);
  });
});
