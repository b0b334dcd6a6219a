// Erasure (issue 13 item 3) through the shipped bundle: the planted name, email and phone leave no trace in any tab,
// raw response tab, archive or property; rows (and so counts) stay; the other person is untouched; admin-only,
// confirmed first and audited without the erased data.

import { createHash } from 'node:crypto';
import type { Emulator } from '../../../src/emulator';
import { COORDINATOR, OWNER, tabRows } from '../intake/harness';
import { AMINA, OMAR, ok, privacyWorld } from './privacyWorld';

const PLANTED = [AMINA.name, AMINA.email, AMINA.phone];

/**
 * Every cell and note of every tab of every spreadsheet, every form's stored responses, every property and every
 * cache entry, as one lower-cased text.
 */
function everything(emu: Emulator): string {
  const parts: string[] = [];
  for (const book of emu.backend.stores.spreadsheets.all())
    for (const s of book.sheets) {
      if (s.lastRow() === 0) continue;
      const rect = [1, 1, s.lastRow(), s.lastColumn()] as const;
      parts.push(JSON.stringify(s.getValues(...rect)));
      const grid = { row: 1, col: 1, numRows: s.lastRow(), numCols: s.lastColumn() };
      parts.push(JSON.stringify(s.formats.note.getGrid(grid)));
    }
  // The forms' own stored responses (Google Forms keeps every response besides the destination tab).
  for (const form of emu.backend.stores.comms.forms.forms.values())
    parts.push(JSON.stringify(form.responses));
  for (const cache of emu.backend.stores.script.cache.caches.values()) parts.push(JSON.stringify([...cache]));
  const props = emu.backend.stores.script.properties;
  parts.push(JSON.stringify([...props.script]));
  for (const m of props.document.values()) parts.push(JSON.stringify([...m]));
  return parts.join('\n').toLowerCase();
}

function rowCounts(emu: Emulator): Record<string, number> {
  const out: Record<string, number> = {};
  for (const book of emu.backend.stores.spreadsheets.all())
    for (const s of book.sheets) out[`${book.name} › ${s.name}`] = s.lastRow();
  return out;
}

describe('Privacy › Erase a person', () => {
  it('leaves no trace of the name, email and phone anywhere, keeps every row, and leaves others as they were', () => {
    const { emu, ids } = privacyWorld();
    // A cell note someone left on her contact row names her too (the CRM never reads notes; a person may write one).
    const contacts = emu.backend.stores.spreadsheets
      .all()
      .find((b) => b.name === 'Strong Cities CRM')!
      .sheets.find((s) => s.name === 'Contacts')!;
    const at = contacts.getValues(1, 1, contacts.lastRow(), 1).findIndex((r) => r[0] === ids.amina) + 1;
    contacts.formats.note.set({ row: at, col: 3, numRows: 1, numCols: 1 }, `Call ${AMINA.phone} first`);
    for (const s of PLANTED) expect([s, everything(emu).includes(s.toLowerCase())]).toEqual([s, true]);
    const before = rowCounts(emu);
    const report = ok<{ changed: Record<string, number> }>(emu, 'erasePerson', [AMINA.email, true]).value!;
    const all = everything(emu);
    for (const s of PLANTED) expect([s, all.includes(s.toLowerCase())]).toEqual([s, false]);
    for (const s of [OMAR.name, OMAR.email, OMAR.phone])
      expect([s, all.includes(s.toLowerCase())]).toEqual([s, true]);
    const audit = 'Strong Cities CRM › Audit';
    const sup = 'Strong Cities CRM › Suppressions';
    // + the erasure's own audit rows (the erasure, the hash's Suppressions row) and that row.
    expect(rowCounts(emu)).toEqual({ ...before, [audit]: before[audit]! + 2, [sup]: before[sup]! + 1 });
    expect(Object.keys(report.changed)).toEqual(
      expect.arrayContaining(['CRM › Contacts', 'CRM › Applications', 'SCN CRM archive 2022 › Sends']),
    );
    // Her enquiry and her application (the world's only responses) are gone from the forms' own stores
    // (the enquiry, application and needs-survey forms, in that order; the survey holds none).
    expect(report.changed['Google Forms › responses']).toBe(2);
    const stored = [...emu.backend.stores.comms.forms.forms.values()].map((f) => f.responses.length);
    expect(stored).toEqual([0, 0, 0]);
    // The contact row stays, anonymised; its id and the other rows referring to it are kept.
    const contact = tabRows(emu, 'Contacts').find((c) => c['Contact ID'] === ids.amina)!;
    expect(contact['Name']).toBe('[erased]');
    expect(contact['Email']).toBe('');
    const erase = tabRows(emu, 'Audit').filter((a) => a['Action'] === 'erase');
    expect(erase).toHaveLength(1);
    expect(erase[0]!['Record ID']).toBe(ids.amina);
    expect(String(erase[0]!['Summary'])).toMatch(/sha256 [0-9a-f]{64}/);
    // The address is kept only as its hash, in one Suppressions row (reason erased).
    const hash = createHash('sha256').update(AMINA.email).digest('hex');
    const kept = tabRows(emu, 'Suppressions').filter((r) => r['Address hash'] === hash);
    expect(kept.filter((r) => r['Reason'] === 'erased')).toEqual([
      expect.objectContaining({ Email: '', Reason: 'erased' }),
    ]);
    // A second run finds nothing more to change.
    const again = ok<{ changed: Record<string, number> }>(emu, 'erasePerson', [AMINA.email, true]).value!;
    expect(again.changed).toEqual({});
    expect(tabRows(emu, 'Suppressions').filter((r) => r['Reason'] === 'erased')).toHaveLength(1);
  });

  it('asks first, naming what will change; No changes nothing; coordinators are refused', () => {
    const { emu } = privacyWorld();
    const before = everything(emu);
    const ui = emu.backend.stores.spreadsheets.bound.ui;
    ui.queueAnswer({ button: 'OK', text: AMINA.email });
    ui.queueAnswer({ button: 'NO' });
    expect(ok(emu, 'erasePerson').value).toBeNull();
    const asked = ui.alerts.filter((a) => a.kind === 'alert').pop()!;
    expect(asked.prompt).toMatch(/Contacts: 1/);
    expect(asked.prompt).toMatch(/SCN CRM archive 2022 › Sends: 1/);
    expect(everything(emu).replace(/"?\d{4}-\d\d-\d\dt[\d:.]+z"?/g, '')).toBe(
      before.replace(/"?\d{4}-\d\d-\d\dt[\d:.]+z"?/g, ''),
    );
    expect(asked.prompt).toContain('CRM workbook › Contacts: 1');
    expect(asked.prompt).toContain('Google Forms › stored responses: 2');
    const r = emu.run('erasePerson', [AMINA.email, true], { user: COORDINATOR });
    expect(r.status).not.toBe('ok');
    expect(everything(emu).includes(AMINA.email)).toBe(true);
  });

  it('names what will change in the admin’s language (French)', () => {
    const { emu } = privacyWorld();
    emu.backend.stores.script.properties.forUser(OWNER).set('scn.uiLanguage', 'fr');
    const ui = emu.backend.stores.spreadsheets.bound.ui;
    ui.queueAnswer({ button: 'NO' });
    expect(ok(emu, 'erasePerson', [AMINA.email]).value).toBeNull();
    const asked = ui.alerts.filter((a) => a.kind === 'alert').pop()!;
    expect(asked.prompt).toMatch(/^Effacer amina\.haddad@irbid\.example \?/);
    expect(asked.prompt).toContain('Classeur du CRM › Contacts: 1');
    expect(asked.prompt).toContain('Google Forms › réponses conservées par les formulaires: 2');
  });

  it('leaves no fragment of her address where the Audit cut a long value (500 characters) in the middle of it', () => {
    const { emu, ids } = privacyWorld();
    const notes = `${'Background on the youth centres. '.repeat(14)}Reach her at ${AMINA.email}`;
    ok(emu, 'saveRecord', [{ tab: 'Contacts', id: ids.amina, version: 1, fields: { notes } }]);
    const cut = tabRows(emu, 'Audit')
      .map((a) => String(a['Changes']))
      .find((c) => c.includes('Reach her at'))!;
    const fragment = /Reach her at ([^…]*)…/.exec(cut)![1]!;
    expect(fragment.length).toBeGreaterThanOrEqual(3);
    expect(AMINA.email.startsWith(fragment)).toBe(true);
    expect(fragment).not.toBe(AMINA.email);
    ok(emu, 'erasePerson', [AMINA.email, true]);
    expect(everything(emu)).not.toContain(`${fragment.toLowerCase()}…`);
    expect(everything(emu)).toContain('reach her at [erased]…');
  });
});
