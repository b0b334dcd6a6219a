// Acceptance (issue 17 part 3) through dist/Code.js and the emulated Calendar advanced service: a bi-weekly series for
// member cities no hub serves, with their primary contacts as guests, a Meet link and a recurrence rule, at the slot
// that fits most working hours; one occurrence moved and one cancelled; attendance recorded once as an engagement.

import { COORDINATOR, ok, outbox, relationsWorld, save, tabRows } from './world';

function europeAndAmerica() {
  const world = relationsWorld();
  const { emu } = world;
  const city = (name: string, country: string, status = 'member') =>
    save(emu, 'Cities', { name, country, status, languages: ['en'] });
  const person = (orgId: string, name: string, email: string, primary = true, language = 'en') =>
    save(emu, 'Contacts', {
      orgId,
      name,
      category: "mayor's office",
      email,
      language,
      primary,
      lawfulBasis: 'legitimate interests',
    });
  const lyon = city('Lyon', 'France');
  const oslo = city('Oslo', 'Norway');
  const montreal = city('Montreal', 'Canada');
  const prospect = city('Porto', 'Portugal', 'prospect');
  person(lyon, 'Claire Martin', 'claire@lyon.example', true, 'fr');
  person(lyon, 'Paul Roux', 'paul@lyon.example', false);
  person(oslo, 'Ola Nordmann', 'ola@oslo.example');
  person(montreal, 'Marie Tremblay', 'marie@montreal.example');
  person(prospect, 'Rui Costa', 'rui@porto.example');
  return { ...world, lyon, oslo, montreal };
}

interface Series {
  eventId: string;
  hangoutLink: string;
  recurrence: string[];
  start: string;
  guests: string[];
  slot: { fits: number; known: number };
  cityIds: string[];
  invitations: { to: string; status: string }[];
}

describe('bi-weekly member meetings', () => {
  it('creates the series with the right guests, a Meet link, a recurrence rule and the slot that fits most', () => {
    const { emu, lyon, oslo, montreal } = europeAndAmerica();
    const s = ok<Series>(
      emu,
      'scheduleMemberMeetings',
      [{ summary: 'Member cities call', firstDay: '2026-06-16', agenda: 'Tour de table' }],
      COORDINATOR,
    ).value!;
    // Default audience: members in countries no hub serves (not Mombasa or Kampala, not the prospect Porto), primary only.
    expect(s.guests.sort()).toEqual(['claire@lyon.example', 'marie@montreal.example', 'ola@oslo.example']);
    expect(s.cityIds.sort()).toEqual([lyon, oslo, montreal].sort());
    expect(s.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
    expect(s.recurrence).toEqual(['RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=12']);
    // 13:00 UTC is 15:00 in Lyon and Oslo and 09:00 in Montreal: all three inside 09:00–17:00, the earliest such slot.
    expect(s.start).toBe('2026-06-16T13:00:00.000Z');
    expect(s.slot).toMatchObject({ fits: 3, known: 3 });
    const event = emu.backend.stores.comms.calendar.events(COORDINATOR).get(s.eventId)!;
    expect(event.attendees!.map((a) => a.email).sort()).toEqual(s.guests.sort());
    expect(event.start.timeZone).toBe('UTC');
    // Calendar sent the invitations (sendUpdates "all").
    expect(emu.backend.stores.comms.calendar.notices[0]).toMatchObject({
      eventId: s.eventId,
      kind: 'invitation',
    });
    // And the CRM's own invitation with the agenda, in each guest's language and time zone.
    expect(s.invitations.map((i) => i.status)).toEqual(['sent', 'sent', 'sent']);
    const mail = outbox(emu).filter((m) => /every 2 weeks|toutes les 2 semaines/.test(String(m.subject)));
    const to = (who: string) => mail.find((m) => String(m.to).includes(who))!;
    expect(String(to('claire@lyon.example').body)).toMatch(
      /toutes les 2 semaines à partir du 16\/06\/2026, à 15:00 \(Europe\/Paris\)/,
    );
    expect(String(to('claire@lyon.example').body)).toMatch(/Ordre du jour :\nTour de table/);
    expect(String(to('marie@montreal.example').body)).toMatch(/at 09:00 \(America\/Toronto\)/);
    expect(String(to('marie@montreal.example').body)).toContain(s.hangoutLink);
  });

  it('moves one occurrence, cancels another, and records attendance once as an engagement with follow-ups', () => {
    const { emu, lyon, oslo } = europeAndAmerica();
    const s = ok<Series>(
      emu,
      'scheduleMemberMeetings',
      [{ summary: 'Member cities call', firstDay: '2026-06-16', count: 4 }],
      COORDINATOR,
    ).value!;
    type Occ = { id: string; start: string; moved: boolean };
    const occ = () => ok<Occ[]>(emu, 'listMeetingOccurrences', [s.eventId], COORDINATOR).value!;
    const first = occ();
    expect(first.map((o) => o.start)).toEqual([
      '2026-06-16T13:00:00.000Z',
      '2026-06-30T13:00:00.000Z',
      '2026-07-14T13:00:00.000Z',
      '2026-07-28T13:00:00.000Z',
    ]);
    ok(emu, 'rescheduleMeetingOccurrence', [first[1]!.id, '2026-07-01T13:00:00.000Z'], COORDINATOR);
    ok(emu, 'rescheduleMeetingOccurrence', [first[2]!.id, null], COORDINATOR);
    const now = occ();
    expect(now.map((o) => [o.start, o.moved])).toEqual([
      ['2026-06-16T13:00:00.000Z', false],
      ['2026-07-01T13:00:00.000Z', true],
      ['2026-07-28T13:00:00.000Z', false],
    ]);
    const request = {
      instanceId: first[0]!.id,
      attended: ['Claire@Lyon.example', 'ola@oslo.example', 'stranger@elsewhere.example'],
      actionPoints: 'Share the Lyon youth toolkit\nPlan the autumn session',
    };
    const once = ok<{ engagementId: string; followUpIds: string[]; again: boolean }>(
      emu,
      'recordMeetingAttendance',
      [request],
      COORDINATOR,
    ).value!;
    const twice = ok<{ engagementId: string; followUpIds: string[]; again: boolean }>(
      emu,
      'recordMeetingAttendance',
      [request],
      COORDINATOR,
    ).value!;
    expect(twice).toMatchObject({ engagementId: once.engagementId, again: true });
    const engagements = tabRows(emu, 'Engagements').filter((e) =>
      String(e['Source reference']).startsWith('meeting:'),
    );
    expect(engagements).toHaveLength(1);
    const e = engagements[0]!;
    expect(e['Type']).toBe('bi-weekly call');
    // Only invited guests count: the stranger is left out.
    expect(
      String(e['Cities'])
        .split(',')
        .map((x) => x.trim())
        .sort(),
    ).toEqual([lyon, oslo].sort());
    expect(String(e['Summary'])).toBe('Member cities call: 2 of 3 invited attended.');
    expect(once.followUpIds).toHaveLength(2);
    const fus = tabRows(emu, 'Follow-ups').filter((f) => f['On record'] === once.engagementId);
    expect(fus.map((f) => f['What'])).toEqual(['Share the Lyon youth toolkit', 'Plan the autumn session']);
    // The retry returned the same follow-ups; action points given later, with attendance already recorded,
    // still become follow-ups of the same engagement (none twice), and no second engagement is logged.
    expect(twice.followUpIds).toEqual(once.followUpIds);
    const later = ok<{ engagementId: string; followUpIds: string[]; again: boolean }>(
      emu,
      'recordMeetingAttendance',
      [{ instanceId: request.instanceId, actionPoints: 'Plan the autumn session\nSend the minutes' }],
      COORDINATOR,
    ).value!;
    expect(later).toMatchObject({ engagementId: once.engagementId, again: true });
    expect(later.followUpIds[0]).toBe(once.followUpIds[1]);
    const after = tabRows(emu, 'Follow-ups').filter((f) => f['On record'] === once.engagementId);
    expect(after.map((f) => f['What'])).toEqual([
      'Share the Lyon youth toolkit',
      'Plan the autumn session',
      'Send the minutes',
    ]);
    expect(
      tabRows(emu, 'Engagements').filter((x) => String(x['Source reference']).startsWith('meeting:')),
    ).toHaveLength(1);
  });

  it('takes attendance from a Meet participant export (CSV) for another occurrence', () => {
    const { emu, montreal } = europeAndAmerica();
    const s = ok<Series>(
      emu,
      'scheduleMemberMeetings',
      [{ summary: 'Call', firstDay: '2026-06-16', count: 2 }],
      COORDINATOR,
    ).value!;
    const [, second] = ok<{ id: string }[]>(emu, 'listMeetingOccurrences', [s.eventId], COORDINATOR).value!;
    const csv =
      'Full name,Email,Duration\nMarie Tremblay,marie@montreal.example,55 min\nGuest,guest@else.example,3 min\n';
    const r = ok<{ engagementId: string }>(
      emu,
      'recordMeetingAttendance',
      [{ instanceId: second!.id, csv }],
      COORDINATOR,
    ).value!;
    const e = tabRows(emu, 'Engagements').find((x) => x['Engagement ID'] === r.engagementId)!;
    expect(e['Cities']).toBe(montreal);
    expect(e['Date']).toBeInstanceOf(Date);
    expect(String(e['Summary'])).toBe('Call: 1 of 3 invited attended.');
  });
});
