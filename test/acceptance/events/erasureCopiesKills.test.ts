// Erasing an event participant killed at any call: the rerun completes it, their visa letter in the bin, their
// stored registration response deleted, their travel and visa data nowhere, the other participant's letter kept.

import type { Emulator } from '../../../src/emulator';
import { copied } from '../../support/reliability/workbookCopy';
import { OWNER } from '../intake/harness';
import { tabRows } from './eventHarness';
import { AMINA_ANSWERS, everything, travelWorld } from './travelWorld';

const fixture = copied(() => travelWorld().emu);
const ADDRESS = 'amina@irbid.example';
const GONE = [ADDRESS, 'Amina Haddad', AMINA_ANSWERS.passportNumber, AMINA_ANSWERS.travelFrom].map((s) =>
  s.toLowerCase(),
);

function letters(emu: Emulator): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const r of tabRows(emu, 'Participants')) {
    const id = /\/d\/([-\w]+)/.exec(String(r['Visa letter']))?.[1];
    if (id) out[String(r['Participant ID'])] = emu.backend.stores.drive.get(id)!.trashed;
  }
  return out;
}
const stored = (emu: Emulator) =>
  [...emu.backend.stores.comms.forms.forms.values()].map((f) => f.responses.length);

describe('erasing an event participant, killed at any call', () => {
  const clean = fixture();
  const probe = clean.run('erasePerson', [ADDRESS, true], { user: OWNER });
  const n = probe.execution.calls;
  const expected = { letters: letters(clean), stored: stored(clean) };

  it('the probe trashes one letter and deletes one stored response', () => {
    expect(probe.status).toBe('ok');
    expect(Object.values(expected.letters).sort()).toEqual([false, true]);
    expect(n).toBeGreaterThan(30);
  });

  it('the rerun completes it whatever call the first run stopped at', () => {
    const violations: string[] = [];
    for (let k = 1; k <= n; k++) {
      const emu = fixture();
      const first = emu.run('erasePerson', [ADDRESS, true], { user: OWNER, stopAtCall: k });
      if (first.status !== 'killed') violations.push(`k=${k}: ran to ${first.status}`);
      const rerun = emu.run('erasePerson', [ADDRESS, true], { user: OWNER });
      if (rerun.status !== 'ok') violations.push(`k=${k}: rerun ${rerun.status}: ${rerun.error}`);
      if (JSON.stringify(letters(emu)) !== JSON.stringify(expected.letters))
        violations.push(`k=${k}: letters ${JSON.stringify(letters(emu))}`);
      if (stored(emu).join() !== expected.stored.join()) violations.push(`k=${k}: stored ${stored(emu)}`);
      const text = everything(emu);
      for (const s of GONE) if (text.includes(s)) violations.push(`k=${k}: "${s}" left`);
    }
    expect(violations).toEqual([]);
  });
});
