// Code run in a concurrent execution's realm during one of its calls (HtmlService scriptlets), with its nested calls.
import type { GoogleBackend } from '../backend';
import type { ExecutionState } from '../runtime/executionState';
import { GoogleError } from '../runtime/serviceObject';
import { copyIntoHostRealm } from '../runtime/wire';
import { seedLabel } from './seeds';
import { type ExecutionWorker, workerPool } from './workerPool';

export interface EvalTarget {
  backend: GoogleBackend;
  state: ExecutionState;
  worker: ExecutionWorker;
  stallMs: number;
  seed: number;
  /** Method lists of types the worker has not been told about yet. */
  newTypes: () => Record<string, string[]> | undefined;
}

/**
 * `ExecutionState.evalInScript` for an execution in a worker. The worker is blocked inside the call being
 * served, so this talks to it synchronously: the calls the code makes are served at once (they belong to
 * the call in progress, which the scheduler already chose), and host functions among the arguments
 * (HtmlService's printers, which cannot cross threads) are called back here by index.
 */
export function evalInWorker(t: EvalTarget, code: string, wireArgs: unknown[]): unknown {
  const { backend: g, state, worker } = t;
  const hostFns = wireArgs.flatMap((a, i) => (typeof a === 'function' ? [i] : []));
  const args = wireArgs.map((a) => (typeof a === 'function' ? null : a));
  worker.send({ type: 'eval', code, args, hostFns, now: g.clock.now(), types: t.newTypes() });
  for (;;) {
    const m = workerPool.receiveFrom(worker, t.stallMs);
    if (!m) throw new GoogleError(`Emulator: the script realm did not answer (${seedLabel(t.seed)}).`);
    if (m.logs) state.logs.push(...m.logs);
    if (m.type === 'evalDone') {
      if (m.ok) return m.value;
      const err = m.error as { name: string; message: string };
      throw Object.assign(new Error(err.message), { name: err.name });
    }
    if (m.type === 'hostCall') {
      const fn = wireArgs[m.index as number] as (...a: unknown[]) => unknown;
      worker.send(callHostFunction(fn, m.args as unknown[], state));
      continue;
    }
    if (m.type !== 'call') continue;
    const reply = g.invoke(state, { h: m.h as number, m: m.m as string, args: m.args as unknown[] });
    if ((reply.ok === false && reply.killed) || state.killed) {
      worker.kill();
      throw new GoogleError(state.killReason);
    }
    worker.send({ type: 'reply', reply, now: g.clock.now(), types: t.newTypes() });
  }
}

function callHostFunction(
  fn: (...a: unknown[]) => unknown,
  args: unknown[],
  state: ExecutionState,
): Record<string, unknown> {
  try {
    const value = fn(...(copyIntoHostRealm(args, (h) => state.handles.get(h.__h)) as unknown[]));
    return { type: 'hostReturn', ok: true, value };
  } catch (e) {
    return { type: 'hostReturn', ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
