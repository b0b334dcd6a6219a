// The daily jobs' clearing of event travel data killed at every service call: the rerun clears each row once (one
// audit row each), leaves none of the cleared data anywhere, trashes both letters, deletes the stored response, and
// keeps every row and what M&E needs.

import type { Emulator } from '../../../src/emulator';
import { dailyTriggerEvent } from '../../support/reliability/intakeFixtures';
import { copied } from '../../support/reliability/workbookCopy';
import { tabRows } from './eventHarness';
import { everything, GONE, travelWorld } from './travelWorld';

const DAY = '2026-09-10T09:00:00Z';
const fixture = copied(() => {
  const w = travelWorld();
  w.emu.backend.clock.set(new Date(DAY).getTime());
  return w.emu;
});
const daily = (emu: Emulator, stopAtCall?: number) =>
  emu.run('runDailyJobs', [dailyTriggerEvent(emu)], {
    user: 'owner@strongcities.org',
    authMode: 'FULL',
    ...(stopAtCall ? { stopAtCall } : {}),
  });

/** What must come out the same whatever the stop: the Participants and Events rows' kept and cleared fields. */
function outcome(emu: Emulator) {
  const par = tabRows(emu, 'Participants').map((r) => ({
    id: r['Participant ID'],
    role: r['Role'],
    status: r['Status'],
    gender: r['Gender'],
    passport: r['Passport number'],
    from: r['Travelling from'],
    letter: r['Visa letter'],
    cleared: r['Travel data cleared'] instanceof Date,
  }));
  const events = tabRows(emu, 'Events').map((r) => [r['Event ID'], r['Travel data cleared'] instanceof Date]);
  const trashed = [...emu.backend.stores.documents.documents.keys()].map(
    (id) => emu.backend.stores.drive.get(id)!.trashed,
  );
  const stored = [...emu.backend.stores.comms.forms.forms.values()].map((f) => f.responses.length);
  const audited = tabRows(emu, 'Audit')
    .filter((a) => /Travel and visa data cleared/.test(String(a['Summary'])))
    .map((a) => a['Record ID'])
    .sort();
  return { par, events, trashed, stored, audited };
}

describe('clearing event travel data, killed at any call', () => {
  const clean = fixture();
  const probe = daily(clean);
  const n = probe.execution.calls;
  const expected = outcome(clean);

  it('the probe clears both rows (so the kill points cover real work)', () => {
    expect(probe.status).toBe('ok');
    expect((probe.value as { travelData: unknown }).travelData).toMatchObject({ events: 1, cleared: 2 });
    expect(expected.audited).toHaveLength(2);
    expect(expected.trashed.filter(Boolean)).toHaveLength(2);
    expect(n).toBeGreaterThan(30);
  });

  it('the rerun completes the clearing, once, whatever call the first run stopped at', () => {
    const violations: string[] = [];
    for (let k = 1; k <= n; k++) {
      const emu = fixture();
      const rows = tabRows(emu, 'Participants').length;
      const first = daily(emu, k);
      if (first.status !== 'killed') violations.push(`k=${k}: ran to ${first.status}`);
      const rerun = daily(emu);
      if (rerun.status !== 'ok') violations.push(`k=${k}: rerun ${rerun.status}: ${rerun.error}`);
      const got = outcome(emu);
      for (const key of Object.keys(expected) as (keyof typeof expected)[])
        if (JSON.stringify(got[key]) !== JSON.stringify(expected[key]))
          violations.push(`k=${k}: ${key} ${JSON.stringify(got[key])}`);
      if (tabRows(emu, 'Participants').length !== rows) violations.push(`k=${k}: participant rows changed`);
      const text = everything(emu);
      for (const s of GONE) if (text.includes(s.toLowerCase())) violations.push(`k=${k}: "${s}" left`);
    }
    expect(violations).toEqual([]);
  });
});
