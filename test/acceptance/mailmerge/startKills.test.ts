// Issue 12 item 7, the start: startMailing stopped before its k-th service call (k swept: the edges and a sample in
// npm test, every k under npm run test:soak), the user clicks Start again (same request); after the follow-up
// sending runs there is one Mailings row, one Sends row per recipient and exactly one message each, nothing lost.

import type { Emulator } from '../../../src/emulator';
import { announceKillPoints, killPoints } from '../../support/reliability/killAnywhere';
import { copyEmulator } from '../../support/reliability/workbookCopy';
import { messagesPerRecipient, recipientsWorld, runMinutes, sendingTriggers, sendsOf } from './sendingWorld';
import { COMMS, ok, outbox, tabRows } from './world';

const RECIPIENTS = 40;
const DRAFT = { name: 'Start sweep', templateName: 'Quarterly', audience: {} };
/** The sidebar's id of this Start click (reused when the same click is retried). */
const REQUEST = 'StartSweepRequest0001';

function startRun(emu: Emulator, k?: number, request: string | null = REQUEST, saved: unknown = null) {
  return emu.run<{ mailingId: string }>('startMailing', [DRAFT, null, request, saved], {
    user: COMMS,
    ...(k ? { stopAtCall: k } : {}),
  });
}

/** Every way the outcome can be wrong after the retry and the follow-up runs; [] when it is right. */
function violations(emu: Emulator): string[] {
  const out: string[] = [];
  const mailings = tabRows(emu, 'Mailings').filter((m) => m['Name'] === DRAFT.name);
  if (mailings.length !== 1) out.push(`${mailings.length} Mailings rows`);
  const per = messagesPerRecipient(emu);
  for (const [to, n] of per) if (n > 1) out.push(`${to} got ${n} messages`);
  if (outbox(emu).length !== RECIPIENTS) out.push(`${outbox(emu).length} messages for ${RECIPIENTS}`);
  for (const m of mailings) {
    const rows = sendsOf(emu, String(m['Mailing ID']));
    const contacts = new Set(rows.map((r) => r['Contact']));
    if (rows.length !== RECIPIENTS || contacts.size !== RECIPIENTS)
      out.push(`${m['Mailing ID']}: ${rows.length} Sends rows for ${contacts.size} contacts`);
    for (const r of rows) if (r['Status'] !== 'sent') out.push(`${r['Send ID']} left ${r['Status']}`);
    if (m['Status'] !== 'done') out.push(`${m['Mailing ID']} ${m['Status']}`);
  }
  if (sendingTriggers(emu) !== 0) out.push(`${sendingTriggers(emu)} sending triggers left`);
  return out;
}

describe('the start of a mailing stopped at any call (issue 12 item 7)', () => {
  const base = recipientsWorld(RECIPIENTS, 4);
  const probe = startRun(copyEmulator(base));
  const n = probe.execution.calls;
  const ks = killPoints(n, 16);
  announceKillPoints('mailing start', n, ks);

  it('the probe start runs to the end', () => {
    expect(probe.status).toBe('ok');
  });

  it('after Start again and the follow-up runs: one mailing, one Sends row and one message per recipient', () => {
    const found: string[] = [];
    for (const k of ks) {
      const emu = copyEmulator(base);
      const r = startRun(emu, k);
      if (r.status !== 'killed') found.push(`k=${k}: ran to ${r.status} ${r.error ?? ''}`);
      const again = startRun(emu);
      if (again.status !== 'ok') found.push(`k=${k}: Start again ${again.status} ${again.error ?? ''}`);
      runMinutes(emu, 20);
      found.push(...violations(emu).map((v) => `k=${k}/${n}: ${v}`));
    }
    expect(found).toEqual([]);
  });

  it('a sending run between the stop and Start again changes nothing of that', () => {
    const found: string[] = [];
    for (const k of ks.filter((_, i) => i % 3 === 0)) {
      const emu = copyEmulator(base);
      startRun(emu, k);
      runMinutes(emu, 2);
      const again = startRun(emu);
      if (again.status !== 'ok') found.push(`k=${k}: Start again ${again.status} ${again.error ?? ''}`);
      runMinutes(emu, 20);
      found.push(...violations(emu).map((v) => `k=${k}/${n}: ${v}`));
    }
    expect(found).toEqual([]);
  });

  it('a new Start (another request id) is another mailing', () => {
    const emu = copyEmulator(base);
    const a = startRun(emu);
    const b = startRun(emu, undefined, 'StartSweepRequest0002');
    expect(a.status).toBe('ok');
    expect(b.status).toBe('ok');
    expect(b.value!.mailingId).not.toBe(a.value!.mailingId);
    expect(startRun(emu).value!.mailingId).toBe(a.value!.mailingId);
  });

  it('starting a saved draft, stopped anywhere and retried, converts that draft row once', () => {
    const withDraft = copyEmulator(base);
    const saved = ok<{ id: string; version: number }>(
      withDraft,
      'saveMailingDraft',
      [DRAFT, null, null],
      COMMS,
    ).value!;
    const ref = { mailingId: saved.id, version: saved.version };
    const found: string[] = [];
    for (const k of ks.filter((_, i) => i % 3 === 1)) {
      const emu = copyEmulator(withDraft);
      startRun(emu, k, REQUEST, ref);
      const again = startRun(emu, undefined, REQUEST, ref);
      if (again.status !== 'ok') found.push(`k=${k}: Start again ${again.status} ${again.error ?? ''}`);
      else if (again.value!.mailingId !== saved.id) found.push(`k=${k}: mailing ${again.value!.mailingId}`);
      runMinutes(emu, 20);
      found.push(...violations(emu).map((v) => `k=${k}/${n}: ${v}`));
    }
    expect(found).toEqual([]);
  });
});
