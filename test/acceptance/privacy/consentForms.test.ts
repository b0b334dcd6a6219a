// Issue 13 step 2 through the shipped bundle: the intake forms carry the privacy notice link (Settings) and a
// newsletter question; the answer is kept on the application and, on approval, the submitter's contact records
// lawful basis, consent, date and source (the colleagues they nominate: legitimate interests, not asked).

import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import { enquiryAnswers, formId, ok, setSetting, tabRows } from '../intake/harness';
import { JOURNEY_APP, workbookAt } from '../intake/journey';

const NOTICE = 'https://strongcities.example/privacy';

describe('the forms record lawful basis and newsletter consent (issue 13 step 2)', () => {
  it('setup puts the privacy notice link in both forms’ descriptions once it is set, keeping the rest', () => {
    const emu = workbookAt('set up');
    const description = (kind: 'enquiry' | 'application') =>
      emu.backend.stores.comms.forms.get(formId(emu, kind))!.description;
    expect(description('enquiry')).not.toContain('Privacy notice');
    setSetting(emu, 'Privacy notice link', NOTICE);
    const r = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    expect(r.value!.changes.join('\n')).toContain('privacy notice');
    for (const kind of ['enquiry', 'application'] as const) {
      expect(description(kind).endsWith(`\n\nPrivacy notice: ${NOTICE}`)).toBe(true);
    }
    expect(description('enquiry')).toContain('Thank you for your interest');
    // Run again: nothing to change; a new link replaces the old line.
    expect(ok<{ changes: string[] }>(emu, 'setupWorkbook').value!.changes.join('\n')).not.toContain(
      'privacy notice',
    );
    setSetting(emu, 'Privacy notice link', `${NOTICE}/v2`);
    ok(emu, 'setupWorkbook');
    expect(description('enquiry').match(/Privacy notice:/g)).toHaveLength(1);
    expect(description('enquiry').endsWith(`${NOTICE}/v2`)).toBe(true);
  });

  it('the newsletter answer goes on the application, then on the submitter’s contact at approval', () => {
    const emu = workbookAt('set up');
    const r = submitFormResponse(emu, {
      formId: formId(emu, 'enquiry'),
      answers: enquiryAnswers({ newsletter: 'Yes, send me the newsletter.' }),
    });
    expect(r.triggers.every((t) => t.status === 'ok')).toBe(true);
    const app = tabRows(emu, 'Applications').find((a) => a['Application ID'] === JOURNEY_APP)!;
    expect(app['Newsletter consent']).toBe('given');
    expect(app['Newsletter consent date']).toBeInstanceOf(Date);
    expect(enquiryAnswers()).not.toHaveProperty('Newsletter');
  });

  it('approval records basis, consent, date and source on each contact', () => {
    const emu = workbookAt('approved');
    const contacts = tabRows(emu, 'Contacts');
    const amina = contacts.find((c) => c['Email'] === 'amina.haddad@irbid.example')!;
    const omar = contacts.find((c) => c['Email'] === 'omar.khalil@irbid.example')!;
    expect(amina).toMatchObject({
      'Lawful basis': 'consent',
      'Lawful basis source': `Membership forms (${JOURNEY_APP})`,
      'Newsletter consent': 'not asked', // the journey's enquiry skips the question
    });
    expect(amina['Lawful basis date']).toBeInstanceOf(Date);
    expect(omar).toMatchObject({
      'Lawful basis': 'legitimate interests',
      'Lawful basis source': `Nominated in ${JOURNEY_APP}`,
      'Newsletter consent': 'not asked',
    });
  });
});
