// Erasure killed at any service call: the rerun completes it, leaving no trace of the person and every row in place.
//
// Every k under SOAK_SEEDS; otherwise the first and last 10 calls plus an even spread in between (as the other kill
// sweeps do). After the stop, the admin runs it again.

import type { Emulator } from '../../../src/emulator';
import { copied } from '../../support/reliability/workbookCopy';
import { OWNER } from '../intake/harness';
import { AMINA, privacyWorld } from './privacyWorld';

const fixture = copied(() => privacyWorld().emu);
const soak = Number(process.env.SOAK_SEEDS) > 0;
const PLANTED = [AMINA.name, AMINA.email, AMINA.phone].map((s) => s.toLowerCase());

function sampled(n: number): number[] {
  if (soak || n <= 40) return Array.from({ length: n }, (_, i) => i + 1);
  const ks = new Set<number>();
  for (let k = 1; k <= 10; k++) ks.add(k);
  for (let k = n - 9; k <= n; k++) ks.add(k);
  for (let i = 1; i <= 20; i++) ks.add(10 + Math.round((i * (n - 20)) / 21));
  return [...ks].sort((a, b) => a - b);
}

function cells(emu: Emulator): { text: string; rows: Record<string, number> } {
  const parts: string[] = [];
  const rows: Record<string, number> = {};
  for (const book of emu.backend.stores.spreadsheets.all())
    for (const s of book.sheets) {
      rows[`${book.name} › ${s.name}`] = s.lastRow();
      if (s.lastRow() > 0) parts.push(JSON.stringify(s.getValues(1, 1, s.lastRow(), s.lastColumn())));
    }
  for (const form of emu.backend.stores.comms.forms.forms.values())
    parts.push(JSON.stringify(form.responses));
  return { text: parts.join('\n').toLowerCase(), rows };
}

describe('Erase a person killed at any call', () => {
  const clean = fixture();
  const probe = clean.run('erasePerson', [AMINA.email, true], { user: OWNER });
  const n = probe.execution.calls;
  const after = cells(clean).rows;

  it('the probe erases (so the kill points cover real work)', () => {
    expect(probe.status).toBe('ok');
    expect(n).toBeGreaterThan(30);
  });

  it('the rerun completes the erasure whatever call the first run stopped at', () => {
    const violations: string[] = [];
    for (const k of sampled(n)) {
      const emu = fixture();
      const first = emu.run('erasePerson', [AMINA.email, true], { user: OWNER, stopAtCall: k });
      if (first.status !== 'killed') violations.push(`k=${k}: ran to ${first.status}`);
      const rerun = emu.run('erasePerson', [AMINA.email, true], { user: OWNER });
      if (rerun.status !== 'ok') violations.push(`k=${k}: rerun ${rerun.status}: ${rerun.error}`);
      const now = cells(emu);
      for (const s of PLANTED) if (now.text.includes(s)) violations.push(`k=${k}: "${s}" left`);
      for (const tab of Object.keys(after)) {
        // Audit may hold more rows (each run audits its erasure); the rest, Suppressions' hash row included, match.
        const d = (now.rows[tab] ?? 0) - after[tab]!;
        if (tab.endsWith('› Audit') ? d < 0 || d > 2 : d !== 0) violations.push(`k=${k}: ${tab} rows ${d}`);
      }
    }
    expect(violations).toEqual([]);
  });
});
