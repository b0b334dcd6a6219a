// Bench rows of issue 12: a 1,500-recipient mailing in four languages, started and sent by its trigger's runs.

import type { DemoSize } from '../src/demo/generate';
import type { CallRecord, Emulator } from '../src/emulator';
import { advanceClock } from '../src/emulator/events';
import { AUDITED_WRITE, WHOLE_READ } from './lowerBound';
import { summarise } from './measure';
import type { BenchOperation } from './operations';

const VARIANTS: Record<string, { subject: string; body: string }> = {
  en: { subject: 'Quarterly update for {{City}}', body: 'Dear {{Name}},\n\nOur update for {{Country}}.' },
  fr: {
    subject: 'Point trimestriel pour {{City}}',
    body: 'Bonjour {{Name}},\n\nNotre point pour {{Country}}.',
  },
  ar: { subject: 'تحديث ربع سنوي لمدينة {{City}}', body: 'السيد/السيدة {{Name}}،\n\nتحديثنا لـ{{Country}}.' },
  es: {
    subject: 'Novedades trimestrales para {{City}}',
    body: 'Estimado/a {{Name}}:\n\nNovedades de {{Country}}.',
  },
};
const RECIPIENTS = 1500;
const DRAFT = {
  name: 'Bench quarterly',
  templateName: 'Bench quarterly',
  audience: { statuses: ['member'] },
};
const DAY_MS = 86_400_000;

/**
 * The fewest Spreadsheet calls a start can make (lowerBound.ts): the tabs it must read whole — Staff (the role),
 * Settings (sender, quota reserve), Templates (the variants), Cities and Contacts (the audience and each
 * recipient's language), Suppressions (who is never mailed), Mailings (the request key of a retried Start) —; the
 * Sends header (its columns are the user's); the Mailings row written, one block, audited; the Sends rows written as
 * one block. Independent of the number of recipients: the block is one write however long.
 */
export const START_LOWER_BOUND =
  7 * WHOLE_READ + /* Sends header */ 1 + /* Mailings row */ 1 + AUDITED_WRITE + /* Sends block */ 1;

function must<T>(
  emu: Emulator,
  fn: string,
  args: unknown[],
  user: string,
): { value: T; records: CallRecord[] } {
  const r = emu.run<T>(fn, args, { user });
  if (r.status !== 'ok') throw new Error(`${fn} failed: ${r.error}`);
  return { value: r.value as T, records: r.execution.records };
}

/** Sets one cell of a tab host-side (an admin typing), found by the row's first cell and the column's header. */
function setCell(emu: Emulator, tab: string, key: string, header: string, value: string | boolean): void {
  const s = emu.backend.stores.spreadsheets.bound.sheetByName(tab)!;
  const all = s.getValues(1, 1, s.lastRow(), s.lastColumn());
  const col = all[0]!.map(String).indexOf(header);
  const row = all.findIndex((r) => r[0] === key);
  if (col < 0 || row < 0) throw new Error(`no ${tab} ${key} / ${header}`);
  s.setValuesRaw(row + 1, col + 1, [[value]]);
}

/**
 * The bench workbook's member contacts, the first 1,500 kept (the rest marked opted out for this row only), a
 * four-language template, the intake reserve at 0 so the 1,500 fit the Workspace day; then every trigger run until
 * the mailing is done. Rows: the start, and all the sending runs together (their longest execution in the note).
 */
export function mailingOperations(build: (size: DemoSize) => Emulator, user: string): BenchOperation[] {
  return [
    {
      name: 'mailing of 1,500 recipients (start + sending runs)',
      run() {
        const emu = build('bench');
        setCell(emu, 'Settings', 'Mail daily reserve', 'Value', '0');
        for (const language of Object.keys(VARIANTS))
          must(
            emu,
            'saveRecord',
            [
              {
                tab: 'Templates',
                fields: {
                  name: DRAFT.templateName,
                  purpose: 'newsletter',
                  language,
                  active: true,
                  ...VARIANTS[language],
                },
              },
            ],
            user,
          );
        const check = must<{ variants: { contactId: string }[] }>(
          emu,
          'checkMailingDraft',
          [DRAFT],
          user,
        ).value;
        for (const v of check.variants.slice(RECIPIENTS))
          setCell(emu, 'Contacts', v.contactId, 'Opted out', true);
        const outboxBefore = emu.backend.stores.comms.mail.outbox.length;
        const startedAt = emu.backend.clock.now();
        const started = must<{ queued: number; mailingId: string }>(emu, 'startMailing', [DRAFT, null], user);
        const runs = [];
        for (let minute = 0; minute < 60 && runs.length < 200; minute++) {
          const fired = advanceClock(emu, 60_000).filter((r) => r.handler === 'runMailingSends');
          runs.push(...fired);
          if (fired.length === 0 && emu.backend.stores.comms.mail.outbox.length - outboxBefore >= RECIPIENTS)
            break;
        }
        const records = runs.flatMap((r) => r.execution.records);
        const sends = records.filter((r) => r.class === 'send').length;
        if (process.env.BENCH_MAILING_DETAIL)
          for (const list of [started.records, records]) {
            const by = new Map<string, number>();
            for (const r of list)
              if (r.class !== 'other' && r.class !== 'send')
                by.set(`${r.type}.${r.method}`, (by.get(`${r.type}.${r.method}`) ?? 0) + 1);
            process.stderr.write(`${JSON.stringify([...by])}\n`);
          }
        const io = records.filter((r) => r.class !== 'other').length;
        const working = runs.filter((r) => (r.value as { state?: string } | undefined)?.state === 'sent');
        const longest = Math.max(...runs.map((r) => r.execution.ms)) / 1000;
        const sent = emu.backend.stores.comms.mail.outbox.length - outboxBefore;
        const withinDay = emu.backend.clock.now() - startedAt < DAY_MS && sent === started.value.queued;
        const note =
          `recipients ${started.value.queued}, sends ${sends}, ioCalls − sends ${io - sends} ` +
          `(${((io - sends) / Math.max(1, started.value.queued)).toFixed(3)} per recipient, target ≤ 0.1), ` +
          `${working.length} sending executions (${runs.length} trigger runs), longest ${longest.toFixed(1)} modelled s ` +
          `(target < 300), ${withinDay ? 'all sent within one day’s Workspace quota' : 'NOT all sent within one day'}`;
        // Lower bound: one send per recipient, one read and one write per sending execution.
        return [
          summarise(
            'mailing start (1,500 recipients: Mailings row, Sends block)',
            started.records,
            START_LOWER_BOUND,
          ),
          summarise(this.name, records, sends + 2 * working.length, note),
        ];
      },
    },
  ];
}
