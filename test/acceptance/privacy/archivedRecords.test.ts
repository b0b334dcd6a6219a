// Records that Archive history may move to a yearly archive besides history — Participants of past events and
// closed Applications, under the same tab definitions — are found, erased and listed by retention there too.

import { APPLICATIONS, PARTICIPANTS, type TabDef } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { COORDINATOR, OWNER, ok, tabRows } from '../intake/harness';
import { AMINA, OMAR, privacyWorld } from './privacyWorld';

const ZAID = { name: 'Zaid Mansour', email: 'zaid.mansour@mafraq.example', phone: '+962 2 623 1111' };

/** Adds a tab to the 2022 archive with the tab definition's headers and the records given. */
function plant(emu: Emulator, def: TabDef, records: Record<string, unknown>[]): void {
  const book = emu.backend.stores.spreadsheets.all().find((b) => b.name === 'SCN CRM archive 2022')!;
  const s = book.sheetByName(def.name) ?? book.insertSheet(def.name);
  const headers = def.columns.map((c) => c.header);
  s.setValuesRaw(1, 1, [headers]);
  const rows = records.map((r) => def.columns.map((c) => (r[c.key] ?? '') as never));
  s.setValuesRaw(2, 1, rows);
}

function archivedWorld() {
  const { emu, ids } = privacyWorld();
  const at = new Date(Date.UTC(2022, 2, 1));
  const people = (list: { name: string; email: string; phone?: string }[]) => JSON.stringify(list);
  plant(emu, APPLICATIONS, [
    {
      id: 'APP-000901',
      stage: 'declined',
      declinedAt: at,
      updatedAt: at,
      cityName: 'Irbid',
      country: 'Jordan',
      submitterName: AMINA.name,
      submitterEmail: AMINA.email,
      pointsOfContact: people([AMINA, OMAR]),
    },
    {
      id: 'APP-000902',
      stage: 'declined',
      declinedAt: at,
      updatedAt: at,
      cityName: 'Mafraq',
      country: 'Jordan',
      submitterName: ZAID.name,
      submitterEmail: ZAID.email,
      pointsOfContact: people([ZAID]),
    },
  ]);
  plant(emu, PARTICIPANTS, [
    {
      id: 'PAR-000901',
      eventId: 'EVT-000901',
      contactId: ids.amina,
      role: 'speaker',
      notes: `${AMINA.name} spoke`,
    },
  ]);
  return { emu, ids };
}

const archiveText = (emu: Emulator) => {
  const book = emu.backend.stores.spreadsheets.all().find((b) => b.name === 'SCN CRM archive 2022')!;
  return book.sheets.map((s) => JSON.stringify(s.getValues(1, 1, s.lastRow(), s.lastColumn()))).join('\n');
};

describe('archived Applications and Participants', () => {
  it('are erased with the person: her archived application and participation keep no trace of her', () => {
    const { emu } = archivedWorld();
    const preview = ok<{ sources: Record<string, number> }>(emu, 'exportPersonData', [AMINA.email]).value!;
    expect(preview.sources).toMatchObject({
      'SCN CRM archive 2022 › Applications': 1,
      'SCN CRM archive 2022 › Participants': 1,
    });
    ok(emu, 'erasePerson', [AMINA.email, true]);
    const text = archiveText(emu);
    for (const s of [AMINA.name, AMINA.email, AMINA.phone]) expect([s, text.includes(s)]).toEqual([s, false]);
    // Omar and Zaid, in the same archive, are untouched; the rows stay.
    for (const s of [OMAR.email, ZAID.name, ZAID.email]) expect([s, text.includes(s)]).toEqual([s, true]);
  });

  it('are listed by retention when closed long ago, and anonymised once confirmed, the row kept', () => {
    const { emu } = archivedWorld();
    // The daily job runs as its owner, who can open the archives (a coordinator's listing reads what they can).
    ok(emu, 'listRetentionDue', [], OWNER);
    const listed = tabRows(emu, 'Retention due').map((r) => [r['Kind'], r['Record'], r['Reason']]);
    expect(listed).toEqual(
      expect.arrayContaining([
        ['application', 'APP-000901', 'declined'],
        ['application', 'APP-000902', 'declined'],
      ]),
    );
    // A coordinator who cannot open the archive is refused, the archive named; an admin (its owner) does it.
    const refused = emu.run('anonymiseRetentionDue', [true], { user: COORDINATOR });
    expect([refused.status, String(refused.error)]).toEqual([
      'error',
      expect.stringMatching(/archives of 2022/),
    ]);
    ok(emu, 'anonymiseRetentionDue', [true], OWNER);
    const text = archiveText(emu);
    for (const s of [ZAID.name, ZAID.email, ZAID.phone]) expect([s, text.includes(s)]).toEqual([s, false]);
    expect(text).toContain('APP-000902');
    expect(tabRows(emu, 'Retention due').map((r) => r['Outcome'])).not.toContain('no longer held');
  });
});
