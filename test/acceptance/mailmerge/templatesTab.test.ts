// Issue 12 item 1: the Templates tab is the source of the intake emails; setup seeds it once; a bad row falls back, flagged.

import { EMAIL_TEMPLATES } from '../../../sheets-templates/emails';
import type { Emulator } from '../../../src/emulator';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import {
  applicationRows,
  enquiryAnswers,
  formId,
  intakeWorkbook,
  ok,
  outbox,
  sheet,
  tabRows,
  values,
} from '../intake/harness';

/** Writes one cell of the Templates row of `key` in `language`, as a person typing in the grid. */
function editTemplate(emu: Emulator, key: string, language: string, header: string, value: unknown): void {
  const rows = values(emu, 'Templates');
  const head = rows[0]!.map(String);
  const i = rows.findIndex(
    (r) => r[head.indexOf('Built-in email')] === key && r[head.indexOf('Language')] === language,
  );
  if (i < 0) throw new Error(`no Templates row for ${key} ${language}`);
  sheet(emu, 'Templates').setValuesRaw(i + 1, head.indexOf(header) + 1, [[value as string | boolean]]);
}

function enquire(emu: Emulator, language = 'en'): void {
  const answers = enquiryAnswers(language === 'en' ? {} : { language: languageName(language) });
  const r = submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers });
  if (r.triggers.some((t) => t.status !== 'ok')) throw new Error('the enquiry trigger failed');
}

function languageName(code: string): string {
  // Lazy import keeps the harness's own import list short.
  const { languageLabel } =
    require('../../../sheets-templates/forms') as typeof import('../../../sheets-templates/forms');
  return languageLabel(code);
}

describe('Templates tab: the source of every email (issue 12 item 1)', () => {
  it('setup writes each built-in email once per language, and running it again adds nothing', () => {
    const emu = intakeWorkbook();
    const rows = tabRows(emu, 'Templates');
    const expected = Object.values(EMAIL_TEMPLATES).reduce((n, t) => n + Object.keys(t.variants).length, 0);
    expect(rows).toHaveLength(expected);
    const welcomeFr = rows.find((r) => r['Built-in email'] === 'welcome' && r['Language'] === 'fr')!;
    expect(welcomeFr['Body']).toBe(EMAIL_TEMPLATES.welcome.variants.fr!.body);
    expect(welcomeFr['Active']).toBe(true);
    const report = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(report.value!.changes.filter((c: string) => c.startsWith('Templates'))).toEqual([]);
    expect(tabRows(emu, 'Templates')).toHaveLength(expected);
  });

  it('an acknowledgement edited in the Templates tab is what the applicant receives', () => {
    const emu = intakeWorkbook();
    editTemplate(emu, 'enquiryAcknowledgement', 'en', 'Subject', 'Thanks from the SCN team, {{Name}} 🌍');
    editTemplate(
      emu,
      'enquiryAcknowledgement',
      'en',
      'Body',
      'Hello {{Name}},\n\nWe will call {{City}} back this week.\n\n{{SenderName}}',
    );
    enquire(emu);
    const mail = outbox(emu).slice(-1)[0]!;
    expect(mail.subject).toBe('Thanks from the SCN team, Amina Haddad 🌍');
    expect(mail.body).toContain('We will call Irbid back this week.');
    expect(mail.body).not.toContain('2–3 working days');
    expect(mail.htmlBody).toContain('We will call Irbid back this week.');
    expect(String(applicationRows(emu)[0]!['Issues found'] ?? '')).not.toMatch(/built-in text/);
  });

  it('an HTML body written in the tab is sent as HTML, field values escaped inside it', () => {
    const emu = intakeWorkbook();
    editTemplate(
      emu,
      'enquiryAcknowledgement',
      'en',
      'HTML body',
      '<h2>Welcome, {{Name}}</h2><p>{{City}}</p>',
    );
    const answers = enquiryAnswers({ name: 'Amina <b>Haddad</b>' });
    submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers });
    const mail = outbox(emu).slice(-1)[0]!;
    expect(mail.htmlBody).toContain('<h2>Welcome, Amina &lt;b&gt;Haddad&lt;/b&gt;</h2>');
    expect(mail.htmlBody).toContain('<html lang="en" dir="ltr">');
  });

  it('a row with an unknown token is not used: the built-in text goes, and the application and the Sends row say why', () => {
    const emu = intakeWorkbook();
    editTemplate(emu, 'enquiryAcknowledgement', 'en', 'Body', 'Hello {{Nmae}}, thanks.');
    enquire(emu);
    const mail = outbox(emu).slice(-1)[0]!;
    expect(mail.body).toContain('A member of our team will reply within 2–3 working days');
    const issues = String(applicationRows(emu)[0]!['Issues found']);
    expect(issues).toMatch(
      /used the built-in text: Template "Enquiry acknowledgement" \(en\): unknown token \{\{Nmae\}\}/,
    );
    const send = tabRows(emu, 'Sends').slice(-1)[0]!;
    expect(send['Status']).toBe('sent');
    expect(String(send['Error'])).toMatch(/^Sent with the built-in text\. .*\{\{Nmae\}\}/);
  });

  it('a variant unticked or deleted falls back to the built-in text of that language, flagged', () => {
    const emu = intakeWorkbook();
    editTemplate(emu, 'enquiryAcknowledgement', 'fr', 'Active', false);
    enquire(emu, 'fr');
    const mail = outbox(emu).slice(-1)[0]!;
    expect(mail.subject).toBe(EMAIL_TEMPLATES.enquiryAcknowledgement.variants.fr!.subject);
    expect(String(applicationRows(emu)[0]!['Issues found'])).toMatch(
      /\(fr\): its row TPL-\d+ is not ticked Active/,
    );
  });

  it('an old Templates tab (no Built-in email or HTML body columns) is migrated by setup, its rows kept', () => {
    const emu = new (
      require('../../../src/emulator').Emulator as typeof import('../../../src/emulator').Emulator
    )();
    const book = emu.backend.stores.spreadsheets.bound;
    const old = book.insertSheet('Templates');
    const head = ['Template ID', 'Name', 'Purpose', 'Language', 'Subject', 'Body', 'Active', 'Notes'];
    old.setValuesRaw(1, 1, [
      head,
      ['TPL-000001', 'Newsletter', 'newsletter', 'en', 'News', 'Hi {{Name}}', true, ''],
    ]);
    ok(emu, 'setupWorkbook');
    const rows = tabRows(emu, 'Templates');
    expect(rows[0]!['Name']).toBe('Newsletter');
    expect(rows[0]!['Body']).toBe('Hi {{Name}}');
    expect(rows.filter((r) => r['Built-in email'] === 'welcome').length).toBe(4);
    expect(values(emu, 'Templates')[0]).toEqual(expect.arrayContaining(['Built-in email', 'HTML body']));
  });
});
