// Issue 13 step 4 through the shipped bundle: after an erasure (its Suppressions row planted directly, Email empty,
// only the Address hash), a later form submission by that address is recorded as a new person and is not mailed a
// newsletter until that person consents again; consenting again in the form lifts the block.

import crypto from 'node:crypto';
import { addressHash } from '../../../src/core/privacy/addressHash';
import type { Emulator } from '../../../src/emulator';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import {
  applicationAnswers,
  COORDINATOR,
  enquiryAnswers,
  formId,
  ok,
  sheet,
  tabRows,
} from '../intake/harness';
import { JOURNEY_APP, workbookAt } from '../intake/journey';

const AMINA = 'amina.haddad@irbid.example';
const sha = (t: string) => [...crypto.createHash('sha256').update(t, 'utf8').digest()];
type View = { excluded: { contactId: string; reason: string; detail: string }[]; count: number };

/** What erasure leaves (h13b writes it; planted here): the contact anonymised, a hash-only Suppressions row. */
function erase(emu: Emulator, email: string): void {
  const contacts = sheet(emu, 'Contacts');
  const head = contacts.getValues(1, 1, 1, contacts.lastColumn())[0]!.map(String);
  const rows = contacts.getValues(1, 1, contacts.lastRow(), contacts.lastColumn());
  const at = rows.findIndex((r) => r[head.indexOf('Email')] === email);
  contacts.setValuesRaw(at + 1, head.indexOf('Name') + 1, [['Erased person']]);
  contacts.setValuesRaw(at + 1, head.indexOf('Email') + 1, [['']]);
  const sup = sheet(emu, 'Suppressions');
  const h = sup.getValues(1, 1, 1, sup.lastColumn())[0]!.map(String);
  const row: unknown[] = h.map(() => '');
  row[h.indexOf('Suppression ID')] = 'SUP-000777';
  row[h.indexOf('Reason')] = 'erased';
  row[h.indexOf('Added on')] = emu.backend.clock.date();
  row[h.indexOf('Address hash')] = addressHash(email, sha);
  row[h.indexOf('Version')] = 1;
  sup.setValuesRaw(sup.lastRow() + 1, 1, [row as never]);
}

/** The same person writes in again: enquiry, form link, application, approval of the new application. */
function resubmit(emu: Emulator, newsletter: string | null): string {
  emu.backend.clock.advance(24 * 3600 * 1000);
  const over = newsletter ? { newsletter } : {};
  submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers(over) });
  const app = tabRows(emu, 'Applications').filter(
    (a) => a['Submitter email'] === AMINA && a['Application ID'] !== JOURNEY_APP,
  )[0]!;
  const id = String(app['Application ID']);
  ok(emu, 'sendApplicationLink', [id], COORDINATOR);
  submitFormResponse(emu, { formId: formId(emu, 'application'), answers: applicationAnswers(id) });
  ok(emu, 'approveApplication', [id], COORDINATOR);
  return id;
}

function newsletterAudience(emu: Emulator): View {
  ok(emu, 'saveRecord', [
    {
      tab: 'Templates',
      fields: {
        name: 'News',
        purpose: 'newsletter',
        language: 'en',
        active: true,
        subject: 'News',
        body: 'News',
      },
    },
  ]);
  return ok<View>(
    emu,
    'previewAudience',
    [{ name: 'News run', templateName: 'News', audience: {}, attachments: [] }],
    COORDINATOR,
  ).value!;
}

describe('a form submission after erasure (issue 13 step 4)', () => {
  it('is recorded as a new person, and no newsletter goes to them while they have not consented again', () => {
    const emu = workbookAt('approved');
    const before = tabRows(emu, 'Contacts').find((c) => c['Email'] === AMINA)!;
    erase(emu, AMINA);
    const app = resubmit(emu, null);
    const now = tabRows(emu, 'Contacts').filter((c) => c['Email'] === AMINA);
    expect(now).toHaveLength(1);
    expect(now[0]!['Contact ID']).not.toBe(before['Contact ID']); // a new person, not the erased row
    expect(now[0]).toMatchObject({
      Name: 'Amina Haddad',
      'Lawful basis source': `Membership forms (${app})`,
    });
    const a = newsletterAudience(emu);
    expect(a.excluded.find((x) => x.contactId === now[0]!['Contact ID'])).toMatchObject({
      reason: 'suppressed',
      detail: 'erased',
    });
  });

  it('consenting again in the form lifts the block', () => {
    const emu = workbookAt('approved');
    erase(emu, AMINA);
    resubmit(emu, 'Yes, send me the newsletter.');
    const amina = tabRows(emu, 'Contacts').find((c) => c['Email'] === AMINA)!;
    expect(amina['Newsletter consent']).toBe('given');
    const a = newsletterAudience(emu);
    expect(a.excluded.find((x) => x.contactId === amina['Contact ID'])).toBeUndefined();
    // The colleague nominated again is still on legitimate interests: unaffected by the erasure.
    expect(a.excluded.filter((x) => x.reason === 'suppressed')).toEqual([]);
  });
});
