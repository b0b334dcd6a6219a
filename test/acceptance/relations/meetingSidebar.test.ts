// Acceptance (issue 17, the member meetings sidebar's server side) through dist/Code.js: the audiences offered (the
// default one empty when every member's country has a hub), the slot previewed with its why, each field refused by
// name, occurrences with guests and attendance status, and action points with their own owner and due day.

import type { Emulator } from '../../../src/emulator';
import { COORDINATOR, HUB_OFFICER, ok, relationsWorld, save, tabRows, VIEWER } from './world';

interface View {
  today: string;
  audiences: { key: string; hubName: string | null; cities: { id: string; name: string }[] }[];
  series: {
    eventId: string;
    summary: string;
    guests: number;
    slot: { fits: number; known: number } | null;
  }[];
  staff: { email: string }[];
}
interface Plan {
  start: string;
  guests: string[];
  slot: {
    fits: number;
    known: number;
    byCountry: { country: string; zone: string | null; localStart: string; fits: boolean; people: number }[];
  };
}
interface Occ {
  id: string;
  start: string;
  past: boolean;
  guests: { email: string; name: string }[];
  engagementId: string | null;
}

const refused = (emu: Emulator, fn: string, args: unknown[], user = COORDINATOR) => {
  const r = emu.run(fn, args, { user });
  expect(r.status).toBe('error');
  return String(r.error).replace(/^UserError: /, '');
};

describe('the member meetings sidebar’s calls', () => {
  it('offers the default audience (empty here: every member city is in a hub’s country) and each hub’s', () => {
    const { emu, hubId, cityId, otherCityId } = relationsWorld();
    const v = ok<View>(emu, 'getMeetings', [], COORDINATOR).value!;
    expect(v.audiences.map((a) => [a.key, a.hubName, a.cities.map((c) => c.id)])).toEqual([
      ['default', null, []],
      [hubId, 'East Africa', [cityId, otherCityId]],
    ]);
    expect(v.series).toEqual([]);
    // Scheduling for the empty default audience is refused naming the field.
    expect(refused(emu, 'scheduleMemberMeetings', [{ summary: 'Call', firstDay: '2026-06-16' }])).toMatch(
      /^Audience: it holds no member city/,
    );
    // A member city in a country no hub serves fills it.
    const lyon = save(emu, 'Cities', {
      name: 'Lyon',
      country: 'France',
      status: 'member',
      languages: ['fr'],
    });
    expect(
      ok<View>(emu, 'getMeetings', [], COORDINATOR).value!.audiences[0]!.cities.map((c) => c.id),
    ).toEqual([lyon]);
  });

  it('previews a hub’s series: the time and why, country by country, creating nothing', () => {
    const { emu, hubId } = relationsWorld();
    const p = ok<Plan>(
      emu,
      'previewMemberMeetings',
      [{ summary: 'Hub call', firstDay: '2026-06-16', hubId }],
      COORDINATOR,
    ).value!;
    // Only Mombasa has a primary contact; Nairobi time is UTC+3, so 06:00 UTC starts at 09:00 there.
    expect(p.guests).toEqual(['amina.said@mombasa.example']);
    expect(p.start).toBe('2026-06-16T06:00:00.000Z');
    expect(p.slot.byCountry).toEqual([
      { country: 'Kenya', zone: 'Africa/Nairobi', localStart: '09:00', fits: true, people: 1 },
    ]);
    expect(p.slot).toMatchObject({ fits: 1, known: 1 });
    expect(emu.backend.stores.comms.calendar.events(COORDINATOR).size).toBe(0);
  });

  it('refuses each bad field by its name, and a stranger hub', () => {
    const { emu, hubId } = relationsWorld();
    const base = { summary: 'Call', firstDay: '2026-06-16', hubId };
    const why = (over: Record<string, unknown>) =>
      refused(emu, 'previewMemberMeetings', [{ ...base, ...over }]);
    expect(why({ firstDay: '16/06/2026' })).toBe('First meeting on: give a date as YYYY-MM-DD.');
    expect(why({ firstDay: '2026-02-30' })).toBe('First meeting on: give a date as YYYY-MM-DD.');
    expect(why({ firstDay: '2026-05-31' })).toBe('First meeting on: choose today or a later day.');
    expect(why({ everyWeeks: 0 })).toBe('Every (weeks): choose a whole number from 1 to 8.');
    expect(why({ everyWeeks: 1.5 })).toBe('Every (weeks): choose a whole number from 1 to 8.');
    expect(why({ count: 60 })).toBe('Meetings in the series: choose a whole number from 1 to 52.');
    expect(why({ minutes: 5 })).toBe('Length (minutes): choose a whole number from 15 to 240.');
    expect(why({ summary: 'x'.repeat(201) })).toBe('Title: at most 200 characters.');
    expect(why({ hubId: 'HUB-999999' })).toBe('Audience: HUB-999999 is not a hub of this workbook.');
    // Scheduling refuses the same way, and creates nothing.
    expect(refused(emu, 'scheduleMemberMeetings', [{ ...base, firstDay: 'soon' }])).toBe(
      'First meeting on: give a date as YYYY-MM-DD.',
    );
    expect(emu.backend.stores.comms.calendar.events(COORDINATOR).size).toBe(0);
    // Not a hub officer's to open or call.
    expect(refused(emu, 'showMeetings', [], HUB_OFFICER)).toMatch(/does not allow you/);
    expect(refused(emu, 'getMeetings', [], HUB_OFFICER)).toMatch(/does not allow you/);
  });

  it('lists the series with why, the occurrences with guests, and records attendance with owned action points', () => {
    const { emu, hubId } = relationsWorld();
    const s = ok<{ eventId: string }>(
      emu,
      'scheduleMemberMeetings',
      [{ summary: 'Hub call', firstDay: '2026-06-02', hubId, count: 3, everyWeeks: 1 }],
      COORDINATOR,
    ).value!;
    const v = ok<View>(emu, 'getMeetings', [], COORDINATOR).value!;
    expect(v.series).toEqual([
      expect.objectContaining({
        eventId: s.eventId,
        summary: 'Hub call',
        guests: 1,
        slot: expect.objectContaining({ fits: 1, known: 1 }),
      }),
    ]);
    const list = () => ok<Occ[]>(emu, 'listMeetingOccurrences', [s.eventId], COORDINATOR).value!;
    const before = list();
    expect(before.map((o) => [o.start, o.past, o.engagementId])).toEqual([
      ['2026-06-02T06:00:00.000Z', false, null],
      ['2026-06-09T06:00:00.000Z', false, null],
      ['2026-06-16T06:00:00.000Z', false, null],
    ]);
    expect(before[0]!.guests).toEqual([{ email: 'amina.said@mombasa.example', name: 'Amina Said' }]);
    // A week later the first meeting is past.
    emu.backend.clock.advance(7 * 86_400_000);
    const [first, second] = list();
    expect([first!.past, second!.past]).toEqual([true, false]);
    const request = (items: unknown[]) => [
      { instanceId: first!.id, attended: ['amina.said@mombasa.example'], actionItems: items },
    ];
    // A bad action point is refused by its number and field; nothing is written.
    expect(
      refused(
        emu,
        'recordMeetingAttendance',
        request([{ what: 'Send the minutes' }, { what: 'Call', owner: VIEWER }]),
      ),
    ).toBe(
      `Action point 2 – Owner: ${VIEWER} is not active staff in the Staff tab; choose someone listed there.`,
    );
    expect(refused(emu, 'recordMeetingAttendance', request([{ what: 'Call', dueOn: '2026-13-01' }]))).toBe(
      'Action point 1 – Due on: give a date as YYYY-MM-DD.',
    );
    expect(refused(emu, 'recordMeetingAttendance', request([{ what: ' ', owner: HUB_OFFICER }]))).toBe(
      'Action point 1 – What: say what is to be done.',
    );
    expect(refused(emu, 'recordMeetingAttendance', request([{ what: 'x'.repeat(60_000) }]))).toBe(
      'Action point 1 – What: 60000 characters; at most 500. Shorten it, or split it into several points.',
    );
    expect(
      tabRows(emu, 'Engagements').filter((e) => String(e['Source reference']).startsWith('meeting:')),
    ).toEqual([]);
    const r = ok<{ engagementId: string; followUpIds: string[] }>(
      emu,
      'recordMeetingAttendance',
      request([
        { what: 'Send the minutes', owner: '', dueOn: '' },
        { what: 'Visit the youth centre', owner: ' Hub.Officer@StrongCities.org ', dueOn: '2026-06-20' },
        { what: '', owner: '', dueOn: '' },
      ]),
      COORDINATOR,
    ).value!;
    const fus = tabRows(emu, 'Follow-ups').filter((f) => f['On record'] === r.engagementId);
    expect(fus.map((f) => [f['What'], f['Owner'], (f['Due on'] as Date).getDate()])).toEqual([
      ['Send the minutes', COORDINATOR, 9],
      ['Visit the youth centre', HUB_OFFICER, 20],
    ]);
    expect(list()[0]!.engagementId).toBe(r.engagementId);
  });
});
