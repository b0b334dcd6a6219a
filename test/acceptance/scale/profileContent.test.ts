// Issue 11: the city profile's figures, counted by hand from the workbook, after its reads were cut (one search of
// both Matches columns, Mailings read whole, no History summary read while it is empty), through the shipped bundle.
import { BENCH_USER, benchEmulator } from '../../../bench/benchWorkbook';
import type { CallRecord, Emulator } from '../../../src/emulator';
import { invokeScriptRun } from '../../../src/emulator/scriptRun';
import { values } from '../workbook/harness';

interface Profile {
  engagementCount: number;
  engagements: { id: string }[];
  needs: { id: string }[];
  offers: { id: string }[];
  matches: { id: string; role: string; withName: string }[];
  mailings: { live: number; archived: number; recent: { mailingId: string; name: string }[] };
}

function profile(emu: Emulator, id: string): { value: Profile; records: CallRecord[] } {
  const r = invokeScriptRun(emu, { name: 'getCityProfile', args: [id], user: BENCH_USER });
  if (!r.ok) throw new Error(`getCityProfile: ${r.error.message}`);
  return { value: r.value as Profile, records: r.execution?.records ?? [] };
}

/** A tab's data rows as records keyed by header, with their sheet row. */
function records(emu: Emulator, tab: string): { row: number; at: Record<string, string> }[] {
  const all = values(emu, tab);
  const head = all[0]!.map(String);
  return all.slice(1).map((cells, i) => {
    const at: Record<string, string> = {};
    head.forEach((h, j) => {
      at[h] = String(cells[j] ?? '').trim();
    });
    return { row: i + 2, at };
  });
}

const listHolds = (cell: string, id: string) =>
  cell
    .split(',')
    .map((s) => s.trim())
    .includes(id);

describe('city profile content after the read cuts (issue 11)', () => {
  const emu = benchEmulator('bench');
  const cities = records(emu, 'Cities');
  const cityName = new Map(cities.map((c) => [c.at['City ID']!, c.at['Name']!]));
  const matches = records(emu, 'Matches');
  const sends = records(emu, 'Sends');
  const contacts = records(emu, 'Contacts');
  const mailingName = new Map(records(emu, 'Mailings').map((m) => [m.at['Mailing ID']!, m.at['Name']!]));
  const engagements = records(emu, 'Engagements');

  /** Cities chosen to cover both match roles and Mailings received; the first city is the bench's. */
  const seeking = matches.find((m) => m.at['Offering city'] !== '')!.at['Seeking city']!;
  const offering = matches.find((m) => m.at['Offering city'] !== '')!.at['Offering city']!;
  const chosen = [...new Set([cities[0]!.at['City ID']!, seeking, offering])];

  it.each(chosen)('%s: matches in both roles, mailings with their names, counts as in the tabs', (id) => {
    const { value: p } = profile(emu, id);
    const mine = matches.filter((m) => m.at['Seeking city'] === id || m.at['Offering city'] === id);
    expect(p.matches.map((m) => m.id).sort()).toEqual(mine.map((m) => m.at['Match ID']).sort());
    for (const m of mine) {
      const shown = p.matches.find((x) => x.id === m.at['Match ID'])!;
      const role = m.at['Seeking city'] === id ? 'seeking' : 'offering';
      const other =
        role === 'seeking' ? m.at['Offering city'] || m.at['Offering partner'] : m.at['Seeking city'];
      expect(shown.role).toBe(role);
      if (other!.startsWith('CTY-')) expect(shown.withName).toBe(cityName.get(other!));
    }
    const contactIds = new Set(
      contacts.filter((c) => c.at['City or partner ID'] === id).map((c) => c.at['Contact ID']),
    );
    const theirs = sends.filter((s) => contactIds.has(s.at['Contact']));
    expect(p.mailings.live).toBe(theirs.length);
    expect(p.mailings.archived).toBe(0);
    const newest = new Set(theirs.slice(-10).map((s) => s.at['Mailing']));
    expect(new Set(p.mailings.recent.map((m) => m.mailingId))).toEqual(newest);
    for (const m of p.mailings.recent)
      expect(m.name).toBe(m.mailingId === '' ? '' : mailingName.get(m.mailingId));
    const engaged = engagements.filter((e) => listHolds(e.at['Cities']!, id));
    expect(p.engagementCount).toBe(engaged.length);
    expect(p.engagements.map((e) => e.id).sort()).toEqual(
      engaged
        .slice(-10)
        .map((e) => e.at['Engagement ID'])
        .sort(),
    );
  });

  it('the bench city has matches and mailings, so the cases above are not empty', () => {
    const { value: p } = profile(emu, seeking);
    expect(p.matches.length).toBeGreaterThan(0);
    expect(profile(emu, offering).value.matches.some((m) => m.role === 'offering')).toBe(true);
    expect(chosen.some((id) => profile(emu, id).value.mailings.recent.length > 0)).toBe(true);
  });

  it('searches seven columns (city, engagements, needs, offers, both match roles at once, contacts, sends)', () => {
    const { records: calls } = profile(emu, cities[0]!.at['City ID']!);
    const searches = calls.filter((c) => c.type === 'TextFinder' && c.method === 'findAll');
    // The History summary is empty in this workbook: it is not read at all; Mailings is read whole, not searched.
    expect(searches).toHaveLength(7);
  });
});
