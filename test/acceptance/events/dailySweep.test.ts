// Issue 16 through the shipped bundle: a registration whose form-submit trigger never ran is applied by the daily
// jobs, once: the next day's run changes nothing.

import { advanceClock } from '../../../src/emulator/events';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { COORDINATOR, EVENT_FIELDS, eventWorld, ok, registration, tabRows } from './eventHarness';

describe('the daily jobs and registrations', () => {
  it('apply a response the trigger missed, once', () => {
    const { emu, amina } = eventWorld();
    const eventId = ok<{ record: { id: string } }>(emu, 'saveEvent', [{ fields: EVENT_FIELDS }], COORDINATOR)
      .value!.record.id;
    const pa = ok<{ record: { id: string } }>(
      emu,
      'saveParticipant',
      [{ eventId, fields: { contactId: amina } }],
      COORDINATOR,
    ).value!.record.id;
    const form = ok<{ formId: string }>(emu, 'createRegistrationForm', [eventId]).value!;
    // The form's trigger is gone (deleted by hand, or its quota spent): the response waits in the form.
    const triggers = emu.backend.stores.script.triggers.triggers;
    triggers.splice(
      triggers.findIndex((t) => t.handler === 'onEventRegistrationSubmit'),
      1,
    );
    const answers = registration({
      reference: pa,
      name: 'Amina Haddad',
      email: 'amina@irbid.example',
      attending: 'Yes / Oui',
    });
    submitFormResponse(emu, { formId: form.formId, answers });
    const status = () => tabRows(emu, 'Participants').find((r) => r['Participant ID'] === pa)!['Status'];
    expect(status()).toBe('invited');

    const day = advanceClock(emu, 24 * 60 * 60 * 1000).filter((r) => r.handler === 'runDailyJobs');
    expect(day).toHaveLength(1);
    expect(day[0]!.status).toBe('ok');
    expect((day[0]!.value as { registrations: unknown }).registrations).toEqual({ events: 1, applied: 1 });
    expect(status()).toBe('registered');
    const changes = () => tabRows(emu, 'Audit').filter((a) => a['Record ID'] === pa).length;
    const before = changes();
    const next = advanceClock(emu, 24 * 60 * 60 * 1000).filter((r) => r.handler === 'runDailyJobs');
    expect((next[0]!.value as { registrations: unknown }).registrations).toEqual({ events: 1, applied: 0 });
    expect(changes()).toBe(before);
  });
});
