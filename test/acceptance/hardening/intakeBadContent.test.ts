// Issue 10 item 1, through the shipped bundle: bad content in a form answer never stops the submission being recorded.
// Line breaks in one-line answers (a pre-filled link, a paste, the Forms API), over-long text and an address the
// Applications tab refuses are recorded neutralised, flagged in Issues found, shown in review and in the digest,
// on every trigger path: the enquiry trigger, the application trigger and the daily sweep.

import { APPLICATION_FORM, ENQUIRY_FORM, questionsOf } from '../../../sheets-templates/forms';
import { advanceClock } from '../../../src/emulator/events';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import {
  applicationAnswers,
  applicationRows,
  COORDINATOR,
  enquiryAnswers,
  formId,
  intakeWorkbook,
  ok,
  outbox,
  responseLanding,
} from '../intake/harness';

const enquiryTitle = (key: string) => questionsOf(ENQUIRY_FORM).find((q) => q.key === key)!.title;
const applicationTitle = (key: string) => questionsOf(APPLICATION_FORM).find((q) => q.key === key)!.title;

describe('a line break in a one-line answer', () => {
  it('enquiry trigger: the row is recorded with the break as a space, flagged, and acknowledged', () => {
    const emu = intakeWorkbook();
    const r = submitFormResponse(emu, {
      formId: formId(emu, 'enquiry'),
      answers: enquiryAnswers({ city: 'Irbid\nGovernorate', name: 'Amina\r\nHaddad' }),
    });
    expect(r.triggers.map((t) => [t.status, t.error])).toEqual([['ok', undefined]]);
    const [row] = applicationRows(emu);
    expect(row!['City']).toBe('Irbid Governorate');
    expect(row!['Submitter name']).toBe('Amina Haddad');
    expect(String(row!['Issues found'])).toMatch(/\[error\] City: line breaks were replaced by spaces/);
    expect(String(row!['Issues found'])).toMatch(/\[error\] Submitter name: line breaks were replaced/);
    expect(String(row!['Issues found'])).not.toMatch(/No acknowledgement/);
    const ack = outbox(emu).filter((m) => m.to.includes('amina.haddad@irbid.example'));
    expect(ack).toHaveLength(1);
    expect(ack[0]!.body).toContain('Dear Amina Haddad');
  });

  it('application trigger: City and a contact name with breaks are recorded on the enquiry row, flagged', () => {
    const emu = intakeWorkbook();
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
    const id = String(applicationRows(emu)[0]!['Application ID']);
    const r = submitFormResponse(emu, {
      formId: formId(emu, 'application'),
      answers: applicationAnswers(id, {
        [applicationTitle('city')]: 'Irbid\nGovernorate',
        [applicationTitle('contact1Name')]: 'Amina\nHaddad',
      }),
    });
    expect(r.triggers.map((t) => [t.status, t.error])).toEqual([['ok', undefined]]);
    const [row] = applicationRows(emu);
    expect(row!['Stage']).toBe('application received');
    expect(JSON.parse(String(row!['Points of contact']))[0].name).toBe('Amina Haddad');
    expect(row!['City']).toBe('Irbid Governorate');
    const review = ok<{ intakeIssues: string[] }>(emu, 'getApplicationReview', [id], COORDINATOR).value!;
    expect(review.intakeIssues.join('\n')).toMatch(/City: line breaks were replaced by spaces/);
  });

  it('sweep: a response whose trigger never ran is recorded by the daily jobs and shown in the digest', () => {
    const emu = intakeWorkbook();
    const long = 'Background. '.repeat(600); // 7,200 characters: more than the Background column keeps
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
    const id = String(applicationRows(emu)[0]!['Application ID']);
    responseLanding(emu, formId(emu, 'enquiry'), {
      ...enquiryAnswers({ email: 'second@zarqa.example', city: 'Zarqa\u2028City' }),
    });
    responseLanding(
      emu,
      formId(emu, 'application'),
      applicationAnswers(id, { [applicationTitle('background')]: long }),
    );
    const runs = advanceClock(emu, 26 * 60 * 60 * 1000);
    expect(runs.map((x) => [x.status, x.error])).toEqual(runs.map(() => ['ok', undefined]));
    // The nightly archive trigger may run in the same day; the daily jobs' run is the one that reports a sweep.
    const daily = runs.find((x) => x.value && typeof x.value === 'object' && 'sweep' in x.value);
    const value = daily!.value as { sweep: { recorded: number; failed: string[] } };
    expect(value.sweep).toMatchObject({ recorded: 2, failed: [] });
    const rows = applicationRows(emu);
    const zarqa = rows.find((x) => x['City'] === 'Zarqa City')!;
    expect(String(zarqa['Issues found'])).toMatch(/City: line breaks were replaced by spaces/);
    const irbid = rows.find((x) => x['Application ID'] === id)!;
    expect(String(irbid['Background'])).toBe(long.slice(0, 5000));
    expect(String(irbid['Issues found'])).toMatch(/Background: 7200 characters, cut to the first 5000/);
    const digest = outbox(emu).find((m) => /due today/.test(m.subject))!;
    expect(digest.body).toMatch(/Recorded with problems to check \(2\)/);
    expect(digest.body).toContain(`${String(zarqa['Application ID'])} – Zarqa City, Jordan · MENA – City:`);
    expect(digest.body).toMatch(/Form responses not yet recorded \(0\)/);
  });

  it('an email address the tab refuses is left out of its column, flagged, and the row is still recorded', () => {
    const emu = intakeWorkbook();
    responseLanding(
      emu,
      formId(emu, 'enquiry'),
      enquiryAnswers({ email: 'not an address\nBcc: x@y.example' }),
    );
    const run = emu.run<{ recorded: number; failed: string[] }>('processUnprocessedResponses', [], {
      user: COORDINATOR,
    });
    expect([run.status, run.error]).toEqual(['ok', undefined]);
    expect(run.value).toMatchObject({ recorded: 1, failed: [] });
    const [row] = applicationRows(emu);
    expect(row!['Submitter email']).toBe('');
    expect(String(row!['Issues found'])).toMatch(
      /\[error\] Submitter email: “not an address.*was not recorded/,
    );
    expect(enquiryTitle('email')).toBeTruthy();
  });
});
