// Issue 4 "Done when", through the shipped bundle: forms from setup, enquiry → link → application → review → member with welcome.
// Each test builds its own workbook (workbookAt), so `npx jest test/acceptance/intake.test.ts -t '<name>'` runs any one alone.

import { APPLICATION_FORM } from '../../sheets-templates/forms';
import { submitFormResponse } from '../../src/emulator/services/comms/submit';
import { menuEntryPoints } from '../../src/server/menu/menuDefinition';
import {
  applicationAnswers,
  applicationRows,
  COORDINATOR,
  documentProperty,
  enquiryAnswers,
  formId,
  HUB_LINK,
  intakeWorkbook,
  ok,
  outbox,
  STRANGER,
  TOR_LINK,
  tabRows,
  VIEWER,
} from './intake/harness';
import { invitedReference, JOURNEY_APP, workbookAt } from './intake/journey';

describe('forms created by setup', () => {
  it('creates the enquiry and application forms, linked to the workbook, with their own response tabs', () => {
    const emu = intakeWorkbook();
    const forms = emu.backend.stores.comms.forms;
    const enquiry = forms.get(formId(emu, 'enquiry'))!;
    const application = forms.get(formId(emu, 'application'))!;
    expect(enquiry.title).toContain('membership enquiry');
    expect(application.title).toContain('membership application');
    for (const f of [enquiry, application]) {
      expect(f.destination?.id).toBe(emu.backend.stores.spreadsheets.boundId);
      expect(emu.backend.stores.spreadsheets.bound.sheetByName(f.destination!.sheetName)).toBeTruthy();
    }
    expect(enquiry.destination!.sheetName).not.toBe(application.destination!.sheetName);
  });

  it("uses FormApp's own validation (email, required, lengths) and a country list", () => {
    const emu = intakeWorkbook();
    const forms = emu.backend.stores.comms.forms;
    const enquiry = forms.get(formId(emu, 'enquiry'))!;
    const item = (title: string) => enquiry.items.find((i) => i.title === title)!;
    expect(item('Your email address').required).toBe(true);
    expect(JSON.stringify(item('Your email address').validation)).toMatch(/mail/i);
    expect(item('Your name').validation).toBeTruthy();
    expect(item('Country').type).toBe('LIST');
    expect(item('Country').choices).toEqual(expect.arrayContaining(['Jordan', 'France', 'Kenya']));
    const application = forms.get(formId(emu, 'application'))!;
    const principles = application.items.filter((i) => i.title.startsWith('Principle:'));
    expect(principles).toHaveLength(7);
    expect(principles.every((p) => p.required)).toBe(true);
  });

  it('installs the form-submit triggers and the daily job once; setup again creates no second form', () => {
    const emu = intakeWorkbook();
    const forms = emu.backend.stores.comms.forms;
    const triggers = emu.backend.stores.script.triggers.triggers.map((t) => `${t.handler}:${t.eventType}`);
    expect(triggers.sort()).toEqual(
      [
        'onApplicationSubmit:ON_FORM_SUBMIT',
        'onEnquirySubmit:ON_FORM_SUBMIT',
        'onGridEdit:ON_EDIT',
        'onNeedsSurveySubmit:ON_FORM_SUBMIT',
        'runArchiveHistory:CLOCK',
        'runDailyJobs:CLOCK',
        'runWeeklySnapshot:CLOCK',
      ].sort(),
    );
    const before = forms.forms.size;
    ok(emu, 'setupWorkbook');
    expect(forms.forms.size).toBe(before);
    expect(emu.backend.stores.script.triggers.triggers).toHaveLength(7);
  });

  it('offers Applications › Review applications, Process unprocessed responses now, Send daily digest now', () => {
    const emu = intakeWorkbook();
    expect(menuEntryPoints()).toEqual(
      expect.arrayContaining(['showReviewApplications', 'processUnprocessedResponses', 'sendDailyDigestNow']),
    );
    ok(emu, 'showReviewApplications', [], COORDINATOR);
    expect(ok(emu, 'processUnprocessedResponses', [], COORDINATOR).value).toMatchObject({ failed: [] });
    expect(ok(emu, 'sendDailyDigestNow', [], COORDINATOR).value).toMatchObject({ dueToday: 0, overdue: 0 });
  });
});

describe('a valid enquiry and application, end to end to an approved member', () => {
  const id = JOURNEY_APP;

  it('records the enquiry at its stage with a due date and acknowledges it', () => {
    const emu = workbookAt('set up');
    const r = submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
    expect(r.triggers.map((t) => t.status)).toEqual(['ok']);
    const [row] = applicationRows(emu);
    expect(String(row!['Application ID'])).toBe(id);
    expect(row).toMatchObject({
      Stage: 'enquiry received',
      City: 'Irbid',
      Country: 'Jordan',
      'Preferred language': 'en',
    });
    expect(row!['Enquiry received at']).toBeInstanceOf(Date);
    expect(row!['Due by']).toBeInstanceOf(Date);
    expect(row!['Enquiry response ID']).toBe(r.response.id);
    const [ack] = outbox(emu);
    expect(ack!.to).toEqual(['amina.haddad@irbid.example']);
    expect(ack!.subject).toBe('Your enquiry about joining the Strong Cities Network');
    expect(ack!.body).toContain('Dear Amina Haddad');
    expect(ack!.body).toContain('on behalf of Irbid');
  });

  it('sends the application form link pre-filled with the application id, in one click', () => {
    const emu = workbookAt('enquiry received');
    const r = ok<{ stage: string }>(emu, 'sendApplicationLink', [id], COORDINATOR);
    expect(r.value!.stage).toBe('application form sent');
    const invitation = outbox(emu)[1]!;
    const itemId = documentProperty(emu, 'scn.form.application.referenceItem');
    expect(invitation.body).toMatch(new RegExp(`viewform\\?usp=pp_url&entry\\.${itemId}=${id}`));
    expect(applicationRows(emu)[0]!['Due by']).toBe(''); // waiting on the applicant
  });

  it('records the application form on the same row, acknowledges it, and the review shows no blocking finding', () => {
    const emu = workbookAt('application form sent');
    const reference = invitedReference(emu);
    submitFormResponse(emu, { formId: formId(emu, 'application'), answers: applicationAnswers(reference) });
    const rows = applicationRows(emu);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Stage: 'application received',
      'Principles accepted': expect.stringContaining('funding transparency'),
    });
    expect(JSON.parse(String(rows[0]!['Points of contact']))).toHaveLength(2);
    expect(outbox(emu)[2]!.subject).toContain(id);
    const review = ok<{
      stage: string;
      findings: { severity: string }[];
      answers: [string, string][];
      actions: { approve: boolean };
    }>(emu, 'getApplicationReview', [id], COORDINATOR).value!;
    expect(review.stage).toBe('under review');
    expect(review.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(review.answers.map(([h]) => h)).toEqual(
      expect.arrayContaining(['Background', 'Principles accepted']),
    );
    expect(review.actions.approve).toBe(true);
  });

  it('approves: the city becomes a member with its contacts and needs; each contact gets the welcome with both links', () => {
    const emu = workbookAt('under review');
    const r = ok<{ stage: string; emails: { status: string }[] }>(
      emu,
      'approveApplication',
      [id],
      COORDINATOR,
    ).value!;
    expect(r.stage).toBe('approved');
    expect(r.emails.map((e) => e.status)).toEqual(['sent', 'sent']);
    const [city] = tabRows(emu, 'Cities');
    expect(city).toMatchObject({
      Name: 'Irbid',
      Country: 'Jordan',
      'Membership status': 'member',
      Population: 502714,
    });
    expect(city!['Joined on']).toBeInstanceOf(Date);
    const contacts = tabRows(emu, 'Contacts');
    expect(contacts.map((c) => [c['Email'], c['Category'], c['City or partner ID']])).toEqual([
      ['amina.haddad@irbid.example', "mayor's office", city!['City ID']],
      ['omar.khalil@irbid.example', 'practitioner', city!['City ID']],
    ]);
    expect(tabRows(emu, 'Needs').map((n) => n['Topic'])).toEqual(['youth engagement', 'social cohesion']);
    const welcome = outbox(emu).filter((m) => m.subject.startsWith('Welcome'));
    expect(welcome.map((m) => m.to[0])).toEqual(['amina.haddad@irbid.example', 'omar.khalil@irbid.example']);
    for (const m of welcome) {
      expect(m.subject).toBe('Welcome to the Strong Cities Network, Irbid');
      expect(m.body).toContain(TOR_LINK);
      expect(m.body).toContain(HUB_LINK);
      expect(m.htmlBody).toContain(TOR_LINK);
    }
    expect(applicationRows(emu)[0]).toMatchObject({ Stage: 'approved', 'City ID': city!['City ID'] });
  });

  it('audits each stage change with who made it', () => {
    const emu = workbookAt('approved');
    const audit = tabRows(emu, 'Audit').filter((a) => a['Record ID'] === id);
    const summaries = audit.map((a) => String(a['Summary']));
    expect(summaries).toEqual(
      expect.arrayContaining([
        expect.stringContaining('enquiry received → application form sent'),
        expect.stringContaining('application received → under review'),
        expect.stringContaining('under review → approved'),
      ]),
    );
    const approval = audit.find((a) => String(a['Summary']).includes('→ approved'))!;
    expect(approval).toMatchObject({ Action: 'approve', User: COORDINATOR });
  });

  it('approving again changes nothing and sends no second welcome', () => {
    const emu = workbookAt('approved');
    const before = outbox(emu).length;
    const r = ok<{ emails: { status: string }[] }>(emu, 'approveApplication', [id], COORDINATOR).value!;
    expect(r.emails.map((e) => e.status)).toEqual(['already sent', 'already sent']);
    expect(outbox(emu)).toHaveLength(before);
    expect(tabRows(emu, 'Cities')).toHaveLength(1);
  });

  it('lists applications for review with the approved one among them', () => {
    const emu = workbookAt('approved');
    const list = ok<{ applications: { id: string; stage: string }[] }>(
      emu,
      'listApplications',
      [],
      COORDINATOR,
    ).value!;
    expect(list.applications).toEqual([expect.objectContaining({ id, stage: 'approved' })]);
  });
});

describe('who may review', () => {
  it.each([
    ['a viewer', VIEWER],
    ['an unknown user', STRANGER],
  ])('%s cannot list, review, send links, approve or decline', (_who, user) => {
    const emu = workbookAt('enquiry received');
    for (const [fn, args] of [
      ['listApplications', []],
      ['getApplicationReview', ['APP-000001']],
      ['sendApplicationLink', ['APP-000001']],
      ['approveApplication', ['APP-000001']],
      ['declineApplication', ['APP-000001', 'No.']],
      ['processUnprocessedResponses', []],
    ] as [string, unknown[]][]) {
      const r = emu.run(fn, args, { user });
      expect(r.status).toBe('error');
      expect(r.error).toMatch(/Staff tab|does not allow/);
    }
    expect(applicationRows(emu)[0]!['Stage']).toBe('enquiry received');
  });

  it('the application form has exactly one pre-filled question, the reference', () => {
    const prefilled = APPLICATION_FORM.sections.flatMap((s) => s.questions).filter((q) => q.prefilled);
    expect(prefilled.map((q) => q.key)).toEqual(['applicationId']);
  });
});
