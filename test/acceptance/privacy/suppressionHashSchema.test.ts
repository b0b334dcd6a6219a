// Issue 13 step 1 through the shipped bundle: the privacy columns and settings. Set up or repair adds Contacts'
// lawful basis date/source and newsletter consent columns, Suppressions' Address hash and the privacy Settings
// keys to a workbook made before them (notes in the workbook's language); the opt-out page writes the hash.

import crypto from 'node:crypto';
import { SETTING_KEYS } from '../../../sheets-templates/settingsKeys';
import { addressHash, isAddressHash } from '../../../src/core/privacy/addressHash';
import { serveWebApp } from '../../../src/emulator/webApp';
import { COORDINATOR, tabRows as intakeRows, outbox as outboxOf, setSetting } from '../intake/harness';
import { JOURNEY_APP, workbookAt } from '../intake/journey';
import { optOutToken } from '../mailmerge/optOutSupport';
import { COMMS, draft, ok as mailOk, mailWorld, tabRows } from '../mailmerge/world';
import { headers, ok, setUpWorkbook, sheet, values } from '../workbook/harness';

const nodeSha256 = (text: string) => [...crypto.createHash('sha256').update(text, 'utf8').digest()];
const NEW_CONTACT_COLUMNS = [
  'Lawful basis date',
  'Lawful basis source',
  'Newsletter consent',
  'Newsletter consent date',
  'Newsletter consent source',
];
const PRIVACY_KEYS = [
  'Privacy notice link',
  'Keep declined or abandoned applications (months)',
  'Keep inactive contacts (months)',
  'Keep raw form responses (months)',
];

/** Removes a tab's columns by header, right to left, as if the workbook predated them. */
function dropColumns(emu: ReturnType<typeof setUpWorkbook>, tab: string, names: readonly string[]) {
  const hs = headers(emu, tab);
  const at = names.map((n) => hs.indexOf(n) + 1).sort((a, b) => b - a);
  expect(at.every((i) => i > 0)).toBe(true);
  for (const i of at) sheet(emu, tab).deleteColumns(i, 1);
}

describe('the privacy columns and settings (issue 13 step 1)', () => {
  it('the Address hash is SHA-256 hex of the trimmed, lower-cased address', () => {
    const h = addressHash('  Claire.Martin@Lyon.Example ', nodeSha256);
    expect(h).toBe(crypto.createHash('sha256').update('claire.martin@lyon.example').digest('hex'));
    expect(isAddressHash(h)).toBe(true);
    expect(addressHash('', nodeSha256)).toBe('');
    // Signed Java bytes (Apps Script's Byte[]) give the same hex.
    expect(addressHash('a@b.org', (t) => nodeSha256(t).map((b) => (b > 127 ? b - 256 : b)))).toBe(
      addressHash('a@b.org', nodeSha256),
    );
  });

  it('set up or repair adds the new columns and settings to an older workbook, in French for a French one', () => {
    const emu = setUpWorkbook();
    dropColumns(emu, 'Contacts', NEW_CONTACT_COLUMNS);
    dropColumns(emu, 'Suppressions', ['Address hash']);
    const settings = values(emu, 'Settings');
    const keep = settings.filter((r) => PRIVACY_KEYS.indexOf(String(r[0])) < 0);
    sheet(emu, 'Settings').setValuesRaw(1, 1, keep.concat(PRIVACY_KEYS.map(() => ['', '', ''])) as never);
    expect(headers(emu, 'Contacts')).not.toContain('Newsletter consent');
    setSetting(emu, 'Default language', 'fr');

    const r = ok<{ changes: string[] }>(emu, 'setupWorkbook');
    const contacts = headers(emu, 'Contacts');
    for (const h of NEW_CONTACT_COLUMNS) expect(contacts).toContain(h);
    expect(headers(emu, 'Suppressions')).toContain('Address hash');
    const keys = values(emu, 'Settings').map((row) => String(row[0]));
    for (const k of PRIVACY_KEYS) expect(keys).toContain(k);
    expect(r.value!.changes.join('\n')).toContain('Newsletter consent');
    // Each added header's note is French.
    const note = (tab: string, h: string) =>
      sheet(emu, tab).formats.note.get(1, headers(emu, tab).indexOf(h) + 1);
    expect(note('Contacts', 'Newsletter consent')).toMatch(/^Réponse à la question/);
    expect(note('Suppressions', 'Address hash')).toMatch(/^Renseigné par le module : SHA-256/);
    const settingRow = values(emu, 'Settings').find((row) => row[0] === 'Privacy notice link')!;
    expect(String(settingRow[2])).toMatch(/^Lien vers la politique de confidentialité/);
    // The defaults h13b's retention job reads.
    const defaults = SETTING_KEYS.filter((d) => PRIVACY_KEYS.indexOf(d.key) >= 0).map((d) => d.defaultValue);
    expect(defaults).toEqual([null, 24, 36, 12]);
    // A second run changes nothing.
    expect(ok<{ changes: string[] }>(emu, 'setupWorkbook').value!.changes.join('\n')).not.toContain(
      'Newsletter consent',
    );
  });

  it('the opt-out page writes the Address hash beside the address', () => {
    const { emu, ids } = mailWorld();
    mailOk(emu, 'checkMailingDraft', [draft()], COMMS);
    const t = optOutToken(emu, {
      email: 'claire@lyon.example',
      contactId: ids.claire!,
      mailingId: 'MLG-000901',
      language: 'fr',
    });
    serveWebApp(emu, { method: 'POST', queryString: '', body: `t=${t}&confirm=1` });
    const row = tabRows(emu, 'Suppressions').find((s) => s['Email'] === 'claire@lyon.example')!;
    expect(row['Address hash']).toBe(addressHash('claire@lyon.example', nodeSha256));
  });
});

describe('operational emails and Suppressions (issue 13 step 3)', () => {
  it('a "manual" row found by its Address hash alone holds back the application link; opted out does not', () => {
    const emu = workbookAt('enquiry received');
    const sup = sheet(emu, 'Suppressions');
    const h = headers(emu, 'Suppressions');
    const row: unknown[] = h.map(() => '');
    row[h.indexOf('Suppression ID')] = 'SUP-000555';
    row[h.indexOf('Reason')] = 'manual';
    row[h.indexOf('Added on')] = emu.backend.clock.date();
    row[h.indexOf('Address hash')] = addressHash('amina.haddad@irbid.example', nodeSha256);
    row[h.indexOf('Version')] = 1;
    sup.setValuesRaw(sup.lastRow() + 1, 1, [row as never]);
    const before = outboxOf(emu).length;
    emu.run('sendApplicationLink', [JOURNEY_APP], { user: COORDINATOR });
    expect(outboxOf(emu).length).toBe(before);
    const send = intakeRows(emu, 'Sends').find(
      (s) => s['Email'] === 'amina.haddad@irbid.example' && s['Status'] === 'skipped',
    );
    expect(String(send?.['Error'])).toContain('Suppressions (manual)');
    // The same row as an opt-out: the journey's emails still go (opting out stops mailings only).
    sup.setValuesRaw(sup.lastRow(), h.indexOf('Reason') + 1, [['opted out']]);
    ok(emu, 'sendApplicationLink', [JOURNEY_APP], COORDINATOR);
    expect(outboxOf(emu).length).toBe(before + 1);
  });
});
