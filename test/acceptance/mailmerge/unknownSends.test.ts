// Sends left "unknown" after the sent-folder search gave up (issue 12 item 7), through the shipped bundle: the daily
// digest lists them with mailing and recipient, the mailing sidebar's list has them, and a person resolves each —
// marked sent (no second message) or put back in the queue (sent once by the next runs) — role-checked, audited.

import type { Emulator } from '../../../src/emulator';
import { COORDINATOR } from '../workbook/harness';
import { flaggedWorld, messagesPerRecipient, runMinutes, sendsOf } from './sendingWorld';
import { COMMS, ok, outbox, tabRows } from './world';

interface UnknownList {
  list: { sendId: string; mailingId: string; mailingName: string; email: string }[];
  more: number;
}

const list = (emu: Emulator, who = COMMS) => ok<UnknownList>(emu, 'listUnknownSends', [], who).value!;

describe('unknown sends (issue 12 item 7)', () => {
  it('are listed in the daily digest with mailing and recipient, and in the sidebar’s list', () => {
    const { emu, mailingId, sendId, email } = flaggedWorld(true);
    expect(list(emu).list).toEqual([
      expect.objectContaining({ sendId, mailingId, mailingName: 'Unknown case', email }),
    ]);
    const before = outbox(emu).length;
    const report = ok<{ unknownSends: number }>(emu, 'sendDailyDigestNow', [], COORDINATOR).value!;
    expect(report.unknownSends).toBe(1);
    const digest = outbox(emu).slice(before);
    expect(digest.length).toBeGreaterThan(0);
    expect(digest[0]!.body).toContain('Mailing emails to check by hand in the Sent folder (1):');
    expect(digest[0]!.body).toContain(`• ${sendId} – mailing “Unknown case” (${mailingId}) – ${email}`);
  });

  it('marked sent by a person: the row is sent, audited, off the lists, and nobody gets a second message', () => {
    const { emu, mailingId, sendId, email } = flaggedWorld(true);
    expect(messagesPerRecipient(emu).get(email)).toBe(1); // it did leave: Gmail's search just never showed it
    const refused = emu.run('resolveUnknownSend', [sendId, 'sent'], { user: 'viewer@elsewhere.example' });
    expect(refused.status).toBe('error');
    const after = ok<UnknownList>(emu, 'resolveUnknownSend', [sendId, 'sent'], COMMS).value!;
    expect(after.list).toEqual([]);
    const row = sendsOf(emu, mailingId).find((r) => r['Send ID'] === sendId)!;
    expect(row['Status']).toBe('sent');
    expect(String(row['Error'])).toBe(`Marked sent by ${COMMS}: found in the Sent folder.`);
    const audit = tabRows(emu, 'Audit').filter((a) => JSON.stringify(a).includes(sendId));
    expect(audit.length).toBeGreaterThan(0);
    const again = emu.run('resolveUnknownSend', [sendId, 'requeue'], { user: COMMS });
    expect(again.error).toMatch(/is sent, not “to check by hand”/);
    runMinutes(emu, 5);
    expect([...messagesPerRecipient(emu).values()].every((n) => n === 1)).toBe(true);
    expect(messagesPerRecipient(emu).size).toBe(12);
  });

  it('put back in the queue by the mailing’s sender: the next runs send it once, and the mailing is done again', () => {
    const { emu, mailingId, sendId, email } = flaggedWorld(false);
    expect(messagesPerRecipient(emu).get(email) ?? 0).toBe(0); // the run stopped before Gmail took it
    expect(tabRows(emu, 'Mailings').find((m) => m['Mailing ID'] === mailingId)!['Status']).toBe('done');
    const other = emu.run('resolveUnknownSend', [sendId, 'requeue'], { user: COORDINATOR });
    expect(other.error).toMatch(/only comms@strongcities.org, whose account sends mailing/);
    ok(emu, 'resolveUnknownSend', [sendId, 'requeue'], COMMS);
    expect(sendsOf(emu, mailingId).find((r) => r['Send ID'] === sendId)!['Status']).toBe('queued');
    runMinutes(emu, 5);
    expect(messagesPerRecipient(emu).get(email)).toBe(1);
    expect(sendsOf(emu, mailingId).find((r) => r['Send ID'] === sendId)!['Status']).toBe('sent');
    expect(tabRows(emu, 'Mailings').find((m) => m['Mailing ID'] === mailingId)!['Status']).toBe('done');
    expect(list(emu).list).toEqual([]);
  });
});
