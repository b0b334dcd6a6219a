// Each review finding on an application, as the coordinator sees it; errors block approval, more information is asked for.

import { PRINCIPLES } from '../../../sheets-templates';
import { principleKey } from '../../../sheets-templates/forms';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import {
  applicationAnswers,
  applicationRows,
  CATEGORY,
  COORDINATOR,
  enquiryAnswers,
  formId,
  intakeWorkbook,
  ok,
  outbox,
} from './harness';
import { responseLanding } from './landing';

interface Review {
  findings: { severity: string; en: string; fr: string }[];
}

function reviewOf(answers: Record<string, string | string[]>, land = false) {
  const emu = intakeWorkbook();
  submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
  if (land) {
    responseLanding(emu, formId(emu, 'application'), answers);
    ok(emu, 'processUnprocessedResponses', [], COORDINATOR);
  } else submitFormResponse(emu, { formId: formId(emu, 'application'), answers });
  const review = ok<Review>(emu, 'getApplicationReview', ['APP-000001'], COORDINATOR).value!;
  return { emu, review, codes: review.findings.map((f) => `${f.severity}: ${f.en}`) };
}

describe('review findings', () => {
  it('fewer than 2 contacts (an error)', () => {
    const { codes } = reviewOf(
      applicationAnswers('APP-000001', {
        'Contact 2: name': '',
        'Contact 2: job title': '',
        'Contact 2: email': '',
        'Contact 2: role': '',
      }),
      true, // the form itself requires two contacts, so this one is typed into the response tab
    );
    expect(codes).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error: Only 1 point\(s\) of contact/)]),
    );
  });

  it("no contact in the mayor's office or policy team (a warning)", () => {
    const { codes } = reviewOf(
      applicationAnswers('APP-000001', { 'Contact 1: role': CATEGORY.practitioner }),
    );
    expect(codes).toEqual(
      expect.arrayContaining([expect.stringMatching(/^warning: No contact in the mayor's office/)]),
    );
  });

  it('principles not all accepted (an error), in English and French', () => {
    const { review } = reviewOf(
      applicationAnswers('APP-000001', {
        [`Principle: ${PRINCIPLES[6]}`]: 'We would like to discuss this principle with the network first',
      }),
    );
    const f = review.findings.find((x) => x.en.startsWith('Not all principles'))!;
    expect(f).toMatchObject({ severity: 'error' });
    expect(f.en).toContain('funding transparency');
    expect(f.fr).toContain('Tous les principes ne sont pas encore acceptés');
    expect(principleKey(PRINCIPLES[6])).toBe('principleFundingTransparency');
  });

  it('an invalid email (an error; Forms would refuse it, so it arrives through the response tab)', () => {
    const { review, emu } = reviewOf(
      applicationAnswers('APP-000001', { 'Contact 2: email': 'omar.khalil(at)irbid' }),
      true,
    );
    const issues = (review as unknown as { intakeIssues: string[] }).intakeIssues;
    expect(issues).toEqual(
      expect.arrayContaining(['[error] Omar Khalil: the email address omar.khalil(at)irbid is not valid.']),
    );
    expect(String(applicationRows(emu)[0]!['Issues found'])).toMatch(/not a valid email address/);
    // The unusable address is not kept as a point of contact, so approval waits for a second valid contact.
    expect(review.findings.map((f) => f.en)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Only 1 point/)]),
    );
  });

  it('approval is refused while an error remains; asking for more information emails the reason', () => {
    const { emu } = reviewOf(
      applicationAnswers('APP-000001', {
        [`Principle: ${PRINCIPLES[0]}`]: 'We would like to discuss this principle with the network first',
      }),
    );
    const refused = emu.run('approveApplication', ['APP-000001'], { user: COORDINATOR });
    expect(refused.status).toBe('error');
    expect(refused.error).toMatch(
      /cannot be approved yet: Not all principles are accepted yet: human rights/,
    );
    const missing = emu.run('requestMoreInformation', ['APP-000001', '  '], { user: COORDINATOR });
    expect(missing.error).toMatch(/Reason/);
    const asked = ok<{ stage: string }>(
      emu,
      'requestMoreInformation',
      ['APP-000001', 'Please confirm the human rights principle.'],
      COORDINATOR,
    );
    expect(asked.value!.stage).toBe('more info requested');
    const mail = outbox(emu).at(-1)!;
    expect(mail.subject).toContain('a little more information');
    expect(mail.body).toContain('Please confirm the human rights principle.');
    expect(applicationRows(emu)[0]!['Due by']).toBe('');
  });

  it('declining emails the reason, HTML-escaped, and is audited as a decline', () => {
    const { emu } = reviewOf(applicationAnswers('APP-000001'));
    ok(emu, 'declineApplication', ['APP-000001', 'Outside our <b>remit</b> for now.'], COORDINATOR);
    const mail = outbox(emu).at(-1)!;
    expect(mail.body).toContain('Outside our <b>remit</b> for now.');
    expect(mail.htmlBody).toContain('Outside our &lt;b&gt;remit&lt;/b&gt; for now.');
    expect(applicationRows(emu)[0]).toMatchObject({
      Stage: 'declined',
      'Decision reason': 'Outside our <b>remit</b> for now.',
    });
  });
});

describe("the enquiry's findings", () => {
  it('stay in Issues found when the application form arrives (the form adds its own, it never wipes them)', () => {
    const emu = intakeWorkbook();
    const enquiry = enquiryAnswers({ position: 'Adviser\nOffice of the Mayor' });
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiry });
    const before = String(applicationRows(emu)[0]!['Issues found']);
    expect(before).toMatch(/line breaks were replaced by spaces/);
    ok(emu, 'sendApplicationLink', ['APP-000001'], COORDINATOR);
    submitFormResponse(emu, {
      formId: formId(emu, 'application'),
      answers: applicationAnswers('APP-000001', { 'Contact 1: role': CATEGORY.practitioner }),
    });
    const row = applicationRows(emu)[0]!;
    expect(row['Stage']).toBe('application received');
    expect(String(row['Issues found'])).toContain(before);
  });
});
