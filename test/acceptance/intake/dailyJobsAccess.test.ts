// The daily jobs run from their own trigger only: a caller through google.script.run cannot take the day's digest.
import { advanceClock } from '../../../src/emulator/events';
import { invokeScriptRun } from '../../../src/emulator/scriptRun';
import { COORDINATOR, intakeWorkbook, OWNER, outbox, STRANGER } from './harness';

describe('runDailyJobs', () => {
  it('refuses callers who are not its trigger, whoever they are, and sends nothing', () => {
    const emu = intakeWorkbook();
    const before = outbox(emu).length;
    for (const user of [STRANGER, COORDINATOR, OWNER]) {
      for (const args of [[], [{ triggerUid: 'made-up' }]]) {
        const r = invokeScriptRun(emu, { name: 'runDailyJobs', args, user });
        expect({ user, args, ok: r.ok }).toEqual({ user, args, ok: false });
        if (!r.ok) expect(r.error.message).toMatch(/time-driven trigger only/);
      }
    }
    expect(outbox(emu).length).toBe(before);
  });

  it('runs when its time-driven trigger fires', () => {
    const emu = intakeWorkbook();
    // Setup's other clock trigger (the nightly archive at 02:00) fires too: each run names its handler.
    const runs = advanceClock(emu, 26 * 60 * 60 * 1000);
    expect(runs.map((r) => [r.handler, r.status, r.error])).toEqual(
      runs.map((r) => [r.handler, 'ok', undefined]),
    );
    const ofDaily = runs.filter((r) => r.handler === 'runDailyJobs');
    expect(ofDaily).toHaveLength(1);
    const value = ofDaily[0]!.value as { sweep: unknown; digest: unknown };
    expect(value).toHaveProperty('sweep');
    expect(value).toHaveProperty('digest');
  });
});
