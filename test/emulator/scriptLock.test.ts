// Fidelity tests: LockService — tryLock/waitLock against a lock another execution holds, release at execution end.
import { Emulator } from '../../src/emulator';

const source = String.raw`
function tryIt() { var l = LockService.getScriptLock(); var got = l.tryLock(5000); return { got: got, has: l.hasLock() }; }
function waitIt() { LockService.getScriptLock().waitLock(30000); return 'got it'; }
function holdAndReturn() { LockService.getScriptLock().waitLock(1000); return LockService.getScriptLock().hasLock(); }
function holdAndThrow() { LockService.getScriptLock().waitLock(1000); throw new Error('boom'); }
function releaseIt() { var l = LockService.getScriptLock(); l.waitLock(1000); l.releaseLock(); return l.hasLock(); }
function userLock() { return LockService.getUserLock().tryLock(0); }
`;

describe('LockService', () => {
  // Source: https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
  it('tryLock returns false, after waiting the timeout, when another execution holds the lock', () => {
    const emu = new Emulator({ source });
    const locks = emu.backend.stores.script.locks;
    expect(locks.tryAcquire(9999, 'script', 'script')).toBe(true); // "execution A" holds it
    const before = emu.backend.clock.now();
    const r = emu.run('tryIt');
    expect(r.value).toEqual({ got: false, has: false });
    expect(emu.backend.clock.now() - before).toBeGreaterThanOrEqual(5000);
  });

  // Source: https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  it("waitLock throws Google's timeout exception when another execution holds the lock", () => {
    const emu = new Emulator({ source });
    emu.backend.stores.script.locks.tryAcquire(9999, 'script', 'script');
    const r = emu.run('waitIt');
    expect(r.status).toBe('error');
    expect(r.error).toBe('Exception: Lock timeout: another process was holding the lock for too long.');
    expect(r.execution.ms).toBeGreaterThanOrEqual(30_000);
  });

  // Source: https://developers.google.com/apps-script/reference/lock/lock#releaseLock() ("Locks are automatically
  // released when the script terminates")
  it('releases the lock when the execution ends, normally or by an error', () => {
    const emu = new Emulator({ source });
    const locks = emu.backend.stores.script.locks;
    expect(emu.call('holdAndReturn')).toBe(true);
    expect(locks.isFree('script', 'script')).toBe(true);
    expect(emu.run('holdAndThrow').status).toBe('error');
    expect(locks.isFree('script', 'script')).toBe(true);
    expect(emu.call('tryIt')).toEqual({ got: true, has: true });
  });

  // Source: https://developers.google.com/apps-script/reference/lock/lock#hasLock()
  it('hasLock is false after releaseLock', () => {
    const emu = new Emulator({ source });
    expect(emu.call('releaseIt')).toBe(false);
  });

  // Source: https://developers.google.com/apps-script/reference/lock/lock-service#getUserLock()
  it('user locks are per user', () => {
    const emu = new Emulator({ source });
    emu.backend.stores.script.locks.tryAcquire(9999, 'user', 'a@x.org');
    expect(emu.call('userLock', [], { user: 'a@x.org' })).toBe(false);
    expect(emu.call('userLock', [], { user: 'b@x.org' })).toBe(true);
  });

  it('lets a concurrent scheduler decide waits through LockStore.waiter', () => {
    const emu = new Emulator({ source });
    const locks = emu.backend.stores.script.locks;
    locks.tryAcquire(9999, 'script', 'script');
    locks.waiter = (w) => {
      locks.release(9999, w.scope, w.key); // the other execution finishes meanwhile
      return locks.tryAcquire(w.executionId, w.scope, w.key);
    };
    expect(emu.call('waitIt')).toBe('got it');
  });
});
