// De-duplication through the bundle (same city and country → linked, flagged, one City) and the decision emails
// (welcome, decline, more information) in Arabic right to left, with English when the language has no template.

import { APPLICATION_FORM, languageLabel, questionsOf } from '../../../sheets-templates/forms';
import type { Emulator } from '../../../src/emulator';
import { fireEdit } from '../../../src/emulator/events';
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
  setSetting,
  tabRows,
  values,
} from './harness';

const title = (key: string) => questionsOf(APPLICATION_FORM).find((q) => q.key === key)!.title;

/** Sends the application link for `id` and submits its application form with the given city and contacts' emails. */
function completeApplication(emu: Emulator, id: string, city: string, emails: [string, string]): void {
  ok(emu, 'sendApplicationLink', [id], COORDINATOR);
  const answers = applicationAnswers(id, {
    [title('city')]: city,
    [title('contact1Email')]: emails[0],
    [title('contact2Email')]: emails[1],
  });
  submitFormResponse(emu, { formId: formId(emu, 'application'), answers });
}

describe('de-duplication: the same city and country twice', () => {
  const emu = intakeWorkbook();

  it('links the second enquiry (other case and accents) as "Duplicate of" the first and flags it', () => {
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
    submitFormResponse(emu, {
      formId: formId(emu, 'enquiry'),
      answers: enquiryAnswers({ name: 'Omar Khalil', email: 'omar.khalil@irbid.example', city: '  IRBÍD ' }),
    });
    const [first, second] = applicationRows(emu);
    expect(first).toMatchObject({ 'Application ID': 'APP-000001', 'Duplicate of': '' });
    expect(second).toMatchObject({ 'Application ID': 'APP-000002', 'Duplicate of': 'APP-000001' });
    expect(String(second!['Issues found'])).toMatch(/\[warning\].*earlier application.*APP-000001/);
    const review = ok<{ findings: { severity: string; en: string }[] }>(
      emu,
      'getApplicationReview',
      ['APP-000002'],
      COORDINATOR,
    ).value!;
    expect(review.findings).toContainEqual(
      expect.objectContaining({ severity: 'warning', en: expect.stringContaining('APP-000001') }),
    );
  });

  it('approving one leaves exactly one City; approving the other then updates it, never a second City', () => {
    completeApplication(emu, 'APP-000001', 'Irbid', [
      'amina.haddad@irbid.example',
      'omar.khalil@irbid.example',
    ]);
    ok(emu, 'approveApplication', ['APP-000001'], COORDINATOR);
    expect(tabRows(emu, 'Cities').map((c) => [c['Name'], c['Country'], c['Membership status']])).toEqual([
      ['Irbid', 'Jordan', 'member'],
    ]);
    completeApplication(emu, 'APP-000002', 'irbid', [
      'amina.haddad@irbid.example',
      'lina.saleh@irbid.example',
    ]);
    ok(emu, 'approveApplication', ['APP-000002'], COORDINATOR);
    const cities = tabRows(emu, 'Cities');
    expect(cities).toHaveLength(1);
    expect(applicationRows(emu).map((a) => a['City ID'])).toEqual([
      cities[0]!['City ID'],
      cities[0]!['City ID'],
    ]);
    // The shared contact is updated, not added twice.
    expect(tabRows(emu, 'Contacts').map((c) => c['Email'])).toEqual([
      'amina.haddad@irbid.example',
      'omar.khalil@irbid.example',
      'lina.saleh@irbid.example',
    ]);
  });
});

/** An Arabic rendering: rtl and lang="ar" in HTML, and every plain-text line opened by a right-to-left mark. */
function expectArabic(mail: { htmlBody: string | null; body: string }): void {
  expect(mail.htmlBody).toMatch(/dir="rtl"/);
  expect(mail.htmlBody).toMatch(/lang="ar"/);
  const lines = mail.body.split('\n').filter((l) => l.trim() !== '');
  expect(lines.every((l) => l.startsWith('\u200F'))).toBe(true);
}

describe('decision emails in Arabic, right to left', () => {
  const arabicApplication = () => {
    const emu = intakeWorkbook();
    submitFormResponse(emu, {
      formId: formId(emu, 'enquiry'),
      answers: enquiryAnswers({ language: languageLabel('ar') }),
    });
    completeApplication(emu, 'APP-000001', 'Irbid', [
      'amina.haddad@irbid.example',
      'omar.khalil@irbid.example',
    ]);
    return emu;
  };

  it('the welcome', () => {
    const emu = arabicApplication();
    ok(emu, 'approveApplication', ['APP-000001'], COORDINATOR);
    const welcome = outbox(emu).filter((m) => m.subject === 'مرحبًا بـIrbid في شبكة المدن القوية');
    expect(welcome.map((m) => m.to[0])).toEqual(['amina.haddad@irbid.example', 'omar.khalil@irbid.example']);
    for (const m of welcome) expectArabic(m);
  });

  it('the decline, with the reason', () => {
    const emu = arabicApplication();
    ok(emu, 'declineApplication', ['APP-000001', 'Irbid is outside our current pilot.'], COORDINATOR);
    const mail = outbox(emu).at(-1)!;
    expect(mail.subject).toBe('طلب انضمامكم إلى شبكة المدن القوية');
    expect(mail.body).toContain('Irbid is outside our current pilot.');
    expectArabic(mail);
  });

  it('the request for more information, with the reason', () => {
    const emu = arabicApplication();
    ok(emu, 'requestMoreInformation', ['APP-000001', 'Please add a policy contact.'], COORDINATOR);
    const mail = outbox(emu).at(-1)!;
    expect(mail.subject).toBe('طلب انضمامكم إلى شبكة المدن القوية (APP-000001): معلومات إضافية');
    expect(mail.body).toContain('Please add a policy contact.');
    expectArabic(mail);
  });
});

describe('English when the language has no template', () => {
  it('the decline to an applicant whose language (Portuguese) has no template is in English', () => {
    const emu = intakeWorkbook();
    setSetting(emu, 'Languages', 'en, fr, ar, es, pt');
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
    const header = values(emu, 'Applications')[0]!.map(String);
    const edits = fireEdit(emu, {
      user: COORDINATOR,
      sheetName: 'Applications',
      row: 2,
      col: header.indexOf('Preferred language') + 1,
      values: [['pt']],
    });
    expect(edits.every((r) => r.status === 'ok')).toBe(true);
    ok(emu, 'declineApplication', ['APP-000001', 'Not this year.'], COORDINATOR);
    const mail = outbox(emu).at(-1)!;
    expect(mail.subject).toBe('Your application to the Strong Cities Network');
    expect(mail.htmlBody).toMatch(/lang="en"/);
    expect(mail.htmlBody).not.toMatch(/dir="rtl"/);
    expect(mail.body).toContain('Not this year.');
  });
});
