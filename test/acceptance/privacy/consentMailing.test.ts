// Issue 13 step 3 through the shipped bundle: a newsletter-purpose mailing goes only to contacts whose lawful basis
// and newsletter consent allow it, the audience's removals say why; an erased address (a hash-only Suppressions
// row) is left out by its hash; another purpose is not held to the newsletter rule.

import crypto from 'node:crypto';
import { addressHash } from '../../../src/core/privacy/addressHash';
import { COMMS, draft, mailWorld, ok, sheet, tabRows } from '../mailmerge/world';

const sha = (t: string) => [...crypto.createHash('sha256').update(t, 'utf8').digest()];
type View = { count: number; excluded: { contactId: string; reason: string; detail: string }[] };

describe('mailings respect lawful basis and newsletter consent (issue 13 step 3)', () => {
  const { emu, ids } = mailWorld();
  const save = (tab: string, fields: Record<string, unknown>) =>
    ok<{ id: string }>(emu, 'saveRecord', [{ tab, fields }]).value!.id;
  const lyon = ids.lyon!;
  const add = (key: string, fields: Record<string, unknown>) => {
    ids[key] = save('Contacts', { orgId: lyon, category: 'practitioner', language: 'fr', ...fields });
  };
  add('consentGiven', {
    name: 'Given',
    email: 'given@lyon.example',
    lawfulBasis: 'consent',
    newsletterConsent: 'given',
    newsletterConsentOn: '2026-01-05',
  });
  add('consentNotAsked', { name: 'Not Asked', email: 'notasked@lyon.example', lawfulBasis: 'consent' });
  add('refused', {
    name: 'Refused',
    email: 'refused@lyon.example',
    lawfulBasis: 'legitimate interests',
    newsletterConsent: 'refused',
  });
  add('noBasis', { name: 'No Basis', email: 'nobasis@lyon.example' });
  add('erased', { name: 'Erased Again', email: 'erased@lyon.example', lawfulBasis: 'legitimate interests' });
  // A hash-only row, as erasure writes it (planted directly).
  const sup = sheet(emu, 'Suppressions');
  const headers = sup.getValues(1, 1, 1, sup.lastColumn())[0]!.map(String);
  const row = headers.map(() => '' as unknown);
  row[headers.indexOf('Suppression ID')] = 'SUP-000900';
  row[headers.indexOf('Reason')] = 'erased';
  row[headers.indexOf('Added on')] = new Date(2026, 0, 10);
  row[headers.indexOf('Address hash')] = addressHash('Erased@Lyon.example', sha);
  row[headers.indexOf('Version')] = 1;
  sup.setValuesRaw(sup.lastRow() + 1, 1, [row as never]);

  const audience = (over: Record<string, unknown> = {}) =>
    ok<View>(emu, 'previewAudience', [draft(over)], COMMS).value!;
  const why = (a: View, key: string) => a.excluded.find((x) => x.contactId === ids[key]);

  it('a newsletter leaves out contacts without consent or basis, saying why', () => {
    const a = audience();
    expect(why(a, 'consentGiven')).toBeUndefined();
    expect(why(a, 'claire')).toBeUndefined(); // legitimate interests, not asked
    expect(why(a, 'consentNotAsked')).toMatchObject({
      reason: 'no consent',
      detail: 'newsletter consent not given',
    });
    expect(why(a, 'refused')).toMatchObject({ reason: 'no consent', detail: 'newsletter consent refused' });
    expect(why(a, 'noBasis')).toMatchObject({ reason: 'no consent', detail: 'no lawful basis' });
  });

  it('an erased address is left out by its hash alone, for any purpose', () => {
    expect(why(audience(), 'erased')).toMatchObject({ reason: 'suppressed', detail: 'erased' });
    ok(emu, 'saveRecord', [
      {
        tab: 'Templates',
        fields: {
          name: 'Invitation',
          purpose: 'invitation',
          language: 'en',
          active: true,
          subject: 'Hi',
          body: 'Hi',
        },
      },
    ]);
    const invitation = audience({ templateName: 'Invitation' });
    expect(why(invitation, 'erased')).toMatchObject({ reason: 'suppressed', detail: 'erased' });
    // Not a newsletter: the consent rule does not apply.
    expect(why(invitation, 'consentNotAsked')).toBeUndefined();
    expect(why(invitation, 'noBasis')).toBeUndefined();
    expect(tabRows(emu, 'Suppressions').some((s) => s['Reason'] === 'erased')).toBe(true);
  });
});
