// Issue 16 through the shipped bundle: raising an event's capacity promotes the wait list into the new places, in
// the order people joined it, and each one promoted is emailed once in their language; lowering it or saving it
// unchanged promotes nobody.

import { outbox } from '../intake/harness';
import { COORDINATOR, EVENT_FIELDS, eventWorld, ok, tabRows } from './eventHarness';

interface Saved {
  ok: boolean;
  record: { id: string; version: number };
  promoted?: string[];
}

describe('an event’s capacity raised', () => {
  it('promotes the wait list into the new places only', () => {
    const { emu, amina, omar, lars } = eventWorld();
    const event = ok<Saved>(emu, 'saveEvent', [{ fields: { ...EVENT_FIELDS, capacity: 1 } }], COORDINATOR)
      .value!;
    const eventId = event.record.id;
    const add = (contactId: string, status: string) => {
      const r = ok<Saved>(emu, 'saveParticipant', [{ eventId, fields: { contactId, status } }], COORDINATOR)
        .value!;
      emu.backend.clock.advance(60_000);
      return r.record.id;
    };
    add(omar, 'registered');
    const first = add(amina, 'wait-listed');
    const second = add(lars, 'wait-listed');
    const save = (capacity: number, version: number) =>
      ok<Saved>(emu, 'saveEvent', [{ id: eventId, version, fields: { capacity } }], COORDINATOR).value!;
    const same = save(1, event.record.version);
    expect(same.ok).toBe(true);
    expect(same.promoted).toBeUndefined();
    const raised = save(2, same.record.version);
    expect(raised.promoted).toEqual([first]);
    const status = () =>
      Object.fromEntries(tabRows(emu, 'Participants').map((r) => [r['Participant ID'], r['Status']]));
    expect(status()[first]).toBe('registered');
    expect(status()[second]).toBe('wait-listed');
    // The one promoted is told, once, in their own language (Amina reads French).
    const told = () => outbox(emu).filter((m) => /place/i.test(m.subject));
    expect(told().map((m) => [m.to, m.subject])).toEqual([
      [['amina@irbid.example'], 'Une place pour vous à MENA Regional Conference 2026'],
    ]);
    expect(told()[0]!.body).toContain('2026-06-10 – 2026-06-11');
    const lowered = save(1, raised.record.version);
    expect(lowered.promoted).toBeUndefined();
    expect(status()[second]).toBe('wait-listed');
    expect(told()).toHaveLength(1);
  });
});
