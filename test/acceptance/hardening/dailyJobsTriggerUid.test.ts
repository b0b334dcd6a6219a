// Hardening 11: runDailyJobs accepts its time-driven event's triggerUid as a string or as a number.
import { invokeScriptRun } from '../../../src/emulator/scriptRun';
import { intakeWorkbook, OWNER, STRANGER } from '../intake/harness';

describe('runDailyJobs and the triggerUid of its event', () => {
  // Source: https://developers.google.com/apps-script/guides/triggers/events#time-driven_events (triggerUid is the
  // trigger's id; the guide's example event shows it as a number).
  it('runs for its own trigger whether triggerUid is a string or a number, and refuses other ids', () => {
    const emu = intakeWorkbook();
    const daily = emu.backend.stores.script.triggers.triggers.find((t) => t.handler === 'runDailyJobs');
    expect(daily).toBeDefined();
    const uid = daily!.uid;
    const run = (triggerUid: unknown, user = OWNER) =>
      invokeScriptRun(emu, { name: 'runDailyJobs', args: [{ triggerUid }], user });
    expect(run(uid).ok).toBe(true);
    expect(run(Number(uid)).ok).toBe(true);
    expect(run(Number(uid) + 1e6).ok).toBe(false);
    expect(run(`${uid}0`).ok).toBe(false);
    expect(run(Number.NaN).ok).toBe(false);
    // A stranger's project triggers do not include it, whichever form the id takes.
    expect(run(Number(uid), STRANGER).ok).toBe(false);
  });
});
