// When a concurrent execution's waitLock/tryLock must wait for another execution, and when it may go on.
// Source: https://developers.google.com/apps-script/reference/lock/lock — waitLock "Attempts to acquire the
// lock, timing out with an exception after the provided number of milliseconds"; tryLock returns false
// on timeout; releaseLock lets "other processes waiting on the lock … continue"; locks are released
// "when the script terminates".
import type { ExecutionState } from '../runtime/executionState';
import type { CallRequest } from '../runtime/wire';
import { Lock, type LockScope, type LockStore } from '../services/script/lock';

/** A waitLock/tryLock call held back until its lock is free or the virtual clock reaches `deadline`. */
export interface LockPark {
  scope: LockScope;
  key: string;
  /** Virtual time the call started waiting. */
  since: number;
  deadline: number;
}

/**
 * The park of a pending call, or undefined when the call can be served now: it is not a lock
 * acquisition, the lock is free or already ours, or the call will not run at all (a stop or an
 * injected fault at this call, a bad timeout: the backend answers those at once).
 */
export function parkOf(
  state: ExecutionState,
  req: CallRequest,
  locks: LockStore,
  now: number,
): LockPark | undefined {
  if (req.m !== 'waitLock' && req.m !== 'tryLock') return undefined;
  if (state.killed || state.ended) return undefined;
  const next = state.calls + 1;
  if (state.options.stopAtCall !== undefined && next >= state.options.stopAtCall) return undefined;
  if (state.options.faults?.some((f) => f.atCall === next)) return undefined;
  const target = state.handles.get(req.h);
  if (!(target instanceof Lock)) return undefined;
  const timeoutMs = Number(req.args[0]);
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) return undefined;
  const { scope, key } = target._lockId();
  const holder = locks.holder(scope, key);
  if (holder === undefined || holder === state.id) return undefined;
  return { scope, key, since: now, deadline: now + timeoutMs };
}

/** A parked call may be served once its lock is free (it acquires) or its deadline has passed (it times out). */
export function parkIsOver(park: LockPark, state: ExecutionState, locks: LockStore, now: number): boolean {
  const holder = locks.holder(park.scope, park.key);
  return holder === undefined || holder === state.id || now >= park.deadline;
}
