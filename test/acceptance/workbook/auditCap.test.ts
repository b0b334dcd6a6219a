// Review finding 13, through dist/Code.js: an audit summary is capped like its values (a 60,000-character summary
// used to make every audit write, and so every later save, fail), and a journal whose rows fail to write in two
// write sessions is set aside, listed in Validate workbook, so saves go on.
// Sheets refuses a cell over 50,000 characters (the emulator's rule, src/emulator/services/spreadsheet/sheetModel.ts).
import { encodeJournal, journalKey } from '../../../src/core/audit/journalChunks';
import type { Emulator } from '../../../src/emulator';
import { BOUND_DOCUMENT_KEY } from '../../../src/emulator/services/script/install';
import { OWNER, ok, setUpWorkbook, values } from './harness';

function rows(emu: Emulator, tab: string): Record<string, unknown>[] {
  const v = values(emu, tab);
  const h = (v[0] ?? []).map(String);
  return v.slice(1).map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]])));
}

const cityVersion = (emu: Emulator) => Number(rows(emu, 'Cities')[0]!['Version']);

function saveNotes(emu: Emulator, notes: string) {
  return emu.run(
    'saveRecord',
    [{ tab: 'Cities', id: 'CTY-000001', version: cityVersion(emu), fields: { notes } }],
    {
      user: OWNER,
    },
  );
}

function withCity(): Emulator {
  const emu = setUpWorkbook();
  ok(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }]);
  ok(emu, 'saveRecord', [
    { tab: 'Cities', fields: { name: 'Amman', country: 'Jordan', hubId: 'HUB-000001', status: 'member' } },
  ]);
  return emu;
}

/** Leaves a journal as a stopped execution would, for a change of CTY-000001 at version 1 (which landed). */
function leaveJournal(
  emu: Emulator,
  over: { summary?: string; changes?: Record<string, [unknown, unknown]> },
) {
  const parts = encodeJournal([
    {
      action: 'update',
      tab: 'Cities',
      recordId: 'CTY-000001',
      changes: over.changes ?? {},
      summary: over.summary ?? 'Updated Amman',
      at: new Date(emu.backend.clock.now()).toISOString(),
      user: OWNER,
      version: 1,
    },
  ]);
  const props = emu.backend.stores.script.properties.forDocument(BOUND_DOCUMENT_KEY);
  parts.forEach((p, i) => {
    props.set(journalKey(i), p);
  });
}

describe('audit summaries', () => {
  // recordEnquiry.ts puts the enquirer's name in its summary; the form caps a name at 120 characters, but rows
  // swept from the responses tab or journaled by an older version are not held to it. A journaled row with a
  // 60,000-character summary used to fail every write session that recovered it.
  it('a summary over a cell’s 50,000 characters is capped, so the journal is written and saves go on', () => {
    const emu = withCity();
    leaveJournal(emu, { summary: `Enquiry received from ${'N'.repeat(60000)}` });
    const audit = rows(emu, 'Audit').length;
    const r = saveNotes(emu, 'after');
    expect([r.status, r.error]).toEqual(['ok', undefined]);
    const added = rows(emu, 'Audit').slice(audit);
    expect(added).toHaveLength(2);
    const summary = String(added[0]!['Summary']);
    expect(summary.length).toBeLessThanOrEqual(2000);
    expect(summary.startsWith('Enquiry received from NNN')).toBe(true);
    expect(summary.endsWith('…')).toBe(true);
    expect(saveNotes(emu, 'again').status).toBe('ok');
  });
});

describe('a journal that cannot be written', () => {
  it('is set aside after two failed sessions, listed in Validate, and saves go on', () => {
    const emu = withCity();
    // A journal left by an older version: its row's changes are more than an Audit cell holds.
    leaveJournal(emu, { changes: { notes: ['', 'x'.repeat(60000)] } });
    const audit = rows(emu, 'Audit').length;
    expect(saveNotes(emu, 'first').status).toBe('error');
    expect(saveNotes(emu, 'second').status).toBe('error');
    const third = saveNotes(emu, 'third');
    expect([third.status, third.error]).toEqual(['ok', undefined]);
    expect(rows(emu, 'Cities')[0]!['Notes']).toBe('third');
    expect(rows(emu, 'Audit').length).toBeGreaterThan(audit);
    expect(saveNotes(emu, 'fourth').status).toBe('ok');
    const report = ok<{ problems: { tab: string; message: string }[] }>(emu, 'checkWorkbook', []);
    expect(report.value!.problems).toContainEqual(
      expect.objectContaining({
        tab: 'Audit',
        message: expect.stringMatching(/set aside: update on Cities CTY-000001/),
      }),
    );
  });
});
