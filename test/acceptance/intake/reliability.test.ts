// Intake that nothing loses and nothing doubles: ghosts, redelivery, 20 interleaved submissions, the sweep, a send cut short.

import { runConcurrently, seedLabel, seedsToRun } from '../../../src/emulator/concurrent';
import { advanceClock } from '../../../src/emulator/events';
import {
  applicationRows,
  COORDINATOR,
  enquiryAnswers,
  formId,
  intakeWorkbook,
  OWNER,
  ok,
  outbox,
  tabRows,
} from './harness';
import { responseLanding, submitEvent } from './landing';

const asTrigger = { user: OWNER, effectiveUser: OWNER, authMode: 'FULL' as const };

describe('a blank ghost submission', () => {
  it('is ignored: no row, no email', () => {
    const emu = intakeWorkbook();
    const ghost = responseLanding(emu, formId(emu, 'enquiry'), {});
    const r = ok<{ status: string }>(emu, 'onEnquirySubmit', [
      submitEvent(emu, formId(emu, 'enquiry'), ghost),
    ]);
    expect(r.value!.status).toBe('ghost');
    expect(applicationRows(emu)).toEqual([]);
    expect(outbox(emu)).toEqual([]);
  });
});

describe('the same response delivered twice', () => {
  it('is recorded once and acknowledged once', () => {
    const emu = intakeWorkbook();
    const response = responseLanding(emu, formId(emu, 'enquiry'), enquiryAnswers());
    const event = () => submitEvent(emu, formId(emu, 'enquiry'), response);
    const first = ok<{ status: string }>(emu, 'onEnquirySubmit', [event()]);
    const second = ok<{ status: string; acknowledgement: string }>(emu, 'onEnquirySubmit', [event()]);
    expect(first.value!.status).toBe('recorded');
    expect(second.value).toMatchObject({ status: 'already recorded', acknowledgement: 'already sent' });
    expect(applicationRows(emu)).toHaveLength(1);
    expect(outbox(emu)).toHaveLength(1);
  });
});

describe('20 submissions processed by interleaved executions', () => {
  it.each(seedsToRun(2))(
    'records each once with unique ids and one acknowledgement each (seed %i)',
    async (seed) => {
      const emu = intakeWorkbook();
      const form = formId(emu, 'enquiry');
      const responses = Array.from({ length: 20 }, (_, i) =>
        responseLanding(
          emu,
          form,
          enquiryAnswers({ name: `Person ${i}`, email: `person${i}@city${i}.example`, city: `Town ${i}` }),
        ),
      );
      // Each response delivered by two triggers at once (Google may deliver an event more than once).
      const jobs = responses.flatMap((r) =>
        [0, 1].map(() => ({ fn: 'onEnquirySubmit', args: [submitEvent(emu, form, r)], options: asTrigger })),
      );
      const results = await runConcurrently(emu, jobs, { seed });
      expect(results.filter((r) => r.status !== 'ok').map((r) => `${seedLabel(seed)} ${r.error}`)).toEqual(
        [],
      );
      const rows = applicationRows(emu);
      expect(rows).toHaveLength(20);
      expect(new Set(rows.map((r) => r['Application ID'])).size).toBe(20);
      expect(new Set(rows.map((r) => r['Enquiry response ID'])).size).toBe(20);
      expect(outbox(emu)).toHaveLength(20);
      expect(new Set(outbox(emu).map((m) => m.to[0])).size).toBe(20);
      expect(tabRows(emu, 'Sends').every((s) => s['Status'] === 'sent')).toBe(true);
    },
  );
});

describe('a trigger that never fired', () => {
  it('is picked up by the daily sweep: recorded and acknowledged', () => {
    const emu = intakeWorkbook();
    responseLanding(emu, formId(emu, 'enquiry'), enquiryAnswers());
    expect(applicationRows(emu)).toEqual([]);
    const runs = advanceClock(emu, 24 * 60 * 60 * 1000).filter((r) => r.handler === 'runDailyJobs');
    expect(runs.map((r) => [r.status, r.error])).toEqual([['ok', undefined]]);
    expect(runs[0]!.value).toMatchObject({ sweep: { recorded: 1, failed: [] } });
    expect(applicationRows(emu)).toHaveLength(1);
    expect(outbox(emu).map((m) => m.subject)).toEqual(
      expect.arrayContaining(['Your enquiry about joining the Strong Cities Network']),
    );
    // The next day's sweep finds nothing new and sends nothing twice.
    const acks = outbox(emu).filter((m) => m.subject.startsWith('Your enquiry')).length;
    advanceClock(emu, 24 * 60 * 60 * 1000);
    expect(applicationRows(emu)).toHaveLength(1);
    expect(outbox(emu).filter((m) => m.subject.startsWith('Your enquiry'))).toHaveLength(acks);
  });

  it('is also picked up by Applications › Process unprocessed responses now', () => {
    const emu = intakeWorkbook();
    responseLanding(emu, formId(emu, 'enquiry'), enquiryAnswers());
    const r = ok<{ recorded: number }>(emu, 'processUnprocessedResponses', [], COORDINATOR);
    expect(r.value!.recorded).toBe(1);
    expect(applicationRows(emu)).toHaveLength(1);
  });
});

describe('an execution stopped between recording an email and confirming it', () => {
  it('leaves the email "unknown" and flagged for a person, never resent', () => {
    const emu = intakeWorkbook();
    const response = responseLanding(emu, formId(emu, 'enquiry'), enquiryAnswers());
    const event = () => submitEvent(emu, formId(emu, 'enquiry'), response);
    // Find the send's position in a dry run, then stop a fresh run right after it.
    const probe = intakeWorkbook();
    const probeResponse = responseLanding(probe, formId(probe, 'enquiry'), enquiryAnswers());
    const dry = ok(probe, 'onEnquirySubmit', [submitEvent(probe, formId(probe, 'enquiry'), probeResponse)]);
    const sendAt = dry.execution.records.findIndex((c) => c.method === 'sendEmail') + 1;
    const cut = emu.run('onEnquirySubmit', [event()], { ...asTrigger, stopAtCall: sendAt + 1 });
    expect(cut.status).not.toBe('ok');
    expect(outbox(emu)).toHaveLength(1); // it went out
    expect(tabRows(emu, 'Sends').map((s) => s['Status'])).toEqual(['sending']);
    const again = ok<{ acknowledgement: string }>(emu, 'onEnquirySubmit', [event()]);
    expect(again.value!.acknowledgement).toBe('unknown');
    expect(outbox(emu)).toHaveLength(1); // not resent
    expect(tabRows(emu, 'Sends').map((s) => s['Status'])).toEqual(['unknown']);
    expect(String(applicationRows(emu)[0]!['Issues found'])).toMatch(/outcome unknown/);
  });
});
