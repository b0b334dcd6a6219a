// Kill-anywhere, transient-fault and quota-fault runs of the intake and mail operations, with the email invariants added.

import type { Emulator } from '../../../src/emulator';
import { emailQuotaExceeded, spreadsheetTimeout } from '../../../src/emulator/concurrent';
import type { InjectedFault } from '../../../src/emulator/runtime/executionState';
import {
  emailsAccountedFor,
  outboxMatchesSends,
  responsesRecordedOnce,
  withoutSendsAudit,
} from './intakeInvariants';
import { allInvariants, classifyDuplicates } from './invariants';
import {
  announceKillPoints,
  evenPoints,
  type KillCase,
  killPoints,
  probe,
  type RunBaseline,
  record,
  startOf,
  type Tally,
} from './killAnywhere';

/** An intake case: a kill case whose fixture has the forms, so responses and emails can be checked too. */
export type IntakeCase = KillCase;

function checkAfter(c: IntakeCase, emu: Emulator, baseline: RunBaseline, label: string, t: Tally) {
  const found = [
    ...c.followUp(emu),
    ...withoutSendsAudit(allInvariants(emu, baseline, c.tabs, c.intent)),
    ...responsesRecordedOnce(emu),
    ...emailsAccountedFor(emu),
    ...outboxMatchesSends(emu, baseline),
    ...(c.completed?.(emu) ?? []),
  ];
  return record(t, classifyDuplicates(found), `${c.name} ${label}`);
}

function runWith(
  c: IntakeCase,
  t: Tally,
  label: string,
  options: { stopAtCall?: number; faults?: InjectedFault[] },
) {
  const { emu, baseline } = startOf(c);
  const r = c.operation(emu, options);
  const out: string[] = [];
  if (options.stopAtCall !== undefined && r.status !== 'killed')
    out.push(...record(t, [{ check: 'stop', detail: `ran to ${r.status}` }], `${c.name} ${label}`));
  return [...out, ...checkAfter(c, emu, baseline, label, t)];
}

/** Stops the operation before its k-th call for each chosen k, runs the follow-up, checks every invariant. */
export function runIntakeKills(c: IntakeCase, tally: Tally, budget: number): string[] {
  const n = probe(c).execution.calls;
  const out: string[] = [];
  const ks = killPoints(n, budget);
  announceKillPoints(c.name, n, ks);
  for (const k of ks) {
    out.push(...runWith(c, tally, `k=${k}/${n}`, { stopAtCall: k }));
    tally.killPoints++;
  }
  return out;
}

/** Google's "Service Spreadsheets timed out…" at each chosen Spreadsheet call, then the follow-up. */
export function runIntakeTransientFaults(c: IntakeCase, tally: Tally, budget: number): string[] {
  const records = probe(c).execution.records;
  const sheetCalls = records.map((r, i) => (r.service === 'SpreadsheetApp' ? i + 1 : 0)).filter((k) => k > 0);
  const out: string[] = [];
  const id = startOf(c).emu.backend.stores.spreadsheets.boundId;
  for (const i of evenPoints(sheetCalls.length, budget)) {
    const k = sheetCalls[i - 1]!;
    const label = `timeout at call ${k} (${records[k - 1]?.method})`;
    out.push(...runWith(c, tally, label, { faults: [spreadsheetTimeout(k, id)] }));
    tally.faultPoints++;
  }
  return out;
}

/**
 * MailApp throwing Google's daily quota error at each of the operation's sends. The case's follow-up runs a day
 * later on the virtual clock (quotas "reset 24 hours after the first request"), when the email must go out once.
 * https://developers.google.com/apps-script/guides/services/quotas
 */
export function runQuotaFaults(c: IntakeCase, tally: Tally): string[] {
  const records = probe(c).execution.records;
  const sends = records.map((r, i) => (r.method === 'sendEmail' ? i + 1 : 0)).filter((k) => k > 0);
  const out: string[] = [];
  for (const k of sends)
    out.push(...runWith(c, tally, `quota at call ${k}`, { faults: [emailQuotaExceeded(k)] }));
  tally.faultPoints += sends.length;
  if (sends.length === 0) out.push(`${c.name}: the operation sends no email through MailApp`);
  return out;
}
