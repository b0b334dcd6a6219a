// Helpers of the sending tests: start a mailing as comms, run the clock, read its Sends rows and the outbox.

import { columnByHeader, tabByName } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { advanceClock, type ClockRun } from '../../../src/emulator/events';
import { timeDrivenEvent } from '../../../src/emulator/services/script/timeDrivenEvent';
import { copyEmulator } from '../../support/reliability/workbookCopy';
import { intakeWorkbook } from '../intake/harness';
import { addTemplate, COMMS, ok, outbox, sheet, tabRows } from './world';

/** A set-up workbook with a comms staff member and nobody to mail yet. */
function mailWorldBase(): { emu: Emulator } {
  const emu = intakeWorkbook();
  ok(emu, 'saveRecord', [
    { tab: 'Staff', fields: { name: 'Comms', email: COMMS, role: 'comms', active: true } },
  ]);
  return { emu };
}

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

export const FOUR_LANGUAGES = ['en', 'fr', 'ar', 'es'] as const;

/** A four-language template for the larger worlds. */
export const QUARTERLY = {
  en: { subject: 'Quarterly update for {{City}}', body: 'Dear {{Name}},\n\nOur update for {{Country}} ✅.' },
  fr: {
    subject: 'Point trimestriel pour {{City}}',
    body: 'Bonjour {{Name}},\n\nNotre point pour {{Country}} ✅.',
  },
  ar: {
    subject: 'تحديث ربع سنوي لمدينة {{City}}',
    body: 'السيد/السيدة {{Name}}،\n\nتحديثنا لـ{{Country}} ✅.',
  },
  es: {
    subject: 'Novedades trimestrales para {{City}}',
    body: 'Estimado/a {{Name}}:\n\nNovedades de {{Country}} ✅.',
  },
};

/**
 * A set-up workbook with `n` member contacts (one address each) in `cities` cities, languages in turn en/fr/ar/es,
 * loaded host-side into the Cities and Contacts tabs (as a paste would), and the four-language template.
 */
export function recipientsWorld(n: number, cities = Math.max(1, Math.ceil(n / 15))): Emulator {
  const { emu } = mailWorldBase();
  const load = (tab: string, records: Record<string, unknown>[]) => {
    const s = sheet(emu, tab);
    const head = (s.getValues(1, 1, 1, s.lastColumn())[0] ?? []).map(String);
    const def = tabByName(tab)!;
    const keys = head.map((h) => columnByHeader(def, h)?.key ?? '');
    const from = s.lastRow() + 1;
    const need = from + records.length;
    if (s.maxRows < need) s.insertRows(s.maxRows + 1, need - s.maxRows + 1);
    s.setValuesRaw(
      from,
      1,
      records.map((r) => keys.map((k) => (r[k] ?? '') as string)),
    );
  };
  const now = new Date(Date.UTC(2026, 0, 1));
  const book = (id: string) => ({
    id,
    createdAt: now,
    updatedAt: now,
    updatedBy: 'owner@strongcities.org',
    version: 1,
  });
  const cityRows = Array.from({ length: cities }, (_, i) => ({
    ...book(`CTY-${String(900001 + i)}`),
    name: `Town ${i + 1}`,
    country: ['France', 'Jordan', 'Colombia', 'Kenya'][i % 4],
    status: 'member',
    languages: FOUR_LANGUAGES[i % 4],
  }));
  load('Cities', cityRows);
  load(
    'Contacts',
    Array.from({ length: n }, (_, i) => ({
      ...book(`CON-${String(900001 + i)}`),
      orgId: cityRows[i % cities]!.id,
      name: `Person ${i + 1}`,
      category: 'practitioner',
      email: `person${i + 1}@town${(i % cities) + 1}.example`,
      language: FOUR_LANGUAGES[i % 4],
      lawfulBasis: 'legitimate interests',
      optedOut: false,
    })),
  );
  addTemplate(emu, 'Quarterly', QUARTERLY);
  return emu;
}

/** The first sending run as its trigger starts it, stopped before call `stopAtCall` when given. */
function stoppableRun(emu: Emulator, stopAtCall?: number) {
  const t = emu.backend.stores.script.triggers.triggers.find((x) => x.handler === 'runMailingSends')!;
  return emu.run('runMailingSends', [timeDrivenEvent(emu.backend.clock.now(), t.uid)], {
    user: COMMS,
    effectiveUser: COMMS,
    authMode: 'FULL',
    origin: 'trigger:CLOCK',
    ...(stopAtCall ? { stopAtCall } : {}),
  });
}

/**
 * A mailing whose 4th send is in flight when the run stops — `after`: stopped right after Gmail took it (the
 * message left), else right before (it did not) — with a search that never finds it, run until it is flagged.
 */
export function flaggedWorld(after: boolean): {
  emu: Emulator;
  mailingId: string;
  sendId: string;
  email: string;
} {
  const emu = recipientsWorld(12, 2);
  emu.backend.stores.comms.mail.searchLagMs = Number.POSITIVE_INFINITY;
  const { mailingId } = start(emu, { name: 'Unknown case', templateName: 'Quarterly', audience: {} });
  const probe = stoppableRun(copyEmulator(emu));
  const sends = probe.execution.records
    .map((r, i) => (r.service === 'Gmail' && r.method === 'send' ? i + 1 : 0))
    .filter((k) => k > 0);
  expect(stoppableRun(emu, sends[3]! + (after ? 1 : 0)).status).toBe('killed');
  runMinutes(emu, 40);
  const unknown = sendsOf(emu, mailingId).filter((r) => r['Status'] === 'unknown');
  expect(unknown).toHaveLength(1);
  return { emu, mailingId, sendId: String(unknown[0]!['Send ID']), email: String(unknown[0]!['Email']) };
}
