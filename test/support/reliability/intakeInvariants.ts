// Intake and mail invariants (DESIGN §2.4): each response recorded once, each email sent once or flagged, never resent.

import { APPLICATIONS, SENDS, type TabDef } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { bareAddress } from '../../../src/emulator/services/comms/mailStore';
import { formIdOf, responseIds } from './intakeFixtures';
import type { Violation } from './invariants';
import { type Baseline, type RecordRow, recordRows } from './workbookView';

// Text-only cells hold text exactly as typed (README "Text kept as typed").
const text = (v: unknown) => String(v ?? '');

/** Every non-blank response of both forms is on exactly one Applications row (keyed by its response id). */
export function responsesRecordedOnce(emu: Emulator): Violation[] {
  const rows = recordRows(emu, APPLICATIONS);
  const out: Violation[] = [];
  for (const kind of ['enquiry', 'application'] as const) {
    const form = emu.backend.stores.comms.forms.get(formIdOf(emu, kind))!;
    const key = kind === 'enquiry' ? 'enquiryResponseId' : 'applicationResponseId';
    for (const id of responseIds(emu, kind)) {
      const blank = form.responses.find((r) => r.id === id)!.answers.length === 0;
      const n = rows.filter((r) => text(r.cells[key]) === id).length;
      if (n !== (blank ? 0 : 1))
        out.push({
          check: 'response',
          detail: `${kind} response ${id.slice(0, 12)}… on ${n} Applications rows`,
        });
    }
  }
  return out;
}

export interface SendRow {
  id: string;
  key: string;
  email: string;
  status: string;
}

export function sendRows(emu: Emulator): SendRow[] {
  return recordRows(emu, SENDS).map((r) => ({
    id: r.id,
    key: text(r.cells['messageId']),
    email: text(r.cells['email']),
    status: text(r.cells['status']),
  }));
}

function applicationOfKey(rows: RecordRow[], key: string): RecordRow | undefined {
  const id = /^(APP-\d+):/.exec(key)?.[1];
  return id ? rows.find((r) => r.id === id) : undefined;
}

/**
 * After the follow-up no email is left "sending" (a run that stopped mid-send, never looked at again), and every
 * email whose outcome is unknown or that failed is flagged for a person on its application (Issues found names
 * the send id), so nobody has to discover it in the Sends tab.
 */
export function emailsAccountedFor(emu: Emulator): Violation[] {
  const apps = recordRows(emu, APPLICATIONS);
  const out: Violation[] = [];
  for (const s of sendRows(emu)) {
    if (s.status === 'sending')
      out.push({ check: 'email', detail: `${s.id} (${s.key}) left "sending": nobody is told to check it` });
    if (s.status !== 'unknown' && s.status !== 'failed') continue;
    const app = applicationOfKey(apps, s.key);
    if (app && !text(app.cells['issuesFound']).includes(s.id))
      out.push({ check: 'flag', detail: `${s.id} (${s.key}) is ${s.status} but ${app.id} does not flag it` });
  }
  return out;
}

/**
 * Host-side counterpart of the Sends rows, from the emulator's outbox: per recipient, the messages sent since the
 * baseline are at least the Sends rows that became "sent" since then (a "sent" row with no message is a lie) and at
 * most those plus the ones that became "unknown" (a message with no Sends row saying it may have gone is an email
 * the product does not know it sent, or sent twice). Rows already sent or unknown in the baseline are left out.
 */
export function outboxMatchesSends(emu: Emulator, baseline: Baseline): Violation[] {
  const statusHeader = SENDS.columns.find((c) => c.key === 'status')!.header;
  const before = baseline.records.tables.get(SENDS.name)?.records;
  const settledBefore = (id: string) =>
    /^string:(sent|unknown)$/.test(before?.get(id)?.get(statusHeader) ?? '');
  const tally = new Map<string, { messages: number; sent: number; unknown: number }>();
  const of = (address: string) => {
    const a = bareAddress(address);
    const t = tally.get(a) ?? { messages: 0, sent: 0, unknown: 0 };
    tally.set(a, t);
    return t;
  };
  for (const m of emu.backend.stores.comms.mail.outbox.slice(baseline.outbox))
    for (const r of [...m.to, ...m.cc, ...m.bcc]) of(r).messages++;
  for (const s of sendRows(emu)) {
    if (settledBefore(s.id)) continue;
    if (s.status === 'sent') of(s.email).sent++;
    else if (s.status === 'unknown') of(s.email).unknown++;
  }
  const out: Violation[] = [];
  for (const [address, t] of tally) {
    if (t.messages < t.sent)
      out.push({
        check: 'email',
        detail: `${t.sent} Sends row(s) say sent to ${address}, the outbox holds ${t.messages} message(s)`,
      });
    else if (t.messages > t.sent + t.unknown)
      out.push({
        check: 'email',
        detail: `${t.messages} message(s) to ${address} in the outbox, ${t.sent} sent and ${t.unknown} unknown in Sends`,
      });
  }
  return out;
}

/** Why an unknown outcome is tolerated (counted and printed, never passed silently as "settled"). */
export const UNKNOWN_FLAGGED =
  'an email whose execution stopped mid-send is marked unknown and flagged for a person, never resent';

/**
 * The email of `keyPrefix` to `to` went out, checked against the emulator's outbox and not only the product's own
 * Sends rows: a "sent" row needs a message to that address in the outbox; an "unknown" one is not settled — it is
 * tolerated (see UNKNOWN_FLAGGED) only when its application's Issues found cell names the send for a person.
 * (noSecondEmail, on the outbox, catches a second message.)
 */
export function emailSettled(emu: Emulator, keyPrefix: string, to: string): Violation[] {
  const rows = sendRows(emu).filter((s) => s.key.startsWith(keyPrefix) && s.email === to);
  const delivered = emu.backend.stores.comms.mail.outbox.some((m) =>
    [...m.to, ...m.cc, ...m.bcc].some((r) => bareAddress(r) === to.toLowerCase()),
  );
  if (rows.some((s) => s.status === 'sent'))
    return delivered
      ? []
      : [
          {
            check: 'email',
            detail: `${keyPrefix}… to ${to}: Sends says sent, the outbox holds no message to ${to}`,
          },
        ];
  const unknown = rows.find((s) => s.status === 'unknown');
  if (unknown) {
    const app = applicationOfKey(recordRows(emu, APPLICATIONS), unknown.key);
    const flagged = !app || text(app.cells['issuesFound']).includes(unknown.id);
    return [
      flagged
        ? { check: 'email', detail: `${keyPrefix}… to ${to}: outcome unknown`, known: UNKNOWN_FLAGGED }
        : { check: 'flag', detail: `${keyPrefix}… to ${to}: outcome unknown and not flagged for a person` },
    ];
  }
  return [
    {
      check: 'email',
      detail: `${keyPrefix}… to ${to}: ${rows.length === 0 ? 'never recorded' : rows.map((s) => s.status).join(', ')}`,
    },
  ];
}

/** Exactly `n` records of the tab match. */
export function countOf(emu: Emulator, def: TabDef, what: string, match: (r: RecordRow) => boolean, n = 1) {
  const found = recordRows(emu, def).filter(match).length;
  return found === n
    ? []
    : [{ check: found > n ? 'complete twice' : 'complete', detail: `${found} ${def.name} ${what}` }];
}

/** The application is at `stage`. */
export function atStage(emu: Emulator, id: string, stage: string): Violation[] {
  const app = recordRows(emu, APPLICATIONS).find((r) => r.id === id);
  const now = text(app?.cells['stage']);
  return now === stage ? [] : [{ check: 'complete', detail: `${id} at "${now}", expected "${stage}"` }];
}

/** Sends are written without audit rows by design (trackedMail.ts, noAudit): leave them out of the audit check. */
export function withoutSendsAudit(found: Violation[]): Violation[] {
  return found.filter((v) => !(v.check === 'audit' && /^(Sends|Mailings) /.test(v.detail)));
}
