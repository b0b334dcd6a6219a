// Fidelity tests of the Calendar advanced service as the member meetings use it: Events.insert with a Meet
// createRequest (conferenceDataVersion 1), an RRULE recurrence, attendees and sendUpdates; Events.instances of the
// series; Events.patch of one occurrence (moved, or cancelled); and its presence only when appsscript.json enables it.
// Sources: https://developers.google.com/apps-script/advanced/calendar,
// https://developers.google.com/workspace/calendar/api/v3/reference/events (the Event resource: id, recurrence,
// recurringEventId, originalStartTime, attendees[].responseStatus, hangoutLink, conferenceData),
// https://developers.google.com/workspace/calendar/api/v3/reference/events/insert (conferenceDataVersion: "Version 0
// assumes no conference data support and ignores conference data in the event's body"; sendUpdates all/externalOnly/none),
// https://developers.google.com/workspace/calendar/api/v3/reference/events/instances,
// https://developers.google.com/workspace/calendar/api/guides/recurringevents (modify or cancel one instance),
// https://developers.google.com/workspace/calendar/api/guides/create-events#conferencing (createRequest, hangoutsMeet).
// Believed (public reports, not the reference): instance ids are "<series id>_<start as yyyymmddThhmmssZ>", and a Meet
// createRequest answers statusCode "success" at once.
import { Emulator } from '../../src/emulator';
import type { CalendarEvent } from '../../src/emulator/services/advanced/calendarStore';

type Ev = CalendarEvent & {
  conferenceData: {
    createRequest: { status: { statusCode: string } };
    entryPoints: Record<string, unknown>[];
  };
};

const source = `
function series(meet, version, sendUpdates) {
  var event = {
    summary: 'Member cities call',
    start: { dateTime: '2026-06-16T14:00:00Z', timeZone: 'Europe/Brussels' },
    end: { dateTime: '2026-06-16T15:00:00Z', timeZone: 'Europe/Brussels' },
    recurrence: ['RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4'],
    attendees: [{ email: 'Mayor@Lyon.example' }, { email: 'policy@oslo.example' }, { email: 'coordinator@strongcities.org' }],
  };
  if (meet) event.conferenceData = { createRequest: { requestId: 'req-1', conferenceSolutionKey: { type: 'hangoutsMeet' } } };
  return Calendar.Events.insert(event, 'primary', { conferenceDataVersion: version, sendUpdates: sendUpdates });
}
function instances(id) { return Calendar.Events.instances('primary', id); }
function patch(resource, id) { return Calendar.Events.patch(resource, 'primary', id, { sendUpdates: 'all' }); }
function get(id) { return Calendar.Events.get('primary', id); }
function noZone() {
  return Calendar.Events.insert({ start: { dateTime: '2026-06-16T14:00:00Z' }, end: { dateTime: '2026-06-16T15:00:00Z' },
    recurrence: ['RRULE:FREQ=WEEKLY'] }, 'primary');
}
function noEnd() { return Calendar.Events.insert({ start: { dateTime: '2026-06-16T14:00:00Z' } }, 'primary'); }
function present() { return typeof Calendar; }
`;

const emulator = () => new Emulator({ source, advancedServices: ['Calendar'] });
const USER = { user: 'coordinator@strongcities.org' };

describe('the Calendar advanced service', () => {
  it('exists only when the manifest enables it', () => {
    expect(new Emulator({ source }).call('present')).toBe('undefined');
    expect(emulator().call('present')).toBe('object');
  });

  it('inserts a recurring series with a Meet link, attendees and a recurrence; invitations go with sendUpdates all', () => {
    const emu = emulator();
    const e = emu.call<Ev>('series', [true, 1, 'all'], USER);
    expect(e.kind).toBe('calendar#event');
    expect(e.id).toMatch(/^[a-v0-9]{5,}$/);
    expect(e.recurrence).toEqual(['RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4']);
    expect(e.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(e.conferenceData.createRequest.status.statusCode).toBe('success');
    expect(e.conferenceData.entryPoints[0]).toMatchObject({ entryPointType: 'video', uri: e.hangoutLink });
    expect(e.attendees!.map((a: { email: string }) => a.email)).toEqual([
      'mayor@lyon.example',
      'policy@oslo.example',
      'coordinator@strongcities.org',
    ]);
    expect(e.attendees![0]!.responseStatus).toBe('needsAction');
    expect(e.organizer).toEqual({ email: 'coordinator@strongcities.org', self: true });
    // The organizer is not invited to their own event.
    expect(emu.backend.stores.comms.calendar.notices).toEqual([
      { eventId: e.id, to: ['mayor@lyon.example', 'policy@oslo.example'], kind: 'invitation' },
    ]);
  });

  it('ignores the conference request without conferenceDataVersion 1, and sends nothing by default', () => {
    const emu = emulator();
    const e = emu.call<Record<string, unknown>>('series', [true, 0, undefined], USER);
    expect(e.hangoutLink).toBeUndefined();
    expect(e.conferenceData).toBeUndefined();
    expect(emu.backend.stores.comms.calendar.notices).toEqual([]);
  });

  it('lists the instances every two weeks at the same local time, and moves or cancels one of them', () => {
    const emu = emulator();
    const e = emu.call<Ev>('series', [true, 1, 'none'], USER);
    const list = emu.call<{ items: Ev[] }>('instances', [e.id], USER).items;
    expect(list.map((i) => i.start.dateTime)).toEqual([
      '2026-06-16T14:00:00.000Z',
      '2026-06-30T14:00:00.000Z',
      '2026-07-14T14:00:00.000Z',
      '2026-07-28T14:00:00.000Z',
    ]);
    expect(list[1]).toMatchObject({
      id: `${e.id}_20260630T140000Z`,
      recurringEventId: e.id,
      originalStartTime: { dateTime: '2026-06-30T14:00:00.000Z' },
      hangoutLink: e.hangoutLink,
    });
    const moved = emu.call<Ev>(
      'patch',
      [
        { start: { dateTime: '2026-07-01T14:00:00Z' }, end: { dateTime: '2026-07-01T15:00:00Z' } },
        list[1]!.id,
      ],
      USER,
    );
    expect(moved.originalStartTime!.dateTime).toBe('2026-06-30T14:00:00.000Z');
    emu.call('patch', [{ status: 'cancelled' }, list[2]!.id], USER);
    const after = emu.call<{ items: Ev[] }>('instances', [e.id], USER).items;
    expect(after.map((i) => i.start.dateTime)).toEqual([
      '2026-06-16T14:00:00.000Z',
      '2026-07-01T14:00:00.000Z',
      '2026-07-28T14:00:00.000Z',
    ]);
    expect(emu.call<Ev>('get', [list[2]!.id], USER).status).toBe('cancelled');
    expect(emu.backend.stores.comms.calendar.notices.map((n) => n.kind)).toEqual(['update', 'cancellation']);
  });

  it('keeps the local time across a daylight-saving change', () => {
    const emu = new Emulator({
      source: `function s() { return Calendar.Events.insert({ start: { dateTime: '2026-10-20T12:00:00Z', timeZone: 'Europe/Brussels' },
        end: { dateTime: '2026-10-20T13:00:00Z', timeZone: 'Europe/Brussels' }, recurrence: ['RRULE:FREQ=WEEKLY;COUNT=2'] }, 'primary'); }
        function i(id) { return Calendar.Events.instances('primary', id); }`,
      advancedServices: ['Calendar'],
    });
    const e = emu.call<{ id: string }>('s', [], USER);
    // 14:00 in Brussels both weeks: 12:00Z in summer time, 13:00Z after the change on 25 October.
    expect(
      emu
        .call<{ items: { start: { dateTime: string } }[] }>('i', [e.id], USER)
        .items.map((x) => x.start.dateTime),
    ).toEqual(['2026-10-20T12:00:00.000Z', '2026-10-27T13:00:00.000Z']);
  });

  it('refuses a recurring event without a start time zone, and an event without an end (believed wording)', () => {
    const emu = emulator();
    expect(emu.run('noZone', [], USER).error).toMatch(/Missing time zone definition for start time/);
    expect(emu.run('noEnd', [], USER).error).toMatch(
      /calendar\.events\.insert failed with error: Missing end time/,
    );
  });
});

describe('the scope the build derives for it', () => {
  it('is calendar.events for the Events methods', async () => {
    const { scopesUsedBy } = await import('../../scripts/scopes');
    expect(scopesUsedBy('Calendar.Events.insert(e, "primary", { conferenceDataVersion: 1 })')).toEqual([
      'https://www.googleapis.com/auth/calendar.events',
    ]);
  });
});
