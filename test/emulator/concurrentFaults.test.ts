// Concurrent executions under faults: stopped at any call, past the time limit, transient and quota errors.
import { Emulator } from '../../src/emulator';
import {
  emailQuotaExceeded,
  runConcurrently,
  seedLabel,
  seedsToRun,
  spreadsheetTimeout,
  stopAt,
  withFaults,
} from '../../src/emulator/concurrent';

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
function readN() { return Number(PropertiesService.getScriptProperties().getProperty('n') || 0); }
function holdForever() {
  LockService.getScriptLock().waitLock(30000);
  var p = PropertiesService.getScriptProperties();
  for (;;) p.getProperty('x');
}
function spinForever() {
  var p = PropertiesService.getScriptProperties();
  try { for (;;) p.getProperty('x'); } catch (e) { for (;;) {} }
}
function retryOnTransient() {
  for (var attempt = 1; attempt <= 3; attempt++) {
    try {
      SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B1').setValue('done');
      return attempt;
    } catch (e) {
      if (String(e).indexOf('timed out') < 0) throw e;
    }
  }
}
function sendOne() { MailApp.sendEmail('someone@example.org', 'Hello', 'Body'); return 'sent'; }
function shout(w) { return PropertiesService.getScriptProperties().getProperty('greeting') + ' ' + w + '!'; }
function templated() {
  PropertiesService.getScriptProperties().setProperty('greeting', 'Hi');
  return HtmlService.createTemplate('<p><?= shout("you") ?></p>').evaluate().getContent();
}
`;

const others = (n: number) => Array.from({ length: n }, () => ({ fn: 'incProperty' }));

describe('concurrent executions under faults', () => {
  // Source: https://developers.google.com/apps-script/reference/lock/lock#releaseLock() ("Locks are
  // automatically released when the script terminates")
  it.each(seedsToRun(3).map((s) => [seedLabel(s), s]))(
    'an execution stopped while holding the lock releases it; the others complete (%s)',
    async (label, seed) => {
      const emu = new Emulator({ source });
      // Calls: getScriptLock (1), waitLock (2), getScriptProperties (3): stopped holding the lock.
      const results = await runConcurrently(emu, [{ fn: 'incProperty', options: stopAt(3) }, ...others(4)], {
        seed,
      });
      expect({ label, statuses: results.map((r) => r.status) }).toEqual({
        label,
        statuses: ['killed', 'ok', 'ok', 'ok', 'ok'],
      });
      expect(results[0]?.execution.records.map((r) => r.method)).toEqual(['getScriptLock', 'waitLock']);
      expect({ label, n: emu.call('readN') }).toEqual({ label, n: 4 });
      expect(emu.backend.stores.script.locks.isFree('script', 'script')).toBe(true);
    },
  );

  it('stopping an execution at every one of its calls loses nothing and applies nothing after the stop', async () => {
    const probe = new Emulator({ source }).run('incProperty');
    const methods = probe.execution.records.map((r) => r.method);
    const writeAt = methods.indexOf('setProperty') + 1;
    expect(methods.length).toBe(6);
    // Every k, one past the last call included (the execution then completes); SOAK_SEEDS multiplies the seeds.
    const cases = seedsToRun(1).flatMap((run) =>
      [...methods, 'none'].map((_, i) => [run * 100 + i + 1, i + 1]),
    );
    for (const [seed, k] of cases as [number, number][]) {
      const emu = new Emulator({ source });
      const results = await runConcurrently(emu, [{ fn: 'incProperty', options: stopAt(k) }, ...others(3)], {
        seed,
      });
      const label = `k=${k} ${seedLabel(seed)}`;
      const stopped = results[0];
      expect({ label, status: stopped?.status }).toEqual({
        label,
        status: k <= methods.length ? 'killed' : 'ok',
      });
      expect({
        label,
        calls: emu.backend.calls.filter((c) => c.execution === stopped?.execution.id).length,
      }).toEqual({
        label,
        calls: Math.min(k - 1, methods.length),
      });
      expect({ label, others: results.slice(1).map((r) => r.status) }).toEqual({
        label,
        others: ['ok', 'ok', 'ok'],
      });
      expect({ label, n: emu.call('readN') }).toEqual({ label, n: 3 + (k > writeAt ? 1 : 0) });
    }
  });

  // Source: https://developers.google.com/apps-script/guides/services/quotas (script runtime: 6 min / execution)
  it('the 6-minute limit stops a concurrent execution, which makes no call after it', async () => {
    const emu = new Emulator({ source });
    const [spinner, ...rest] = await runConcurrently(emu, [{ fn: 'spinForever' }, ...others(2)], { seed: 1 });
    expect(spinner?.status).toBe('killed');
    expect(spinner?.error).toBe('Exceeded maximum execution time');
    expect(spinner?.execution.ms).toBeGreaterThan(6 * 60 * 1000);
    expect(spinner?.execution.ms).toBeLessThan(6 * 60 * 1000 + 100);
    expect(rest.map((r) => r.status)).toEqual(['ok', 'ok']);
  });

  it('an execution killed by its time limit while holding the lock releases it', async () => {
    const emu = new Emulator({ source });
    const results = await runConcurrently(
      emu,
      [{ fn: 'holdForever', options: { limitMs: 2000 } }, ...others(3)],
      { seed: 5 },
    );
    expect(results.map((r) => r.status)).toEqual(['killed', 'ok', 'ok', 'ok']);
    expect(emu.call('readN')).toBe(3);
  });

  // Source: https://github.com/alexwforsythe/code-blocks/issues/168 ("Service … failed while accessing document
  // with id…", the family of transient errors a script is expected to retry)
  it("a transient Sheets error at a chosen call is thrown with Google's wording, and a retry succeeds", async () => {
    const emu = new Emulator({ source });
    const id = emu.backend.stores.spreadsheets.boundId;
    // Calls: getActiveSpreadsheet (1), getSheets (2), getRange (3), setValue (4).
    const options = withFaults({}, spreadsheetTimeout(4, id));
    const [r] = await runConcurrently(emu, [{ fn: 'retryOnTransient', options }, ...others(2)], { seed: 3 });
    expect(r?.value).toBe(2);
    const failed = r?.execution.records.find((c) => c.error);
    expect(failed?.method).toBe('setValue');
    expect(failed?.error).toBe(`Service Spreadsheets timed out while accessing document with id ${id}.`);
    // The same builder works in-process.
    expect(new Emulator({ source }).run('retryOnTransient', [], options).value).toBe(2);
  });

  // Source: https://developers.google.com/apps-script/guides/services/quotas (email recipients per day)
  it('the daily email quota error can be injected at a chosen call', async () => {
    const emu = new Emulator({ source });
    const [r] = await runConcurrently(
      emu,
      [{ fn: 'sendOne', options: withFaults({}, emailQuotaExceeded(1)) }],
      {
        seed: 1,
      },
    );
    expect(r?.status).toBe('error');
    expect(r?.error).toBe('Exception: Service invoked too many times for one day: email.');
    expect(emu.backend.stores.comms.mail.sentTo('someone@example.org')).toEqual([]);
  });

  // Source: https://developers.google.com/apps-script/guides/html/templates (scriptlets call the script's functions)
  it("HtmlService templates run their scriptlets in the concurrent execution's own realm", async () => {
    const emu = new Emulator({ source });
    const [r] = await runConcurrently(emu, [{ fn: 'templated' }, ...others(2)], { seed: 2 });
    expect(r?.value).toBe('<p>Hi you!</p>');
  });
});
