// Acceptance (issue 17 part 2) through dist/Code.js: a change of mayor flags the city's political contacts and
// creates a follow-up; elections entered ahead show on the city profile; the hub's list names contacts still to
// confirm after the Settings' days; an incident is suggested for engagement in the digest.

import { setSetting } from '../intake/harness';
import { COORDINATOR, followUps, HUB_OFFICER, ok, outbox, relationsWorld, tabRows } from './world';

interface WatchOutcome {
  id: string;
  followUpId: string | null;
  flagged: string[];
}

describe('the political-event watch', () => {
  it('a change of mayor leads to a follow-up and flagged political contacts (not the practitioner)', () => {
    const { emu, cityId, contacts } = relationsWorld();
    const r = ok<WatchOutcome>(
      emu,
      'recordWatchItem',
      [
        {
          cityId,
          date: '2026-05-30',
          kind: 'change of mayor',
          sourceUrl: 'https://news.example/mombasa',
          note: 'New mayor sworn in',
        },
      ],
      HUB_OFFICER,
    ).value!;
    expect(r.flagged.sort()).toEqual([contacts.mayor, contacts.policy].sort());
    const people = tabRows(emu, 'Contacts');
    const flag = (id: string) => people.find((p) => p['Contact ID'] === id)!['Re-confirm since'];
    expect(flag(contacts.mayor)).toBeInstanceOf(Date);
    expect(flag(contacts.practitioner)).toBe('');
    const watch = tabRows(emu, 'Watch');
    expect(watch).toHaveLength(1);
    expect(watch[0]!['Follow-up']).toBe(r.followUpId);
    expect(watch[0]!['Follow-up needed']).toBe(true);
    const fu = tabRows(emu, 'Follow-ups').find((f) => f['Follow-up ID'] === r.followUpId)!;
    expect(fu['On record']).toBe(r.id);
    expect(fu['City']).toBe(cityId);
    expect(fu['Owner']).toBe(HUB_OFFICER);
    expect(String(fu['What'])).toMatch(
      /Re-confirm the political contacts of Mombasa after the change of mayor of 30\/05\/2026/,
    );
    expect(followUps(emu, HUB_OFFICER).mine.map((f) => f.id)).toEqual([r.followUpId]);
  });

  it('shows upcoming elections on the city profile, and lists contacts unconfirmed for N days for the hub', () => {
    const { emu, cityId, hubId, contacts } = relationsWorld();
    setSetting(emu, 'Contact re-confirmation days', '10');
    ok(
      emu,
      'recordWatchItem',
      [{ cityId, date: '2026-08-09', kind: 'election', note: 'County elections' }],
      COORDINATOR,
    );
    ok(emu, 'recordWatchItem', [{ cityId, date: '2026-05-01', kind: 'election' }], COORDINATOR);
    const profile = ok<{ upcomingElections: { date: string }[]; watch: unknown[] }>(
      emu,
      'getCityProfile',
      [cityId],
      COORDINATOR,
    ).value!;
    expect(profile.upcomingElections.map((e) => e.date)).toEqual(['2026-08-09']);
    expect(profile.watch).toHaveLength(2);
    // Flagged since 1 May (the past election): 31 days > 10, so both political contacts are listed.
    const hub = ok<{ unconfirmed: { id: string; version: number }[]; items: unknown[] }>(
      emu,
      'getHubWatch',
      [hubId],
      HUB_OFFICER,
    ).value!;
    expect(hub.unconfirmed.map((c) => c.id).sort()).toEqual([contacts.mayor, contacts.policy].sort());
    expect(hub.items).toHaveLength(2);
    // Confirming one takes it off the list.
    const mayor = hub.unconfirmed.find((c) => c.id === contacts.mayor)!;
    ok(emu, 'confirmContact', [mayor.id, mayor.version], HUB_OFFICER);
    const after = ok<{ unconfirmed: { id: string }[] }>(emu, 'getHubWatch', [hubId], HUB_OFFICER).value!;
    expect(after.unconfirmed.map((c) => c.id)).toEqual([contacts.policy]);
    const row = tabRows(emu, 'Contacts').find((p) => p['Contact ID'] === contacts.mayor)!;
    expect(row['Re-confirm since']).toBe('');
    expect(row['Confirmed on']).toBeInstanceOf(Date);
  });

  it('suggests engaging a city after an incident in the digest; refuses an unknown kind', () => {
    const { emu, otherCityId } = relationsWorld();
    ok(
      emu,
      'recordWatchItem',
      [{ cityId: otherCityId, date: '2026-05-31', kind: 'incident', note: 'Attack on a market' }],
      COORDINATOR,
    );
    const before = outbox(emu).length;
    ok(emu, 'sendDailyDigestNow', [], COORDINATOR);
    const body = String(outbox(emu).slice(before)[0]!.body);
    expect(body).toMatch(
      /Cities to get in touch with after an incident \(1\):\n• Kampala: incident on 31\/05\/2026 – consider getting in touch \(Attack on a market\)/,
    );
    const bad = emu.run('recordWatchItem', [{ cityId: otherCityId, date: '2026-05-31', kind: 'coup' }], {
      user: COORDINATOR,
    });
    expect(bad.error).toMatch(/Kind: choose one of/);
  });
});
