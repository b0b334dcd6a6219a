// Issue 14 part B: accepting a suggestion sends one introduction to each side in a shared language and logs the
// engagement; the match then moves to exchange held and outcome recorded, counted for monitoring.

import { contactEmail } from './network';
import { COORDINATOR, ok, outbox, peerWorld, suggest, tabRows, VIEWER } from './world';

interface Decision {
  id: string;
  version: number;
  status: string;
  sends: { to: string; status: string; language: string }[];
  problems: string[];
}

describe('accepting a peer match', () => {
  const { emu, ids } = peerWorld();
  const result = suggest(emu);
  const match = (seeker: string) => result.suggestions.find((s) => s.seeker === seeker)!;
  const version = (id: string) =>
    Number(tabRows(emu, 'Matches').find((r) => r['Match ID'] === id)!['Version']);

  it('sends exactly one introduction to each side’s primary contact, in the language both share (French)', () => {
    const m = match('Liège');
    expect(m.offerer).toBe('Lyon');
    const before = outbox(emu).length;
    const d = ok<Decision>(emu, 'acceptPeerMatch', [m.matchId, version(m.matchId)], COORDINATOR).value!;
    expect(d.status).toBe('introduced');
    expect(d.problems).toEqual([]);
    const sent = outbox(emu).slice(before);
    expect(sent.map((s) => s.to).sort()).toEqual([[contactEmail('Liège')], [contactEmail('Lyon')]].sort());
    for (const s of sent) {
      expect(s.subject).toBe(
        'Échange entre pairs sur cohésion sociale : faites connaissance avec ' +
          (s.to[0] === contactEmail('Lyon') ? 'Liège' : 'Lyon'),
      );
      expect(s.body).toContain('les deux travaillent en français');
    }
    const sends = tabRows(emu, 'Sends').filter((r) => String(r['Message ID']).startsWith(`${m.matchId}:`));
    expect(sends.map((r) => [r['Status'], r['Language']])).toEqual([
      ['sent', 'fr'],
      ['sent', 'fr'],
    ]);
    const row = tabRows(emu, 'Matches').find((r) => r['Match ID'] === m.matchId)!;
    expect([row['Status'], row['Shared language']]).toEqual(['introduced', 'fr']);
    expect(row['Follow up on']).toBeInstanceOf(Date);
    expect(row['Introduced on']).toBeInstanceOf(Date);
  });

  it('logs one engagement naming both cities and both contacts, with the follow-up date', () => {
    const m = match('Liège');
    const eng = tabRows(emu, 'Engagements').filter((r) => r['Source reference'] === m.matchId);
    expect(eng).toHaveLength(1);
    expect(String(eng[0]!['Cities']).split(/,\s*/).sort()).toEqual([ids['Liège'], ids.Lyon].sort());
    expect(String(eng[0]!['Contacts']).split(/,\s*/)).toHaveLength(2);
    expect(eng[0]!['Type']).toBe('email');
    expect(eng[0]!['Follow up on']).toBeInstanceOf(Date);
  });

  it('accepting again sends nothing more and logs nothing more', () => {
    const m = match('Liège');
    const before = outbox(emu).length;
    const d = ok<Decision>(emu, 'acceptPeerMatch', [m.matchId, version(m.matchId)], COORDINATOR).value!;
    expect(d.sends.map((s) => s.status)).toEqual(['already sent', 'already sent']);
    expect(outbox(emu).length).toBe(before);
    expect(tabRows(emu, 'Engagements').filter((r) => r['Source reference'] === m.matchId)).toHaveLength(1);
  });

  it('a partner side is introduced too, in English, and logged under Partners', () => {
    const m = match('Nairobi');
    const before = outbox(emu).length;
    ok(emu, 'acceptPeerMatch', [m.matchId, version(m.matchId)], COORDINATOR);
    const sent = outbox(emu).slice(before);
    expect(sent.map((s) => s.to[0]).sort()).toEqual(
      [contactEmail('Global Online Safety Lab'), contactEmail('Nairobi')].sort(),
    );
    expect(sent[0]!.subject).toBe(
      `Peer learning on online harms: meet ${sent[0]!.to[0] === contactEmail('Nairobi') ? 'Global Online Safety Lab' : 'Nairobi'}`,
    );
    for (const mail of sent) expect(mail.body).toContain('both work in English');
    const eng = tabRows(emu, 'Engagements').find((r) => r['Source reference'] === m.matchId)!;
    expect([eng['Cities'], eng['Partners']]).toEqual([ids.Nairobi, ids['Global Online Safety Lab']]);
  });

  it('moves to exchange held (a peer exchange logged) and outcome recorded, counted for monitoring', () => {
    const m = match('Liège');
    const bad = emu.run('recordPeerProgress', [m.matchId, version(m.matchId), 'outcome recorded', 'x'], {
      user: COORDINATOR,
    });
    expect(bad.error).toMatch(/the next step is exchange held/);
    ok(emu, 'recordPeerProgress', [m.matchId, version(m.matchId), 'exchange held', null], COORDINATOR);
    const exchange = tabRows(emu, 'Engagements').filter(
      (r) => r['Source reference'] === m.matchId && r['Type'] === 'peer exchange',
    );
    expect(exchange).toHaveLength(1);
    const none = emu.run('recordPeerProgress', [m.matchId, version(m.matchId), 'outcome recorded', ' '], {
      user: COORDINATOR,
    });
    expect(none.error).toMatch(/Outcome: write what changed/);
    const words = 'Liège opened two neighbourhood dialogue tables modelled on Lyon’s.';
    ok(emu, 'recordPeerProgress', [m.matchId, version(m.matchId), 'outcome recorded', words], COORDINATOR);
    const row = tabRows(emu, 'Matches').find((r) => r['Match ID'] === m.matchId)!;
    expect([row['Status'], row['Outcome']]).toEqual(['outcome recorded', words]);
    const counts = ok<{
      byStatus: Record<string, number>;
      introduced: number;
      exchangesHeld: number;
      outcomesRecorded: number;
      outcomesByTopic: Record<string, number>;
    }>(emu, 'getPeerOutcomeCounts', [], VIEWER).value!;
    expect(counts).toMatchObject({
      introduced: 2,
      exchangesHeld: 1,
      outcomesRecorded: 1,
      outcomesByTopic: { 'social cohesion': 1 },
    });
    expect(counts.byStatus).toMatchObject({
      proposed: result.written - 2,
      introduced: 1,
      'outcome recorded': 1,
    });
  });

  it('only coordinators and admins decide', () => {
    const m = match('Mombasa');
    expect(emu.run('acceptPeerMatch', [m.matchId, version(m.matchId)], { user: VIEWER }).error).toMatch(
      /does not allow you/,
    );
  });
});
