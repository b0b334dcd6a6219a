// The event-participation filter of audiences (issue 12 item 3) through the shipped bundle: contacts listed in
// Participants for the chosen events, optionally with chosen statuses, read by a keyed search of the Event column.

import { COMMS, draft, mailWorld, ok } from './world';

interface AudienceView {
  count: number;
  sample: { contactId: string }[];
  excluded: { contactId: string; reason: string }[];
}

describe('audiences by event participation', () => {
  const { emu, ids } = mailWorld();
  const save = (tab: string, fields: Record<string, unknown>) =>
    ok<{ id: string }>(emu, 'saveRecord', [{ tab, fields }]).value!.id;
  const event = (name: string) =>
    save('Events', {
      name,
      type: 'workshop',
      startsOn: '2026-02-10',
      endsOn: '2026-02-11',
      status: 'planned',
    });
  const forum = event('Youth forum');
  const summit = event('Mayors summit');
  const invite = (eventId: string, contactId: string, status: string) =>
    save('Participants', { eventId, contactId, role: 'participant', status });
  invite(forum, ids.claire!, 'attended');
  invite(forum, ids.amina!, 'invited');
  invite(forum, ids.bounced!, 'attended'); // suppressed: still left out, with its reason
  invite(summit, ids.lucia!, 'attended');
  const audience = (a: Record<string, unknown>) =>
    ok<AudienceView>(emu, 'previewAudience', [draft({ audience: a })], COMMS).value!;
  const who = (v: AudienceView) => v.sample.map((s) => s.contactId).sort();

  it('keeps contacts listed for the chosen events, any status', () => {
    const v = audience({ eventIds: [forum] });
    expect(who(v)).toEqual([ids.amina, ids.claire].sort());
    expect(v.excluded).toEqual([expect.objectContaining({ contactId: ids.bounced, reason: 'suppressed' })]);
    expect(who(audience({ eventIds: [forum, summit] }))).toEqual([ids.amina, ids.claire, ids.lucia].sort());
  });

  it('narrows to participants with the chosen statuses, and combines with the other filters', () => {
    expect(who(audience({ eventIds: [forum], eventStatuses: ['attended'] }))).toEqual([ids.claire]);
    expect(who(audience({ eventIds: [forum], eventStatuses: ['invited'] }))).toEqual([ids.amina]);
    expect(who(audience({ eventIds: [forum, summit], countries: ['Colombia'] }))).toEqual([ids.lucia]);
    // Statuses alone do not filter: they qualify the events chosen.
    expect(audience({ eventStatuses: ['attended'] }).count).toBe(audience({}).count);
  });

  it('reads only the chosen events’ Participants rows (one keyed search, not the whole tab)', () => {
    const cells = () => {
      const r = emu.run('previewAudience', [draft({ audience: { eventIds: [forum] } })], { user: COMMS });
      expect(r.status).toBe('ok');
      return r.execution.records.reduce((n, c) => n + c.cellsRead, 0);
    };
    const before = cells();
    for (let i = 0; i < 30; i++) invite(summit, ids.omar!, 'registered');
    expect(cells()).toBe(before);
  });
});
