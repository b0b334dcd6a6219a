// Retention (issue 13 item 4) through the shipped bundle: the daily job lists what the Settings' periods make due
// in the "Retention due" tab and anonymises nothing; once a coordinator confirms, each item is anonymised as the
// erasure does (rows stay, the forms' stored responses go), records still needed are kept, and reruns do nothing.

import { advanceClock } from '../../../src/emulator/events';
import { COORDINATOR, ok, tabRows, VIEWER } from '../intake/harness';
import {
  AMINA,
  allText,
  KARIM,
  LINA,
  NADIA,
  OMAR,
  rawText,
  retentionWorld,
  rowCounts,
  SAMI,
  tabText,
} from './retentionWorld';

const TAB = 'Strong Cities CRM › Retention due';

describe('Retention: listed daily, anonymised once a coordinator confirms', () => {
  it('the daily job lists a declined application, an old raw response and an inactive contact, and changes nothing', () => {
    const { emu, ids } = retentionWorld();
    const before = allText(emu);
    const runs = advanceClock(emu, 26 * 60 * 60 * 1000).filter((r) => r.handler === 'runDailyJobs');
    expect(runs.map((r) => r.status)).toEqual(['ok']);
    expect((runs[0]!.value as { retention: unknown }).retention).toEqual({ due: 3, added: 3, waiting: 3 });
    const listed = tabRows(emu, 'Retention due');
    expect(listed.map((r) => [r['Kind'], r['Record'], r['Form'], r['Reason']])).toEqual([
      ['application', ids.declined, '', 'declined'],
      ['response', ids.open, 'enquiry', 'raw response kept past its period'],
      ['contact', ids.karim, '', 'inactive: left the role, no engagement since'],
    ]);
    // Its headers say what they hold in English and French (cell notes).
    const book = emu.backend.stores.spreadsheets.all().find((b) => b.name === 'Strong Cities CRM')!;
    const notes = book
      .sheetByName('Retention due')!
      .formats.note.getGrid({ row: 1, col: 1, numRows: 1, numCols: 9 });
    expect(String(notes[0]![7])).toMatch(
      /^Filled once a coordinator confirmed.*\nRempli après confirmation/s,
    );
    // The tab names records by id only; nothing was anonymised by the job.
    const tab = tabText(emu, 'Retention due');
    for (const p of [AMINA, OMAR, LINA, KARIM])
      expect([p.email, tab.includes(p.email)]).toEqual([p.email, false]);
    for (const s of [AMINA.email, OMAR.email, LINA.email, KARIM.email, NADIA.email])
      expect([s, allText(emu).includes(s)]).toEqual([s, before.includes(s)]);
    // Listing again adds nothing.
    expect(ok(emu, 'listRetentionDue', [], COORDINATOR).value).toEqual({ due: 3, added: 0, waiting: 3 });
  });

  it('asks the coordinator first, naming what will change; No changes nothing; a viewer is refused', () => {
    const { emu, ids } = retentionWorld();
    ok(emu, 'listRetentionDue', [], COORDINATOR);
    const before = allText(emu);
    const ui = emu.backend.stores.spreadsheets.bound.ui;
    ui.queueAnswer({ button: 'NO' });
    expect(ok(emu, 'anonymiseRetentionDue', [], COORDINATOR).value).toBeNull();
    const asked = ui.alerts.filter((a) => a.kind === 'alert').pop()!;
    expect(asked.prompt).toContain(`closed applications 1 (${ids.declined})`);
    expect(asked.prompt).toContain(`inactive contacts 1 (${ids.karim})`);
    expect(asked.prompt).toContain(`raw form responses 1 (${ids.open})`);
    expect(allText(emu)).toBe(before);
    expect(emu.run('anonymiseRetentionDue', [true], { user: VIEWER }).status).not.toBe('ok');
    expect(allText(emu)).toBe(before);
  });

  it('anonymises each item as erasure does, keeps what is still needed, and a rerun finds nothing more', () => {
    const { emu, ids } = retentionWorld();
    ok(emu, 'listRetentionDue', [], COORDINATOR);
    const counts = rowCounts(emu);
    const responsesBefore = [...emu.backend.stores.comms.forms.forms.values()].map((f) => f.responses.length);
    const report = ok(emu, 'anonymiseRetentionDue', [true], COORDINATOR).value;
    expect(report).toEqual({ done: 3, stale: 0, left: 0 });
    const all = allText(emu);
    // The declined application's people (never contacts) and the inactive contact leave no trace anywhere.
    for (const s of [
      AMINA.name,
      AMINA.email,
      AMINA.phone,
      OMAR.name,
      OMAR.email,
      KARIM.name,
      KARIM.email,
      KARIM.phone,
    ])
      expect([s, all.includes(s.toLowerCase())]).toEqual([s, false]);
    // Lina's raw enquiry row and stored response are anonymised; her open application keeps her details.
    const open = tabRows(emu, 'Applications').find((a) => a['Application ID'] === ids.open)!;
    expect(open['Submitter email']).toBe(LINA.email);
    expect(tabText(emu, 'Applications')).toContain(LINA.name.toLowerCase());
    expect(rawText(emu)).not.toContain(LINA.email);
    const stored = [...emu.backend.stores.comms.forms.forms.values()].map((f) => f.responses.length);
    // The enquiry, application and needs-survey forms: only the first two held this world's responses.
    expect(stored).toEqual([responsesBefore[0]! - 2, responsesBefore[1]! - 1, responsesBefore[2]]);
    // Nadia (engaged since) and Sami (still in his role) are kept.
    for (const s of [NADIA.email, SAMI.email]) expect([s, all.includes(s)]).toEqual([s, true]);
    // Rows stay (counts intact); only Audit and Suppressions (Karim's address hash) grow.
    const after = rowCounts(emu);
    for (const k of Object.keys(counts)) {
      if (k.endsWith('› Audit')) expect(after[k]).toBeGreaterThan(counts[k]!);
      else if (k.endsWith('› Suppressions')) expect([k, after[k]]).toEqual([k, counts[k]! + 1]);
      else expect([k, after[k]]).toEqual([k, counts[k]]);
    }
    expect(tabRows(emu, 'Retention due').map((r) => r['Outcome'])).toEqual([
      'anonymised',
      'anonymised',
      'anonymised',
    ]);
    // Audited by id and reason, without the erased data.
    const audit = tabRows(emu, 'Audit').filter((a) => /^Retention/.test(String(a['Summary'])));
    expect(audit.map((a) => a['Record ID'])).toEqual([ids.declined, ids.open, ids.karim]);
    // Nothing waits any more, and the next listing finds nothing new.
    expect(ok(emu, 'anonymiseRetentionDue', [true], COORDINATOR).value).toEqual({
      done: 0,
      stale: 0,
      left: 0,
    });
    expect(ok(emu, 'listRetentionDue', [], COORDINATOR).value).toMatchObject({ added: 0, waiting: 0 });
    expect(tab(emu)).toBe(counts[TAB]);
  });

  it('an item no longer due when confirmed (the contact is back in a role) is left as it is', () => {
    const { emu, ids } = retentionWorld();
    ok(emu, 'listRetentionDue', [], COORDINATOR);
    ok(emu, 'saveRecord', [{ tab: 'Contacts', id: ids.karim, version: 1, fields: { activeTo: '' } }]);
    expect(ok(emu, 'anonymiseRetentionDue', [true], COORDINATOR).value).toEqual({
      done: 2,
      stale: 1,
      left: 0,
    });
    expect(allText(emu)).toContain(KARIM.email);
    expect(tabRows(emu, 'Retention due').find((r) => r['Record'] === ids.karim)!['Outcome']).toBe(
      'no longer due',
    );
  });
});

function tab(emu: ReturnType<typeof retentionWorld>['emu']): number {
  return rowCounts(emu)[TAB]!;
}
