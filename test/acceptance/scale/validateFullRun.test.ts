// Issue 11.3: the full run splits itself across executions (state in the document properties, resumed by a
// one-off time-driven trigger) and finds exactly what one uninterrupted run finds, even when stopped anywhere.
import type { Emulator } from '../../../src/emulator';
import { advanceClock } from '../../../src/emulator/events';
import { check, demoWorkbook, highlighted, keysOf, OWNER } from './validateHarness';

function documentProperties(emu: Emulator): Map<string, string> {
  const maps = [...emu.backend.stores.script.properties.document.values()];
  if (maps.length !== 1) throw new Error('expected one document store');
  return maps[0]!;
}

const inProgress = (emu: Emulator) => documentProperties(emu).has('scn.validate.full');

describe('full validation run', () => {
  const one = demoWorkbook();
  const single = check(one, 'full');
  const reference = keysOf(single.value!.problems);
  const lit = highlighted(one);

  it('one run checks every row in one execution and lists the planted problems', () => {
    expect(single.value!.complete).toBe(true);
    expect(reference.some((k) => k.startsWith('Cities!10:'))).toBe(true);
    expect(reference.some((k) => k.startsWith('Contacts!40:'))).toBe(true);
    expect(reference.some((k) => k.startsWith('Engagements!2500:'))).toBe(true);
    expect(single.value!.total).toBe(reference.length);
    expect(lit.length).toBeGreaterThanOrEqual(3);
  });

  it('split across executions by its time budget, resumed by its trigger, ends with the same problems', () => {
    const emu = demoWorkbook();
    // A budget of 1 ms: every chunk hands over to the next execution.
    documentProperties(emu).set('scn.validate.budgetMs', '1');
    const first = check(emu, 'full');
    expect(first.value!.complete).toBe(false);
    let executions = 1;
    while (inProgress(emu) && executions < 60) {
      const runs = advanceClock(emu, 2 * 60 * 1000);
      expect(runs.map((r) => [r.status, r.error])).toEqual(runs.map(() => ['ok', undefined]));
      executions += runs.length;
      if (runs.length === 0) break;
    }
    expect(inProgress(emu)).toBe(false);
    expect(executions).toBeGreaterThan(5);
    // The continuation trigger removed itself.
    expect(
      emu.backend.stores.script.triggers.triggers.filter((t) => t.handler === 'continueValidation'),
    ).toEqual([]);
    expect(highlighted(emu)).toEqual(lit);
    // "Check again" after the split run lists the same problems as the single run.
    expect(keysOf(check(emu).value!.problems)).toEqual(reference);
  });

  it('stopped at any call, a rerun completes it with the same highlights and problems', () => {
    const runCalls = single.execution.records.length;
    for (const k of [3, Math.floor(runCalls / 3), Math.floor(runCalls / 2), runCalls - 8, runCalls - 2]) {
      const emu = demoWorkbook();
      const stopped = emu.run('checkWorkbook', ['full'], { user: OWNER, stopAtCall: k });
      expect(stopped.status).not.toBe('ok');
      const again = emu.run('continueValidation', [], { user: OWNER });
      expect([again.status, again.error]).toEqual(['ok', undefined]);
      if (inProgress(emu) || !documentProperties(emu).has('scn.validate.baseline')) check(emu, 'full');
      expect(highlighted(emu)).toEqual(lit);
      expect(keysOf(check(emu).value!.problems)).toEqual(reference);
    }
  });
});
