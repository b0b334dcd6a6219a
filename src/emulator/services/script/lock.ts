// LockService and Lock: mutual exclusion between executions; locks are held per execution and released when it ends.
// Source: https://developers.google.com/apps-script/reference/lock/lock
// Source: https://developers.google.com/apps-script/reference/lock/lock-service
import type { GoogleBackend } from '../../backend';
import type { ExecutionState } from '../../runtime/executionState';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';

/** Google's message when waitLock times out (as real scripts log it:
 *  "Exception: Lock timeout: another process was holding the lock for too long."). */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export type LockScope = 'script' | 'user' | 'document';

/** A request to wait for a lock, handed to a scheduler that can park the execution (see `LockStore.waiter`). */
export interface LockWait {
  executionId: number;
  scope: LockScope;
  key: string;
  timeoutMs: number;
}

/**
 * Who holds which lock. All decisions live here so a concurrent scheduler (executions in worker threads)
 * can reuse them: it installs `waiter` to park a waitLock until `release` frees the lock or the timeout passes.
 */
export class LockStore {
  private readonly holders = new Map<string, number>();
  private readonly releaseListeners: ((scope: LockScope, key: string) => void)[] = [];
  /**
   * Decides the outcome of waiting for a lock held by another execution: true once acquired, false on timeout.
   * Unset (single-threaded mode): nobody else can run meanwhile, so the wait always times out.
   */
  waiter: ((wait: LockWait) => boolean) | undefined;

  private static id(scope: LockScope, key: string): string {
    return `${scope}:${key}`;
  }

  holder(scope: LockScope, key: string): number | undefined {
    return this.holders.get(LockStore.id(scope, key));
  }

  isFree(scope: LockScope, key: string): boolean {
    return this.holder(scope, key) === undefined;
  }

  /** Takes the lock if free; true also when this execution already holds it. */
  tryAcquire(executionId: number, scope: LockScope, key: string): boolean {
    const id = LockStore.id(scope, key);
    const h = this.holders.get(id);
    if (h !== undefined && h !== executionId) return false;
    this.holders.set(id, executionId);
    return true;
  }

  /** Waits (through `waiter`) for a lock another execution holds; true once acquired. */
  acquireOrWait(wait: LockWait): boolean {
    if (this.tryAcquire(wait.executionId, wait.scope, wait.key)) return true;
    return this.waiter ? this.waiter(wait) : false;
  }

  release(executionId: number, scope: LockScope, key: string): void {
    const id = LockStore.id(scope, key);
    if (this.holders.get(id) !== executionId) return;
    this.holders.delete(id);
    for (const l of this.releaseListeners) l(scope, key);
  }

  /** Releases every lock of an execution (at its end: "locks are released when the script terminates"). */
  releaseAll(executionId: number): void {
    for (const [id, h] of [...this.holders]) {
      if (h !== executionId) continue;
      const at = id.indexOf(':');
      this.release(executionId, id.slice(0, at) as LockScope, id.slice(at + 1));
    }
  }

  onRelease(listener: (scope: LockScope, key: string) => void): void {
    this.releaseListeners.push(listener);
  }
}

export class LockServiceRoot extends ServiceObject {
  readonly _type = 'LockService';
  readonly _service = 'LockService';

  constructor(
    g: GoogleBackend,
    private readonly store: LockStore,
    private readonly documentId: string,
  ) {
    super(g);
  }

  getScriptLock(): Lock {
    return new Lock(this._g, this.store, 'script', 'script');
  }

  getUserLock(): Lock {
    return new Lock(this._g, this.store, 'user', this._g.current.effectiveUser);
  }

  getDocumentLock(): Lock {
    return new Lock(this._g, this.store, 'document', this.documentId);
  }
}

const releaseHooked = new WeakSet<ExecutionState>();

export class Lock extends ServiceObject {
  readonly _type = 'Lock';
  readonly _service = 'LockService';

  constructor(
    g: GoogleBackend,
    private readonly store: LockStore,
    private readonly scope: LockScope,
    private readonly key: string,
  ) {
    super(g);
  }

  /** "Attempts to acquire the lock, timing out after the provided number of milliseconds." Returns false on timeout. */
  tryLock(timeoutInMillis: unknown): boolean {
    return this.acquire(this.timeout(timeoutInMillis));
  }

  /** "Attempts to acquire the lock, timing out with an exception after the provided number of milliseconds." */
  waitLock(timeoutInMillis: unknown): void {
    if (!this.acquire(this.timeout(timeoutInMillis))) throw new GoogleError(LOCK_TIMEOUT_MESSAGE);
  }

  /** "Returns true if the lock was acquired." */
  hasLock(): boolean {
    return this.store.holder(this.scope, this.key) === this._g.current.id;
  }

  /** Which lock this is, for a concurrent scheduler deciding whether a waitLock/tryLock call must park. */
  _lockId(): { scope: LockScope; key: string } {
    return { scope: this.scope, key: this.key };
  }

  /** "This method has no effect if the lock has not been acquired." */
  releaseLock(): void {
    this.store.release(this._g.current.id, this.scope, this.key);
  }

  private acquire(timeoutMs: number): boolean {
    const state = this._g.current;
    const got = this.store.acquireOrWait({
      executionId: state.id,
      scope: this.scope,
      key: this.key,
      timeoutMs,
    });
    if (!got) {
      // The execution waited the whole timeout: the time counts on the clock and towards its 6-minute limit.
      // A concurrent scheduler's `waiter` parked the call and has already moved the clock and charged the wait.
      if (!this.store.waiter) {
        this._g.clock.advance(timeoutMs);
        state.ms += timeoutMs;
      }
      return false;
    }
    if (!releaseHooked.has(state)) {
      releaseHooked.add(state);
      state.onEnd.push(() => this.store.releaseAll(state.id));
    }
    return true;
  }

  private timeout(v: unknown): number {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new GoogleError('Invalid argument: timeoutInMillis');
    return n;
  }
}
