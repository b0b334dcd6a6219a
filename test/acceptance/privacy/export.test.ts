// Subject-access export (issue 13 item 2) through the shipped bundle: every planted item of a person, from the
// workbook, its raw form responses and its archives, and nothing of anyone else; admin-only and audited.

import type { Emulator } from '../../../src/emulator';
import { COORDINATOR, tabRows } from '../intake/harness';
import { AMINA, OMAR, ok, privacyWorld } from './privacyWorld';

interface ExportReport {
  items: number;
  sources: Record<string, number>;
  fileId: string;
  name: string;
}

function exportLines(emu: Emulator, fileId: string): string[][] {
  const book = emu.backend.stores.spreadsheets.all().find((m) => m.id === fileId)!;
  const s = book.sheets[0]!;
  return s.getValues(1, 1, s.lastRow(), s.lastColumn()).map((r) => r.map(String));
}

describe('Privacy › Export a person’s data', () => {
  const { emu, ids } = privacyWorld();
  const report = ok<ExportReport>(emu, 'exportPersonData', [' Amina.Haddad@IRBID.example ']).value!;
  const lines = exportLines(emu, report.fileId);
  const text = lines.map((l) => l.join(' | ')).join('\n');
  const items = lines.slice(2);
  const has = (tab: string, field: string, value: string, where?: RegExp) =>
    items.some((l) => l[1] === tab && l[3] === field && l[4] === value && (!where || where.test(l[0]!)));

  it('holds every planted item, each saying where it came from', () => {
    expect(has('Contacts', 'Contact ID', ids.amina!)).toBe(true);
    expect(has('Contacts', 'Phone', AMINA.phone)).toBe(true);
    expect(has('Contacts', 'Notes', `Met ${AMINA.name} in Amman.`)).toBe(true);
    expect(has('Applications', 'Application ID', ids.application!)).toBe(true);
    expect(has('Engagements', 'Engagement ID', ids.engagement!, /workbook/i)).toBe(true);
    expect(has('Participants', 'Participant ID', ids.participant!)).toBe(true);
    expect(has('Participants', 'Notes', 'Vegetarian')).toBe(true);
    expect(has('Suppressions', 'Suppression ID', ids.suppression!)).toBe(true);
    expect(has('Sends', 'Send ID', 'SND-000901', /workbook/i)).toBe(true);
    // Archived by Archive history: read from the 2022 archive.
    expect(has('Sends', 'Send ID', 'SND-000903', /SCN CRM archive 2022/)).toBe(true);
    expect(has('Engagements', 'Engagement ID', 'ENG-000901', /SCN CRM archive 2022/)).toBe(true);
    expect(has('Participants', 'Participant ID', ids.oldParticipant!, /SCN CRM archive 2022/)).toBe(true);
    // Raw form responses: the enquiry and the application form's tab.
    const raw = items.filter((l) => /^Form Responses/.test(l[1]!));
    expect(new Set(raw.map((l) => l[1])).size).toBe(2);
    expect(raw.some((l) => l[4] === AMINA.email)).toBe(true);
    // The audit rows of her contact record.
    const auditIds = tabRows(emu, 'Audit')
      .filter((r) => r['Record ID'] === ids.amina && r['Action'] !== 'export')
      .map((r) => String(r['Audit ID']));
    expect(auditIds.length).toBeGreaterThan(0);
    for (const id of auditIds) expect(has('Audit', 'Audit ID', id)).toBe(true);
    expect(report.items).toBe(items.length);
    expect(Object.keys(report.sources)).toEqual(
      expect.arrayContaining(['SCN CRM archive 2022 › Sends', 'SCN CRM archive 2022 › Engagements']),
    );
  });

  it('holds nothing of anyone else, not even from the rows she shares', () => {
    for (const s of [
      OMAR.name,
      OMAR.email,
      OMAR.phone,
      ids.omar!,
      ids.omarOnly!,
      ids.omarParticipant!,
      ids.omarOldParticipant!,
    ])
      expect([s, text.includes(s)]).toEqual([s, false]);
    for (const s of ['SND-000902', 'SND-000904', 'ENG-000902'])
      expect([s, text.includes(s)]).toEqual([s, false]);
  });

  it('keeps text such as a formula as text in the file', () => {
    expect(lines[0]![0]).toContain(AMINA.email);
    expect(has('Contacts', 'Title', '=1+1 adviser')).toBe(true);
    const book = emu.backend.stores.spreadsheets.all().find((m) => m.id === report.fileId)!;
    expect(book.name).toBe(report.name);
    expect(report.name).not.toContain(AMINA.email);
  });

  it('is for admins only, and every use is audited without the address', () => {
    const r = emu.run('exportPersonData', [AMINA.email], { user: COORDINATOR });
    expect(r.status).not.toBe('ok');
    const audit = tabRows(emu, 'Audit').filter((a) => a['Action'] === 'export');
    expect(audit).toHaveLength(1);
    expect(audit[0]!['Record ID']).toBe(ids.amina);
    expect(String(audit[0]!['Summary'])).toMatch(/sha256 [0-9a-f]{64}/);
    expect(JSON.stringify(audit[0])).not.toContain(AMINA.email);
    expect(JSON.stringify(audit[0])).not.toContain(AMINA.name);
  });

  it('asks for the address from the menu, and a cancelled prompt does nothing', () => {
    emu.backend.stores.spreadsheets.bound.ui.queueAnswer({ button: 'CANCEL' });
    expect(ok(emu, 'exportPersonData').value).toBeNull();
    emu.backend.stores.spreadsheets.bound.ui.queueAnswer({ button: 'OK', text: 'nobody@nowhere.example' });
    const none = ok<ExportReport>(emu, 'exportPersonData').value!;
    expect(none.items).toBe(0);
  });
});
