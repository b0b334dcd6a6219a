// Google's Gmail/Sheets mail-merge sample's failure cases, through the shipped bundle: a blank field, a quota error
// and a timeout in the middle of the sending loop — each handled without a second message to anyone.

import type { Emulator } from '../../../src/emulator';
import { EMAIL_QUOTA_ERROR } from '../../../src/emulator/services/comms/mailStore';
import { timeDrivenEvent } from '../../../src/emulator/services/script/timeDrivenEvent';
import { copyEmulator as copy } from '../../support/reliability/workbookCopy';
import { messagesPerRecipient, recipientsWorld, runMinutes, sendsOf, start } from './sendingWorld';
import { addTemplate, COMMS, draft, mailWorld, outbox, tabRows } from './world';

function sendingRun(
  emu: Emulator,
  options: { faults?: { atCall: number; message: string }[]; limitMs?: number },
) {
  const t = emu.backend.stores.script.triggers.triggers.find((x) => x.handler === 'runMailingSends')!;
  return emu.run('runMailingSends', [timeDrivenEvent(emu.backend.clock.now(), t.uid)], {
    user: COMMS,
    effectiveUser: COMMS,
    authMode: 'FULL',
    ...options,
  });
}

const DRAFT = { name: 'Sample cases', templateName: 'Quarterly', audience: {} };

describe('a blank field (the sample sends a blank)', () => {
  it('refuses the start, naming the recipients, and writes nothing', () => {
    const { emu } = mailWorld();
    addTemplate(emu, 'Titled', { en: { subject: 'Hello', body: 'Dear {{Title}} {{Name}}' } });
    const mailings = tabRows(emu, 'Mailings').length;
    const r = emu.run('startMailing', [draft({ templateName: 'Titled' }), null], { user: COMMS });
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/The mailing cannot start: .*\{\{Title\}\} would be empty and has no fallback/);
    expect(tabRows(emu, 'Mailings')).toHaveLength(mailings);
    expect(outbox(emu)).toHaveLength(0);
  });
});

describe('a quota error in the middle of the loop (the sample stops and marks nothing)', () => {
  it('records what went, keeps the rest queued, and sends it later: one message each', () => {
    const emu = recipientsWorld(40, 4);
    const { mailingId } = start(emu, DRAFT);
    const probe = sendingRun(copy(emu), {});
    const sendCalls = probe.execution.records
      .map((r, i) => (r.service === 'Gmail' && r.method === 'send' ? i + 1 : 0))
      .filter((k) => k > 0);
    const r = sendingRun(emu, { faults: [{ atCall: sendCalls[10]!, message: EMAIL_QUOTA_ERROR }] });
    expect(r.status).toBe('ok');
    const rows = sendsOf(emu, mailingId);
    expect(rows.filter((x) => x['Status'] === 'sent')).toHaveLength(10);
    expect(rows.filter((x) => x['Status'] === 'queued')).toHaveLength(30);
    runMinutes(emu, 70); // hourly while the quota looked spent
    expect(sendsOf(emu, mailingId).filter((x) => x['Status'] === 'sent')).toHaveLength(40);
    expect([...messagesPerRecipient(emu).values()].every((n) => n === 1)).toBe(true);
  });
});

describe('a timeout in the middle of the loop (the sample then sends everyone again)', () => {
  it('the next runs finish the mailing with one message each', () => {
    const emu = recipientsWorld(40, 4);
    const { mailingId } = start(emu, DRAFT);
    const r = sendingRun(emu, { limitMs: 8000 });
    expect(r.status).toBe('killed');
    const early = outbox(emu).length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(40);
    runMinutes(emu, 40);
    const rows = sendsOf(emu, mailingId);
    const per = messagesPerRecipient(emu);
    expect([...per.values()].every((n) => n === 1)).toBe(true);
    // The one in flight at the timeout was either found in the sent folder or flagged, never sent again.
    for (const row of rows) {
      const got = per.get(String(row['Email'])) ?? 0;
      expect([row['Status'], got]).toEqual(row['Status'] === 'unknown' ? ['unknown', 0] : ['sent', 1]);
    }
  });
});
