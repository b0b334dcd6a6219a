// Issue 12 item 7: a sending run stopped before its k-th service call (k swept: the edges and a sample in npm test,
// every k under npm run test:soak); after the follow-up runs nobody got two messages, nobody was lost, and a row is
// left for a person ("unknown") only when the sent-folder search never finds its message.

import type { Emulator } from '../../../src/emulator';
import { timeDrivenEvent } from '../../../src/emulator/services/script/timeDrivenEvent';
import { announceKillPoints, killPoints } from '../../support/reliability/killAnywhere';
import { copyEmulator } from '../../support/reliability/workbookCopy';
import { messagesPerRecipient, recipientsWorld, runMinutes, sendsOf, start } from './sendingWorld';
import { COMMS, outbox, tabRows } from './world';

const DRAFT = { name: 'Kill sweep', templateName: 'Quarterly', audience: {} };

function fixture(): { emu: Emulator; mailingId: string } {
  const emu = recipientsWorld(70, 7);
  return { emu, mailingId: start(emu, DRAFT).mailingId };
}

/** The first sending run, as its trigger would start it, stopped before call k (no stop when k is undefined). */
function sendingRun(emu: Emulator, k?: number) {
  const t = emu.backend.stores.script.triggers.triggers.find((x) => x.handler === 'runMailingSends')!;
  return emu.run('runMailingSends', [timeDrivenEvent(emu.backend.clock.now(), t.uid)], {
    user: COMMS,
    effectiveUser: COMMS,
    authMode: 'FULL',
    origin: 'trigger:CLOCK',
    ...(k ? { stopAtCall: k } : {}),
  });
}

/** Every way the outcome can be wrong after the follow-up; [] when it is right. */
function violations(emu: Emulator, mailingId: string): string[] {
  const out: string[] = [];
  const per = messagesPerRecipient(emu);
  for (const [to, n] of per) if (n > 1) out.push(`${to} got ${n} messages`);
  const rows = sendsOf(emu, mailingId);
  for (const r of rows) {
    const email = String(r['Email']).toLowerCase();
    const got = per.get(email) ?? 0;
    const status = r['Status'];
    if (status === 'sent' && got !== 1) out.push(`${r['Send ID']} sent but ${got} messages`);
    else if (status === 'unknown' && got !== 0)
      out.push(`${r['Send ID']} unknown though its message is in the sent folder`);
    else if (status !== 'sent' && status !== 'unknown') out.push(`${r['Send ID']} left ${status}`);
  }
  const sentRows = rows.filter((r) => r['Status'] === 'sent').length;
  if (sentRows !== outbox(emu).length) out.push(`${outbox(emu).length} messages for ${sentRows} sent rows`);
  const unknown = rows.filter((r) => r['Status'] === 'unknown').length;
  if (unknown > 1) out.push(`${unknown} rows unknown (at most the one in flight)`);
  const status = tabRows(emu, 'Mailings').find((m) => m['Mailing ID'] === mailingId)!['Status'];
  if (status !== 'done') out.push(`mailing ${status}`);
  return out;
}

describe('a sending run stopped at any call (issue 12 item 7)', () => {
  const base = fixture();
  const probe = sendingRun(copyEmulator(base.emu));
  const n = probe.execution.calls;
  const ks = killPoints(n, 16);
  announceKillPoints('mailing send run', n, ks);

  it('the probe run sends the first batches without a stop', () => {
    expect(probe.status).toBe('ok');
  });

  it('after the follow-up runs: no duplicate, none lost, unknown only where the search never finds a message', () => {
    const found: string[] = [];
    for (const k of ks) {
      const emu = copyEmulator(base.emu);
      const r = sendingRun(emu, k);
      if (r.status !== 'killed') found.push(`k=${k}: ran to ${r.status} ${r.error ?? ''}`);
      runMinutes(emu, 40);
      found.push(...violations(emu, base.mailingId).map((v) => `k=${k}/${n}: ${v}`));
    }
    expect(found).toEqual([]);
  });

  it('with a search index that never catches up, nobody is mailed twice either', () => {
    const found: string[] = [];
    for (const k of ks.filter((_, i) => i % 4 === 0)) {
      const emu = copyEmulator(base.emu);
      emu.backend.stores.comms.mail.searchLagMs = Number.POSITIVE_INFINITY;
      sendingRun(emu, k);
      runMinutes(emu, 40);
      const per = messagesPerRecipient(emu);
      for (const [to, c] of per) if (c > 1) found.push(`k=${k}: ${to} got ${c}`);
      const left = sendsOf(emu, base.mailingId).filter(
        (x) => x['Status'] === 'queued' || x['Status'] === 'sending',
      );
      if (left.length > 0) found.push(`k=${k}: ${left.length} rows left unresolved`);
    }
    expect(found).toEqual([]);
  });
});
