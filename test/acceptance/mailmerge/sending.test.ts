// Issue 12 items 6 and 9 through the shipped bundle: a checked mailing started, sent by its trigger, one message each.

import { messagesPerRecipient, runMinutes, sendingTriggers, sendsOf, start } from './sendingWorld';
import { COMMS, draft, mailWorld, ok, outbox, tabRows } from './world';

describe('starting and sending a mailing (issue 12 item 6)', () => {
  const { emu, ids } = mailWorld();
  const before = outbox(emu).length;
  const started = start(emu, draft());

  it('writes the Mailings row and one Sends row per recipient (queued, with its variant) and per exclusion (skipped)', () => {
    expect(started.status).toBe('sending');
    expect(started.queued).toBe(5);
    const mailing = tabRows(emu, 'Mailings').find((m) => m['Mailing ID'] === started.mailingId)!;
    expect(mailing['Status']).toBe('sending');
    expect(mailing['Recipients']).toBe(5);
    const rows = sendsOf(emu, started.mailingId);
    const queued = rows.filter((r) => r['Status'] === 'queued');
    expect(Object.fromEntries(queued.map((r) => [r['Contact'], r['Language']]))).toEqual({
      [ids.amina!]: 'ar',
      [ids.omar!]: 'ar',
      [ids.claire!]: 'fr',
      [ids.pierre!]: 'fr',
      [ids.lucia!]: 'en',
    });
    const skipped = rows.filter((r) => r['Status'] === 'skipped').map((r) => [r['Contact'], r['Error']]);
    expect(skipped).toEqual(
      expect.arrayContaining([
        [ids.optedOut, 'opted out'],
        [ids.left, 'inactive'],
        [ids.bounced, 'suppressed: bounced'],
      ]),
    );
    expect(outbox(emu).length).toBe(before);
    expect(sendingTriggers(emu)).toBe(1);
  });

  it('the trigger sends each recipient exactly once through the Gmail advanced service, then removes itself', () => {
    runMinutes(emu, 3);
    const rows = sendsOf(emu, started.mailingId).filter(
      (r) => r['Contact'] !== '' && r['Status'] !== 'skipped',
    );
    expect(rows.map((r) => r['Status'])).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
    const sent = outbox(emu).slice(before);
    expect(sent).toHaveLength(5);
    expect(sent.every((m) => m.service === 'Gmail')).toBe(true);
    for (const r of rows) expect(sent.map((m) => m.id)).toContain(r['Message ID']);
    expect([...messagesPerRecipient(emu).values()].every((n) => n === 1)).toBe(true);
    const mailing = tabRows(emu, 'Mailings').find((m) => m['Mailing ID'] === started.mailingId)!;
    expect(mailing['Status']).toBe('done');
    expect(mailing['Sent']).toBe(5);
    expect(sendingTriggers(emu)).toBe(0);
  });

  it('keeps emoji and accents intact, escapes HTML in fields, carries the unique reference', () => {
    const claire = outbox(emu).find((m) => m.to.includes('claire@lyon.example'))!;
    expect(claire.body).toContain('Ça y est — élan 🎉.');
    expect(claire.subject).toBe('Note d’orientation pour Lyon');
    expect(claire.messageIdHeader).toMatch(/^<snd-\d+\.mlg-\d+@scn-crm\.mail>$/);
    // Its own signed opt-out link, in the footer (French) and as List-Unsubscribe (issue 12 item 8).
    const link = /<(https?:[^>]+[?&]t=[^>]+)>/.exec(claire.headers['List-Unsubscribe'] ?? '')?.[1];
    expect(link).toBeDefined();
    expect(claire.body).toContain(`Pour ne plus recevoir nos envois : ${link}`);
    const pierre = outbox(emu).find((m) => m.to.includes('pierre@lyon.example'))!;
    expect(pierre.htmlBody).toContain('Pierre &lt;b&gt;Martin&lt;/b&gt;');
  });

  it('shows progress: counts, reach per city', () => {
    const p = ok<{ counts: Record<string, number>; reach: { cities: number; contacts: number } }>(
      emu,
      'getMailingProgress',
      [started.mailingId],
      COMMS,
    ).value!;
    expect(p.counts).toMatchObject({ sent: 5, queued: 0, failed: 0 });
    expect(p.reach).toMatchObject({ cities: 3, contacts: 5 });
  });
});
