// Kill-anywhere runner: stops an operation at its k-th service call (or makes that call fail), runs the follow-up, checks invariants.

import type { Emulator, ExecutionOptions, RunResult } from '../../../src/emulator';
import { spreadsheetTimeout } from '../../../src/emulator/concurrent';
import { allInvariants, classifyDuplicates, duplicateKeys, type Violation } from './invariants';
import type { Intent } from './nothingLost';
import { copyEmulator } from './workbookCopy';
import { type Baseline, baselineOf } from './workbookView';

export interface KillCase {
  name: string;
  /** A fresh workbook, the same every time. */
  fixture: () => Emulator;
  /** Runs the operation once with these options (stopAtCall or faults added by the runner). */
  operation: (emu: Emulator, options: ExecutionOptions) => RunResult;
  /** What happens next in real life: the user retries, the sweep runs, the next trigger fires. */
  followUp: (emu: Emulator) => Violation[];
  /** Tabs whose records must not be doubled by operation + follow-up. */
  tabs: readonly string[];
  /** What operation + follow-up may change or add; any other difference from the baseline is a violation. */
  intent: Intent;
  /** Operation-specific checks after the follow-up (e.g. the saved value is there exactly once). */
  completed?: (emu: Emulator) => Violation[];
}

export interface Tally {
  killPoints: number;
  faultPoints: number;
  interleavings: number;
  strings: number;
  violations: string[];
  /** Tolerated findings (see Violation.known): reason → how many times, with the first case that showed it. */
  known: Map<string, { count: number; example: string }>;
}

export function newTally(): Tally {
  return { killPoints: 0, faultPoints: 0, interleavings: 0, strings: 0, violations: [], known: new Map() };
}

export function summaryLine(suite: string, t: Tally): string {
  return (
    `[reliability] ${suite}: ${t.killPoints} kill points, ${t.faultPoints} fault points, ` +
    `${t.interleavings} interleavings, ${t.strings} strings tried, ${t.violations.length} violations` +
    [...t.known].map(([reason, k]) => `\n  known limit (${k.count}×): ${reason}; e.g. ${k.example}`).join('')
  );
}

/** Splits findings into violations (returned, also added to the tally) and tolerated ones (counted). */
export function record(t: Tally, found: Violation[], prefix: string): string[] {
  const out: string[] = [];
  for (const v of found) {
    const text = `${prefix}: [${v.check}] ${v.detail}`;
    if (v.known) {
      const k = t.known.get(v.known) ?? { count: 0, example: text };
      k.count++;
      t.known.set(v.known, k);
    } else out.push(text);
  }
  t.violations.push(...out);
  return out;
}

const soak = () => Number(process.env.SOAK_SEEDS) > 0;

/**
 * Every k within this many calls of an operation's start and of its end is tried in the default run too (issue 19:
 * 20). Each k starts from a copy of the fixture taken after its baseline (startOf), so a kill point costs the
 * operation, its follow-up and the checks, not a rebuilt workbook and a second validation. `KILL_EDGE_CALLS` sets
 * another edge (a quick local run); the soak run tries every k.
 */
export const EDGE_CALLS = Number(process.env.KILL_EDGE_CALLS) > 0 ? Number(process.env.KILL_EDGE_CALLS) : 20;

/**
 * The k to try for an operation of n calls: every k under `npm run test:soak` (SOAK_SEEDS set) or when n is
 * small; otherwise every k among the first and the last EDGE_CALLS calls (where reads, locks, journals and the
 * final writes and sends sit) plus `budget` points spread evenly between.
 */
export function killPoints(n: number, budget: number): number[] {
  if (soak() || n <= 2 * EDGE_CALLS + budget) return Array.from({ length: n }, (_, i) => i + 1);
  const ks = new Set<number>();
  for (let k = 1; k <= EDGE_CALLS; k++) ks.add(k).add(n + 1 - k);
  const from = EDGE_CALLS + 1;
  const to = n - EDGE_CALLS;
  const stride = (to - from) / (budget + 1);
  for (let i = 1; i <= budget; i++) ks.add(from + Math.round(i * stride));
  return [...ks].sort((a, b) => a - b);
}

/**
 * About `budget` points spread evenly over 1..n, always the first and the last (every point under the soak run):
 * the transient faults' choice among an operation's Spreadsheet calls.
 */
export function evenPoints(n: number, budget: number): number[] {
  if (soak() || n <= budget) return Array.from({ length: n }, (_, i) => i + 1);
  const stride = (n - 1) / (budget - 1);
  const ks = new Set<number>();
  for (let i = 0; i < budget; i++) ks.add(1 + Math.round(i * stride));
  return [...ks].sort((a, b) => a - b);
}

/** Prints, once per case, which k the run tries and how many it skips (all are tried under the soak run). */
export function announceKillPoints(name: string, n: number, ks: readonly number[]): void {
  if (ks.length === n) return;
  const between = ks.filter((k) => k > EDGE_CALLS && k <= n - EDGE_CALLS);
  console.log(
    `[reliability] ${name}: ${n} calls; tried k=1–${EDGE_CALLS}, ${n + 1 - EDGE_CALLS}–${n} and ` +
      `${between.length} between (${between.join(', ')}); skipped ${n - ks.length} (npm run test:soak tries every k)`,
  );
}

export type RunBaseline = Baseline & { duplicates: Set<string> };

/** Per fixture: the workbook after its baseline was taken, and that baseline (both only ever read or copied). */
const starts = new WeakMap<() => Emulator, { emu: Emulator; baseline: RunBaseline }>();

/**
 * A copy of the fixture's workbook with its baseline already taken, and the baseline. The baseline (host-side
 * reads and the bundle's own validation, which may write highlights) is taken once per fixture and the workbook
 * copied after it, so each k starts from the same state as a fresh fixture + baseline would, without rebuilding
 * or re-validating it. The baseline is shared between runs: the invariants only read it.
 */
export function startOf(c: Pick<KillCase, 'fixture'>): { emu: Emulator; baseline: RunBaseline } {
  let start = starts.get(c.fixture);
  if (!start) {
    const emu = c.fixture();
    start = { emu, baseline: { ...baselineOf(emu), duplicates: duplicateKeys(emu) } };
    starts.set(c.fixture, start);
  }
  return { emu: copyEmulator(start.emu), baseline: start.baseline };
}

/** Runs the operation once and returns its service calls (the probe that gives N). */
export function probe(c: Pick<KillCase, 'name' | 'fixture' | 'operation'>): RunResult {
  const { emu } = startOf(c); // from the state every run below starts from: the baseline taken
  const r = c.operation(emu, {});
  if (r.status !== 'ok') throw new Error(`${c.name}: the operation failed without a fault: ${r.error}`);
  return r;
}

function check(c: KillCase, emu: Emulator, baseline: RunBaseline, label: string, t: Tally): string[] {
  const found = [
    ...c.followUp(emu),
    ...allInvariants(emu, baseline, c.tabs, c.intent),
    ...(c.completed?.(emu) ?? []),
  ];
  return record(t, classifyDuplicates(found), `${c.name} ${label}`);
}

/** Stops the operation before its k-th call for each chosen k; returns the violations found. */
export function runKills(c: KillCase, tally: Tally, budget: number): string[] {
  const n = probe(c).execution.calls;
  const out: string[] = [];
  const ks = killPoints(n, budget);
  announceKillPoints(c.name, n, ks);
  for (const k of ks) {
    const { emu, baseline } = startOf(c);
    const r = c.operation(emu, { stopAtCall: k });
    const label = `k=${k}/${n}`;
    if (r.status !== 'killed')
      out.push(...record(tally, [{ check: 'stop', detail: `ran to ${r.status}` }], `${c.name} ${label}`));
    out.push(...check(c, emu, baseline, label, tally));
    tally.killPoints++;
  }
  return out;
}

/**
 * Makes the k-th call throw Google's transient "Service Spreadsheets timed out…" for each chosen Spreadsheet
 * call, then runs the follow-up and checks the invariants.
 */
export function runTransientFaults(c: KillCase, tally: Tally, budget: number): string[] {
  const records = probe(c).execution.records;
  const sheetCalls = records.map((r, i) => (r.service === 'SpreadsheetApp' ? i + 1 : 0)).filter((k) => k > 0);
  const chosen = evenPoints(sheetCalls.length, budget).map((i) => sheetCalls[i - 1]!);
  const out: string[] = [];
  for (const k of chosen) {
    const { emu, baseline } = startOf(c);
    const id = emu.backend.stores.spreadsheets.boundId;
    c.operation(emu, { faults: [spreadsheetTimeout(k, id)] });
    out.push(...check(c, emu, baseline, `timeout at call ${k} (${records[k - 1]?.method})`, tally));
    tally.faultPoints++;
  }
  return out;
}

/** The follow-up violation when a retry did not end well. */
export function mustSucceed(what: string, r: RunResult): Violation[] {
  return r.status === 'ok' ? [] : [{ check: 'follow-up', detail: `${what} ${r.status}: ${r.error}` }];
}
