// Issue 16 erasure through the shipped bundle: "Erase a person" also moves the person's visa invitation letters to
// the bin and deletes their registration responses from the event's form; other people's letters stay. A letter
// another account made (Drive lets only its owner trash it) is named in the report, not silently left.

import type { Emulator } from '../../../src/emulator';
import { OWNER, ok } from '../intake/harness';
import { COORDINATOR, tabRows } from './eventHarness';
import { AMINA_ANSWERS, NADIA, travelWorld } from './travelWorld';

const letterOf = (emu: Emulator, participantId: string) => {
  const url = String(
    tabRows(emu, 'Participants').find((r) => r['Participant ID'] === participantId)!['Visa letter'],
  );
  return emu.backend.stores.drive.get(/\/d\/([-\w]+)/.exec(url)![1]!)!;
};

describe('erasing an event participant', () => {
  it('trashes their visa letter and deletes their stored registration response, and nobody else’s', () => {
    const { emu, aminaId, nadiaId, formId } = travelWorld();
    const form = emu.backend.stores.comms.forms.forms.get(formId)!;
    expect(form.responses).toHaveLength(1);
    expect(JSON.stringify(form.responses)).toContain(AMINA_ANSWERS.passportNumber);
    const report = ok<{ changed: Record<string, number> }>(
      emu,
      'erasePerson',
      ['amina@irbid.example', true],
      OWNER,
    ).value!;
    expect(report.changed['Google Drive › visa letters']).toBe(1);
    expect(report.changed['Google Forms › responses']).toBe(1);
    expect(letterOf(emu, aminaId).trashed).toBe(true);
    expect(letterOf(emu, nadiaId).trashed).toBe(false);
    expect(form.responses).toHaveLength(0);
    // A rerun finds nothing left to trash or delete.
    const again = ok<{ changed: Record<string, number> }>(
      emu,
      'erasePerson',
      ['amina@irbid.example', true],
      OWNER,
    ).value!;
    expect(again.changed['Google Drive › visa letters']).toBeUndefined();
    expect(again.changed['Google Forms › responses']).toBeUndefined();

    ok(emu, 'erasePerson', [NADIA.email, true], OWNER);
    expect(letterOf(emu, nadiaId).trashed).toBe(true);
  });

  it('names a letter it could not trash (made by a coordinator) in its report', () => {
    const { emu, nadiaId } = travelWorld(COORDINATOR);
    const report = ok<{ changed: Record<string, number>; lettersNotTrashed?: string[] }>(
      emu,
      'erasePerson',
      [NADIA.email, true],
      OWNER,
    ).value!;
    expect(letterOf(emu, nadiaId).trashed).toBe(false);
    expect(report.lettersNotTrashed).toEqual([
      String(tabRows(emu, 'Participants').find((r) => r['Participant ID'] === nadiaId)!['Visa letter']),
    ]);
    const audit = tabRows(emu, 'Audit').find((a) => /^Erasure by/.test(String(a['Summary'])))!;
    expect(String(audit['Summary'])).toContain('visa letters not trashed (owned by another account): 1');
  });
});
