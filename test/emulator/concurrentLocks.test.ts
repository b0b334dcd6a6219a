// Concurrent executions: seeded interleaving of service calls, and LockService waiting/timing out across executions.
import { Emulator } from '../../src/emulator';
import { type ConcurrentJob, runConcurrently, seedLabel, seedsToRun } from '../../src/emulator/concurrent';

const source = String.raw`
function incProperty() {
  var lock = LockService.getScriptLock();
  lock.waitLock(30000);
  var p = PropertiesService.getScriptProperties();
  var n = Number(p.getProperty('n') || 0);
  p.setProperty('n', String(n + 1));
  lock.releaseLock();
  return n + 1;
}
function incPropertyNoLock() {
  var p = PropertiesService.getScriptProperties();
  var n = Number(p.getProperty('n') || 0);
  p.setProperty('n', String(n + 1));
  return n + 1;
}
function incCell() {
  var lock = LockService.getScriptLock();
  lock.waitLock(30000);
  var cell = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
  cell.setValue(Number(cell.getValue()) + 1);
  SpreadsheetApp.flush();
  lock.releaseLock();
}
function readCell() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); }
function readN() { return Number(PropertiesService.getScriptProperties().getProperty('n') || 0); }

// Takes the lock, says so, then keeps it for 200 property reads (about 6 modelled seconds).
function holdLong() {
  LockService.getScriptLock().waitLock(30000);
  var p = PropertiesService.getScriptProperties();
  p.setProperty('held', 'yes');
  for (var i = 0; i < 200; i++) p.getProperty('x');
  return 'held';
}
function awaitHeld_() {
  var p = PropertiesService.getScriptProperties();
  while (p.getProperty('held') !== 'yes') {}
}
function waitShort() {
  awaitHeld_();
  var lock = LockService.getScriptLock();
  var start = Date.now();
  try { lock.waitLock(1000); return 'got'; }
  catch (e) { return { error: String(e), waited: Date.now() - start }; }
}
function tryShort() {
  awaitHeld_();
  var l = LockService.getScriptLock();
  return { got: l.tryLock(1000), has: l.hasLock() };
}

// Two executions each holding one lock and asking for the other's: only timeouts can end it.
function crossA() {
  LockService.getScriptLock().waitLock(1000);
  var p = PropertiesService.getScriptProperties();
  p.setProperty('a', '1');
  while (p.getProperty('b') !== '1') {}
  var start = Date.now();
  return { got: LockService.getDocumentLock().tryLock(2000), waited: Date.now() - start };
}
function crossB() {
  LockService.getDocumentLock().waitLock(1000);
  var p = PropertiesService.getScriptProperties();
  p.setProperty('b', '1');
  while (p.getProperty('a') !== '1') {}
  return { got: LockService.getScriptLock().tryLock(5000) };
}
`;

const times = (n: number, job: ConcurrentJob) => Array.from({ length: n }, () => job);

describe('concurrent executions under LockService', () => {
  // Source: https://developers.google.com/apps-script/reference/lock/lock (the ticket-number example:
  // without the lock "the ticket numbers could end up the same")
  it.each(seedsToRun(3).map((s) => [seedLabel(s), s]))(
    '20 executions incrementing a script property under waitLock end with the exact count (%s)',
    async (label, seed) => {
      const emu = new Emulator({ source });
      const results = await runConcurrently(emu, times(20, { fn: 'incProperty' }), { seed });
      expect({ label, statuses: results.map((r) => r.status) }).toEqual({
        label,
        statuses: times(20, 'ok' as never),
      });
      expect({ label, n: emu.call('readN') }).toEqual({ label, n: 20 });
      // Every execution saw a different count: no two read the same value.
      expect(new Set(results.map((r) => r.value)).size).toBe(20);
    },
  );

  // Source: https://developers.google.com/apps-script/reference/lock/lock
  it.each(seedsToRun(2).map((s) => [seedLabel(s), s]))(
    '20 executions incrementing a sheet cell under waitLock end with the exact count (%s)',
    async (label, seed) => {
      const emu = new Emulator({ source });
      const results = await runConcurrently(emu, times(20, { fn: 'incCell' }), { seed });
      expect({ label, failed: results.filter((r) => r.status !== 'ok') }).toEqual({ label, failed: [] });
      expect({ label, a1: emu.call('readCell') }).toEqual({ label, a1: 20 });
    },
  );

  it('loses updates without a lock for some seed, so the interleaving is real', async () => {
    const counts: string[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const emu = new Emulator({ source });
      await runConcurrently(emu, times(20, { fn: 'incPropertyNoLock' }), { seed });
      const n = emu.call<number>('readN');
      counts.push(`${seedLabel(seed)}: ${n}`);
      if (n < 20) break;
    }
    expect(counts.some((c) => !c.endsWith(': 20'))).toBe(true);
  });

  it('the same seed gives the same order of calls; another seed another order', async () => {
    const orderFor = async (seed: number) => {
      const emu = new Emulator({ source });
      await runConcurrently(emu, times(8, { fn: 'incProperty' }), { seed });
      return emu.backend.calls.map((c) => `${c.execution}:${c.method}`);
    };
    const first = await orderFor(42);
    expect(await orderFor(42)).toEqual(first);
    expect(await orderFor(43)).not.toEqual(first);
  });

  // Source: https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  it.each(seedsToRun(2).map((s) => [seedLabel(s), s]))(
    "waitLock throws Google's timeout when another execution holds the lock past the timeout (%s)",
    async (label, seed) => {
      const emu = new Emulator({ source });
      const [holder, waiter] = await runConcurrently(emu, [{ fn: 'holdLong' }, { fn: 'waitShort' }], {
        seed,
      });
      expect({ label, holder: holder?.value }).toEqual({ label, holder: 'held' });
      const v = waiter?.value as { error: string; waited: number };
      expect({ label, error: v.error }).toEqual({
        label,
        error: 'Exception: Lock timeout: another process was holding the lock for too long.',
      });
      // It timed out at its deadline on the shared virtual clock: the timeout, the lock call itself, and at
      // most the one call of the holder that crossed the deadline.
      expect(v.waited).toBeGreaterThanOrEqual(1000);
      expect(v.waited).toBeLessThan(1100);
    },
  );

  // Source: https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
  it.each(seedsToRun(2).map((s) => [seedLabel(s), s]))(
    'tryLock returns false when another execution holds the lock past the timeout (%s)',
    async (label, seed) => {
      const emu = new Emulator({ source });
      const [, trier] = await runConcurrently(emu, [{ fn: 'holdLong' }, { fn: 'tryShort' }], { seed });
      expect({ label, value: trier?.value }).toEqual({ label, value: { got: false, has: false } });
    },
  );

  // Source: https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
  it('when every execution waits for a lock, the clock moves to the earliest deadline', async () => {
    const emu = new Emulator({ source });
    const [a, b] = await runConcurrently(emu, [{ fn: 'crossA' }, { fn: 'crossB' }], { seed: 1 });
    const va = a?.value as { got: boolean; waited: number };
    expect(va.got).toBe(false);
    expect(va.waited).toBeGreaterThanOrEqual(2000);
    expect(va.waited).toBeLessThan(2100);
    // A ended, which released its script lock, so B acquired it instead of timing out.
    expect(b?.value).toEqual({ got: true });
    expect(b?.execution.ms).toBeLessThan(5000);
  });
});
