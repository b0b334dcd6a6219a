// Issue 16 through the shipped bundle: an edit that leaves a stored date as it is compares it as the workbook's
// day. The script's zone is Europe/London, so a June date is stored at 00:00 BST, 23:00 UTC the day before: taken
// in UTC it read a day early, and a one-day event edited without its end date was refused as ending before it began.

import { COORDINATOR, EVENT_FIELDS, eventWorld, ok } from './eventHarness';

interface Saved {
  ok: boolean;
  message?: string;
  record?: { id: string; version: number };
}

describe('stored dates on an edit', () => {
  it('an event’s stored end day is its own day, and a participant’s stored arrival too', () => {
    const { emu, amina } = eventWorld();
    const event = ok<Saved>(
      emu,
      'saveEvent',
      [{ fields: { ...EVENT_FIELDS, startsOn: '2026-06-10', endsOn: '2026-06-10' } }],
      COORDINATOR,
    ).value!;
    expect(event.ok).toBe(true);
    const edited = ok<Saved>(
      emu,
      'saveEvent',
      [{ id: event.record!.id, version: event.record!.version, fields: { startsOn: '2026-06-10' } }],
      COORDINATOR,
    ).value!;
    expect(edited.message ?? '').toBe('');
    expect(edited.ok).toBe(true);

    const eventId = event.record!.id;
    const person = ok<Saved>(
      emu,
      'saveParticipant',
      [{ eventId, fields: { contactId: amina, arrivesOn: '2026-06-09', departsOn: '2026-06-09' } }],
      COORDINATOR,
    ).value!;
    expect(person.ok).toBe(true);
    const moved = ok<Saved>(
      emu,
      'saveParticipant',
      [{ id: person.record!.id, version: person.record!.version, fields: { departsOn: '2026-06-09' } }],
      COORDINATOR,
    ).value!;
    expect(moved.message ?? '').toBe('');
    expect(moved.ok).toBe(true);
  });
});
