// Due dates in working days (weekends and Settings holidays excluded), overdue items and the digest; text kept as
// typed; emails in the applicant's language with English as the fallback; Arabic right to left.

import { languageLabel } from '../../../sheets-templates/forms';
import { restoreText } from '../../../src/core/schema/text';
import { advanceClock, fireEdit } from '../../../src/emulator/events';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import {
  applicationRows,
  COORDINATOR,
  enquiryAnswers,
  formId,
  intakeWorkbook,
  ok,
  outbox,
  setSetting,
  sheet,
  values,
} from './harness';

const DAY = 24 * 60 * 60 * 1000;
const dueDay = (row: Record<string, unknown>) => (row['Due by'] as Date).toISOString().slice(0, 10); // London = UTC in January

function enquiryAt(start: Date, holidays = '') {
  const emu = intakeWorkbook({ start });
  if (holidays) setSetting(emu, 'Holidays', holidays);
  submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
  return emu;
}

describe('working-day due dates (SLA 3 working days from Settings)', () => {
  it('Friday → the next Wednesday (the weekend does not count)', () => {
    const emu = enquiryAt(new Date('2026-01-09T10:00:00Z'));
    expect(dueDay(applicationRows(emu)[0]!)).toBe('2026-01-14');
  });

  it('Saturday → Wednesday: counting starts on the next working day', () => {
    const emu = enquiryAt(new Date('2026-01-10T10:00:00Z'));
    expect(dueDay(applicationRows(emu)[0]!)).toBe('2026-01-14');
  });

  it('a holiday in Settings moves it one more working day', () => {
    const emu = enquiryAt(new Date('2026-01-09T10:00:00Z'), '2026-01-12');
    expect(dueDay(applicationRows(emu)[0]!)).toBe('2026-01-15');
  });

  it('SLA days come from Settings', () => {
    const emu = intakeWorkbook({ start: new Date('2026-01-05T10:00:00Z') });
    setSetting(emu, 'SLA working days', '2');
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
    expect(dueDay(applicationRows(emu)[0]!)).toBe('2026-01-07');
  });

  it('once the due day has passed the item is overdue: highlighted, listed as such, and in the digest', () => {
    const emu = enquiryAt(new Date('2026-01-09T10:00:00Z'));
    const rules = sheet(emu, 'Applications').conditionalRules.map((r) => JSON.stringify(r.condition.values));
    expect(rules.some((f) => f.includes('TODAY()') && f.includes('enquiry received'))).toBe(true);
    advanceClock(emu, 6 * DAY); // Thursday 15th 10:00, past the due Wednesday; the daily job ran each morning at 7
    const list = ok<{ applications: { overdue: boolean }[] }>(emu, 'listApplications', [], COORDINATOR)
      .value!;
    expect(list.applications[0]!.overdue).toBe(true);
    const digest = outbox(emu).filter((m) => m.subject.startsWith('Strong Cities CRM'));
    expect(digest.at(-1)!.to).toEqual([COORDINATOR]);
    expect(digest.at(-1)!.subject).toContain('1 overdue');
    expect(digest.at(-1)!.body).toContain('APP-000001 – Irbid, Jordan – enquiry received – due 14/01/2026'); // the digest shows dates in the one dd/MM/yyyy format (issue 10 item 8)
    const dueToday = digest.find((m) => m.subject.includes('1 due today'))!;
    expect(dueToday.body).toContain('APP-000001');
    const counts = ok<{ overdueNow: number }>(emu, 'getServiceTargets', [], COORDINATOR).value!;
    expect(counts.overdueNow).toBe(1);
  });

  it('counts answers within target for the Dashboard', () => {
    const emu = enquiryAt(new Date('2026-01-09T10:00:00Z'));
    ok(emu, 'sendApplicationLink', ['APP-000001'], COORDINATOR); // same day: within target
    const counts = ok<Record<string, number>>(emu, 'getServiceTargets', [], COORDINATOR).value!;
    expect(counts).toMatchObject({ enquiriesAnswered: 1, enquiriesWithinTarget: 1, overdueNow: 0 });
  });
});

describe('text that looks like a formula', () => {
  it('starting with =, +, - or @ is stored as text, never evaluated', () => {
    const emu = intakeWorkbook();
    const typed = {
      name: '=HYPERLINK("https://evil.example","Amina")',
      position: '+44 adviser',
      city: '-Irbid',
      message: '@mayor please call =1+1',
    };
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers(typed) });
    const row = applicationRows(emu)[0]!;
    // The store marks such text with a leading apostrophe (src/core/schema/text.ts neutraliseText) and reads it back without.
    const cells = [row['Submitter name'], row['Submitter position'], row['City'], row['Enquiry message']];
    expect(cells.map((c) => restoreText(String(c)))).toEqual([
      typed.name,
      typed.position,
      typed.city,
      typed.message,
    ]);
    const review = ok<{ answers: [string, string][] }>(
      emu,
      'getApplicationReview',
      ['APP-000001'],
      COORDINATOR,
    ).value!;
    expect(Object.fromEntries(review.answers)).toMatchObject({
      'Submitter name': typed.name,
      'Submitter position': typed.position,
      City: typed.city,
      'Enquiry message': typed.message,
    });
    const s = sheet(emu, 'Applications');
    expect(s.getFormulas(2, 1, 1, s.lastColumn())[0]!.filter((f) => f !== '')).toEqual([]);
    expect(outbox(emu)[0]!.body).toContain(`Dear ${typed.name}`);
  });
});

describe("emails in the applicant's language", () => {
  const ack = (language: string) => {
    const emu = intakeWorkbook();
    submitFormResponse(emu, {
      formId: formId(emu, 'enquiry'),
      answers: enquiryAnswers({ language: languageLabel(language) }),
    });
    return { emu, mail: outbox(emu)[0]! };
  };

  it('French', () => {
    const { mail } = ack('fr');
    expect(mail.subject).toBe('Votre demande d’adhésion au Strong Cities Network');
    expect(mail.body).toContain('Bonjour Amina Haddad');
  });

  it('Spanish', () => {
    expect(ack('es').mail.body).toContain('Estimado/a Amina Haddad');
  });

  it('Arabic, right to left', () => {
    const { mail } = ack('ar');
    expect(mail.subject).toBe('استفساركم بشأن الانضمام إلى شبكة المدن القوية');
    expect(mail.htmlBody).toMatch(/dir="rtl"/);
    expect(mail.htmlBody).toMatch(/lang="ar"/);
    const lines = mail.body.split('\n').filter((l) => l.trim() !== '');
    expect(lines.every((l) => l.startsWith('\u200F'))).toBe(true);
  });

  it('English when there is no template in their language', () => {
    const emu = intakeWorkbook();
    setSetting(emu, 'Languages', 'en, fr, ar, es, pt');
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
    // The coordinator changes the preferred language in the sheet (Applications are not saved through sidebars).
    const header = values(emu, 'Applications')[0]!.map(String);
    const edits = fireEdit(emu, {
      user: COORDINATOR,
      sheetName: 'Applications',
      row: 2,
      col: header.indexOf('Preferred language') + 1,
      values: [['pt']],
    });
    expect(edits.every((r) => r.status === 'ok')).toBe(true);
    ok(emu, 'sendApplicationLink', ['APP-000001'], COORDINATOR);
    const invitation = outbox(emu).at(-1)!;
    expect(invitation.subject).toBe('Strong Cities Network: your application form (APP-000001)');
    expect(invitation.htmlBody).toMatch(/lang="en"/);
  });
});
