// Issue 12 "Done when": a 1,500-recipient mailing in four languages completes across chained executions with exactly
// one message per recipient (the emulator's outbox counted host-side); the quota runs out part-way and the rest
// resumes after the reset, the share reserved for intake emails left untouched.

import { advanceClock } from '../../../src/emulator/events';
import { setSetting } from '../intake/harness';
import {
  messagesPerRecipient,
  recipientsWorld,
  runMinutes,
  sendingTriggers,
  sendsOf,
  start,
} from './sendingWorld';
import { COMMS, outbox, tabRows } from './world';

const QUARTERLY = { name: 'Quarterly update', templateName: 'Quarterly', audience: {} };
const FIVE_MINUTES = 5 * 60 * 1000;

describe('a 1,500-recipient mailing in four languages (issue 12 items 6, 7)', () => {
  const emu = recipientsWorld(1500);
  setSetting(emu, 'Mail daily reserve', '0');
  const before = outbox(emu).length;
  const started = start(emu, QUARTERLY);
  const runs = runMinutes(emu, 30);

  it('completes across chained executions, each under 5 modelled minutes', () => {
    expect(started.queued).toBe(1500);
    const working = runs.filter((r) => (r.value as { state?: string } | undefined)?.state === 'sent');
    expect(working.length).toBeGreaterThan(1);
    for (const r of runs) {
      expect(r.status).toBe('ok');
      expect(r.execution.ms).toBeLessThan(FIVE_MINUTES);
    }
    const rows = sendsOf(emu, started.mailingId);
    expect(rows.filter((r) => r['Status'] === 'sent')).toHaveLength(1500);
    expect(tabRows(emu, 'Mailings').find((m) => m['Mailing ID'] === started.mailingId)!['Status']).toBe(
      'done',
    );
    expect(sendingTriggers(emu)).toBe(0);
  });

  it('sends exactly one message per recipient, each in its language', () => {
    const sent = outbox(emu).slice(before);
    expect(sent).toHaveLength(1500);
    const per = messagesPerRecipient(emu);
    expect(per.size).toBe(1500);
    expect([...per.values()].every((n) => n === 1)).toBe(true);
    const subjects = new Set(sent.map((m) => m.subject.split(' ')[0]));
    expect([...subjects].sort()).toEqual(['Novedades', 'Point', 'Quarterly', 'تحديث']);
    expect(sent.every((m) => m.body.includes('✅'))).toBe(true);
  });
});

describe('the quota runs out part-way (issue 12 item 6)', () => {
  const emu = recipientsWorld(300);
  // A new Workspace account: 200 recipients a day; 50 kept for intake emails.
  emu.backend.stores.comms.mail.setAccount(COMMS, { type: 'workspace', dailyRecipients: 200 });
  setSetting(emu, 'Mail daily reserve', '50');
  const started = start(emu, QUARTERLY);

  it('shows the remaining quota and the reserve before the start, and a finish the next day', () => {
    expect(started.forecast).toMatchObject({ remainingQuota: 200, reserve: 50, allowedToday: 150 });
    expect(started.forecast.expectedFinish).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
  });

  it('stops at the reserve: the rest stays queued, the intake share is left', () => {
    runMinutes(emu, 20);
    const rows = sendsOf(emu, started.mailingId);
    expect(rows.filter((r) => r['Status'] === 'sent')).toHaveLength(150);
    expect(rows.filter((r) => r['Status'] === 'queued')).toHaveLength(150);
    expect(emu.backend.stores.comms.mail.remaining(COMMS)).toBe(50);
    // Waiting for the reset, the trigger fires hourly instead of every minute.
    expect(
      emu.backend.stores.script.triggers.triggers.map((t) => [t.handler, t.schedule?.kind]),
    ).toContainEqual(['runMailingSends', 'hours']);
  });

  it('resumes after the reset and finishes, one message each', () => {
    const waiting = advanceClock(emu, 24 * 60 * 60 * 1000).filter((r) => r.handler === 'runMailingSends');
    expect(waiting.length).toBeLessThanOrEqual(30);
    runMinutes(emu, 20);
    const rows = sendsOf(emu, started.mailingId);
    expect(rows.filter((r) => r['Status'] === 'sent')).toHaveLength(300);
    expect([...messagesPerRecipient(emu).values()].every((n) => n === 1)).toBe(true);
  });
});
