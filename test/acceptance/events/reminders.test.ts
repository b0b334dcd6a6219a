// Issue 16 through the shipped bundle: the daily jobs remind each registered or confirmed participant once, in
// their language, within the Settings' days before the event (7 by default), and nobody else.

import { advanceClock } from '../../../src/emulator/events';
import { outbox } from '../intake/harness';
import { COORDINATOR, EVENT_FIELDS, eventWorld, ok } from './eventHarness';

describe('reminders before an event', () => {
  it('go once to each registered or confirmed participant, in their language, in the week before', () => {
    const { emu, amina, omar, lars } = eventWorld(new Date('2026-05-30T09:00:00Z'));
    const eventId = ok<{ record: { id: string } }>(emu, 'saveEvent', [{ fields: EVENT_FIELDS }], COORDINATOR)
      .value!.record.id;
    const add = (contactId: string, status: string) =>
      ok(emu, 'saveParticipant', [{ eventId, fields: { contactId, status } }], COORDINATOR);
    add(amina, 'registered');
    add(omar, 'confirmed');
    add(lars, 'invited');
    const reminders = () => outbox(emu).filter((m) => /MENA Regional Conference 2026/.test(m.subject));
    const byDay: string[] = [];
    for (let d = 0; d < 14; d++) {
      const before = reminders().length;
      const runs = advanceClock(emu, 24 * 60 * 60 * 1000).filter((r) => r.handler === 'runDailyJobs');
      expect(runs.map((r) => r.status)).toEqual(['ok']);
      if (reminders().length > before)
        byDay.push(new Date(emu.backend.clock.now()).toISOString().slice(0, 10));
    }
    // The event starts on 10 June: the reminders go on the first daily run within seven days of it, once.
    expect(byDay).toHaveLength(1);
    expect(byDay[0]! >= '2026-06-02' && byDay[0]! <= '2026-06-04').toBe(true);
    const sent = reminders();
    expect(sent.map((m) => m.to[0]).sort()).toEqual(['amina@irbid.example', 'omar@irbid.example']);
    expect(sent.find((m) => m.to[0] === 'amina@irbid.example')!.subject).toBe(
      'Rappel : MENA Regional Conference 2026 le 2026-06-10 – 2026-06-11',
    );
    expect(sent.find((m) => m.to[0] === 'omar@irbid.example')!.subject).toMatch(/^تذكير: /);
    expect(sent[0]!.body).toContain('Amman, City Hall, Jordan');
  });
});
