// Helpers of the sending tests: start a mailing as comms, run the clock, read its Sends rows and the outbox.

import type { Emulator } from '../../../src/emulator';
import { advanceClock, type ClockRun } from '../../../src/emulator/events';
import { COMMS, ok, outbox, tabRows } from './world';

export interface StartView {
  mailingId: string;
  status: string;
  queued: number;
  skipped: number;
  message: string;
  forecast: { remainingQuota: number; reserve: number; allowedToday: number; expectedFinish: string };
}

export function start(emu: Emulator, draft: Record<string, unknown>, at: string | null = null): StartView {
  return ok<StartView>(emu, 'startMailing', [draft, at], COMMS).value!;
}

/** Runs the clock `minutes` minutes, one minute at a time; returns the sending runs. */
export function runMinutes(emu: Emulator, minutes: number): ClockRun[] {
  const runs: ClockRun[] = [];
  for (let i = 0; i < minutes; i++)
    runs.push(...advanceClock(emu, 60_000).filter((r) => r.handler === 'runMailingSends'));
  return runs;
}

export function sendsOf(emu: Emulator, mailingId: string): Record<string, unknown>[] {
  return tabRows(emu, 'Sends').filter((r) => r['Mailing'] === mailingId);
}

/** Messages of the outbox by recipient address (each To, lower-cased). */
export function messagesPerRecipient(emu: Emulator): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of outbox(emu))
    for (const to of m.to) out.set(to.toLowerCase(), (out.get(to.toLowerCase()) ?? 0) + 1);
  return out;
}

export function sendingTriggers(emu: Emulator): number {
  return emu.backend.stores.script.triggers.triggers.filter((t) => t.handler === 'runMailingSends').length;
}
