// Runs several executions at once, each in a worker thread, against one backend, interleaving their calls by a seed.
import type { GoogleBackend } from '../backend';
import type { Emulator } from '../index';
import type { RunResult } from '../runtime/execution';
import type { ExecutionOptions, ExecutionState } from '../runtime/executionState';
import { type CallReply, type CallRequest, copyIntoHostRealm } from '../runtime/wire';
import type { LockStore } from '../services/script/lock';
import { type LockPark, parkIsOver, parkOf } from './lockParking';
import { evalInWorker } from './scriptEval';
import { jobRandomSeed, SeededRandom, seedLabel } from './seeds';
import { type ExecutionWorker, type WorkerMessage, workerPool } from './workerPool';

export interface ConcurrentJob {
  /** The top-level function of the script to run. */
  fn: string;
  args?: unknown[];
  options?: ExecutionOptions;
}

export interface ConcurrentOptions {
  /** Decides the interleaving: the same seed gives the same order of calls. */
  seed: number;
  /** Wall-clock ms an execution may compute without making a call before the run is abandoned. */
  stallMs?: number;
}

export interface ConcurrentResult<T = unknown> extends RunResult<T> {
  /** The job's index in the list given to `runConcurrently`. */
  job: number;
}

interface Slot {
  index: number;
  job: ConcurrentJob;
  state: ExecutionState;
  worker: ExecutionWorker;
  phase: 'running' | 'blocked' | 'done';
  pending?: CallRequest;
  park?: LockPark;
  sentTypes: Set<string>;
  result?: ConcurrentResult;
}

const bundleIds = new WeakMap<object, number>();
let nextBundleId = 1;

/**
 * Runs the jobs as concurrent executions sharing `emu.backend`. Each runs in its own script realm in a
 * worker thread; only one thread computes at a time: the scheduler waits until every live execution is
 * blocked on a service call (or finished), then serves one call chosen by a PRNG seeded with `seed`,
 * so the interleaving depends on the seed only. LockService calls wait across executions.
 *
 * Time: the one virtual clock advances by every served call of every execution, so `Date.now()` in an
 * execution also counts the calls others made meanwhile (a conservative reading for scripts that watch
 * their elapsed time); an execution's own limit (`limitMs`, 6 minutes) counts its own calls and its lock
 * waits (`execution.ms`), as executions on Google run side by side.
 */
export async function runConcurrently(
  emu: Emulator,
  jobs: ConcurrentJob[],
  options: ConcurrentOptions,
): Promise<ConcurrentResult[]> {
  return new ConcurrentRun(emu, jobs, options).run();
}

class ConcurrentRun {
  private readonly backend: GoogleBackend;
  private readonly locks: LockStore;
  private readonly rng: SeededRandom;
  private readonly stallMs: number;
  private slots: Slot[] = [];

  constructor(
    private readonly emu: Emulator,
    private readonly jobs: ConcurrentJob[],
    private readonly options: ConcurrentOptions,
  ) {
    this.backend = emu.backend;
    this.locks = emu.backend.stores.script.locks;
    this.rng = new SeededRandom(options.seed);
    this.stallMs = options.stallMs ?? 60_000;
  }

  run(): ConcurrentResult[] {
    const workers = workerPool.take(this.jobs.length);
    this.slots = this.jobs.map((job, index) => this.start(index, job, workers[index] as ExecutionWorker));
    try {
      this.loop();
    } catch (e) {
      for (const s of this.slots) if (s.phase !== 'done') this.kill(s, 'Abandoned by the scheduler.');
      throw e;
    }
    return this.slots.map((s) => s.result as ConcurrentResult);
  }

  private start(index: number, job: ConcurrentJob, worker: ExecutionWorker): Slot {
    const g = this.backend;
    const bundle = this.emu.bundle;
    const state = g.beginExecution(job.options, bundle.source);
    const rootHandles: Record<string, unknown> = {};
    for (const name of g.roots.keys()) rootHandles[name] = g.rootHandle(state, name);
    const args = g.toWire(job.args ?? [], state);
    let bundleId = bundleIds.get(bundle);
    if (bundleId === undefined) {
      bundleId = nextBundleId++;
      bundleIds.set(bundle, bundleId);
    }
    const known = worker.bundles.has(bundleId);
    worker.bundles.add(bundleId);
    const slot: Slot = { index, job, state, worker, phase: 'running', sentTypes: new Set() };
    state.evalInScript = (code, wireArgs) =>
      evalInWorker(
        {
          backend: g,
          state,
          worker,
          stallMs: this.stallMs,
          seed: this.options.seed,
          newTypes: () => this.newTypes(slot),
        },
        code,
        wireArgs,
      );
    worker.send({
      type: 'run',
      bundleId,
      source: known ? undefined : bundle.source,
      filename: 'Code.js',
      fn: job.fn,
      args,
      rootHandles,
      methods: this.newTypes(slot),
      now: g.clock.now(),
      executionId: state.id,
      randomSeed: jobRandomSeed(this.options.seed, index),
    });
    return slot;
  }

  private loop(): void {
    for (;;) {
      const progressed = this.drain();
      if (this.slots.some((s) => s.phase === 'running')) {
        if (!progressed && !workerPool.wait(this.stallMs)) this.stalled();
        continue;
      }
      const blocked = this.slots.filter((s) => s.phase === 'blocked');
      if (blocked.length === 0) return;
      const now = this.backend.clock.now();
      for (const s of blocked) s.park ??= parkOf(s.state, s.pending as CallRequest, this.locks, now);
      // A wait whose deadline has passed times out then, before any call that starts later.
      const due = blocked
        .filter((s) => s.park && now >= s.park.deadline)
        .sort((x, y) => (x.park as LockPark).deadline - (y.park as LockPark).deadline);
      if (due.length > 0) {
        this.serve(due[0] as Slot);
        continue;
      }
      let ready = blocked.filter((s) => !s.park || parkIsOver(s.park, s.state, this.locks, now));
      if (ready.length === 0) {
        // Every live execution waits for a lock another holds: time passes until the first wait times out.
        const earliest = Math.min(...blocked.map((s) => (s.park as LockPark).deadline));
        this.backend.clock.set(Math.max(earliest, now));
        const later = this.backend.clock.now();
        ready = blocked.filter((s) => parkIsOver(s.park as LockPark, s.state, this.locks, later));
      }
      this.serve(ready[this.rng.below(ready.length)] as Slot);
    }
  }

  /** Reads every message that has arrived; true when any did. */
  private drain(): boolean {
    let any = false;
    for (const s of this.slots) {
      while (s.phase === 'running') {
        const m = s.worker.poll();
        if (!m) break;
        any = true;
        this.takeLogs(s, m);
        if (m.type === 'call') {
          s.pending = { h: m.h as number, m: m.m as string, args: m.args as unknown[] };
          s.phase = 'blocked';
        } else if (m.type === 'done') {
          this.finish(s, m);
        }
      }
    }
    return any;
  }

  private serve(s: Slot): void {
    const { state } = s;
    const req = s.pending as CallRequest;
    const park = s.park;
    s.pending = undefined;
    s.park = undefined;
    s.phase = 'running';
    let reply: CallReply;
    if (park) {
      // The wait counts towards the execution's time; a lock still held at this point means a timeout.
      state.ms += this.backend.clock.now() - park.since;
      this.locks.waiter = () => false;
    }
    try {
      reply = this.backend.invoke(state, req);
    } finally {
      if (park) this.locks.waiter = undefined;
    }
    // A stopped execution, or one past its time limit, ends at once, as Apps Script stops it.
    if ((reply.ok === false && reply.killed) || state.killed) {
      this.kill(s, state.killReason);
      return;
    }
    s.worker.send({ type: 'reply', reply, now: this.backend.clock.now(), types: this.newTypes(s) });
  }

  private finish(s: Slot, m: WorkerMessage): void {
    const { state } = s;
    let result: ConcurrentResult;
    if (m.ok) {
      const value = copyIntoHostRealm(m.value, (h) => state.handles.get(h.__h));
      result = { job: s.index, status: 'ok', value, execution: state };
    } else if (m.notFound) {
      result = {
        job: s.index,
        status: 'error',
        error: `Script function not found: ${s.job.fn}`,
        execution: state,
      };
    } else {
      const err = m.error as { name: string; message: string; text: string };
      const thrown = Object.assign(new Error(err.message), { name: err.name });
      result = { job: s.index, status: 'error', error: err.text, thrown, execution: state };
    }
    this.backend.endExecution(state);
    workerPool.give(s.worker);
    s.result = result;
    s.phase = 'done';
  }

  /** Stops an execution where it is: its thread ends, its pending call never runs, its locks are released. */
  private kill(s: Slot, reason: string): void {
    s.worker.kill();
    this.backend.kill(s.state, reason);
    this.backend.endExecution(s.state);
    s.pending = undefined;
    s.park = undefined;
    s.result = { job: s.index, status: 'killed', error: s.state.killReason, execution: s.state };
    s.phase = 'done';
  }

  private takeLogs(s: Slot, m: WorkerMessage): void {
    if (m.logs) s.state.logs.push(...m.logs);
  }

  /** Method lists of the types the backend learned since this execution was last told (types first seen mid-run). */
  private newTypes(s: Slot): Record<string, string[]> | undefined {
    const table = this.backend.methodTable;
    const names = Object.keys(table);
    if (names.length === s.sentTypes.size) return undefined;
    const out: Record<string, string[]> = {};
    for (const name of names) {
      if (s.sentTypes.has(name)) continue;
      s.sentTypes.add(name);
      out[name] = table[name] as string[];
    }
    return out;
  }

  private stalled(): never {
    const running = this.slots.filter((s) => s.phase === 'running').map((s) => s.index);
    throw new Error(
      `Emulator (${seedLabel(this.options.seed)}): job(s) ${running.join(', ')} ran ${this.stallMs} ms ` +
        'without a service call or an end (an endless loop, or a worker that died).',
    );
  }
}
