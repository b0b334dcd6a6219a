// Review findings 9 and 10, through dist/Code.js: one check at a time (the document lock,
// https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock(); tryLock returns false when
// taken, https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)); a full run in progress is
// carried on rather than dropped for an incremental run or restarted; a continuation trigger of another user, which
// removeContinuation cannot delete (getProjectTriggers lists the current user's only,
// https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()), steps aside.
import type { Emulator } from '../../../src/emulator';
import { advanceClock } from '../../../src/emulator/events';
import { BOUND_DOCUMENT_KEY } from '../../../src/emulator/services/script/install';
import { check, demoWorkbook, OWNER, ok } from './validateHarness';

const COORDINATOR = 'checker@strongcities.org';

function documentProperties(emu: Emulator): Map<string, string> {
  return emu.backend.stores.script.properties.forDocument(BOUND_DOCUMENT_KEY);
}

const fullRun = (emu: Emulator) => {
  const raw = documentProperties(emu).get('scn.validate.full');
  return raw ? (JSON.parse(raw) as { executions: number; tab: number; next: number }) : undefined;
};

const continuations = (emu: Emulator) =>
  emu.backend.stores.script.triggers.triggers.filter((t) => t.handler === 'continueValidation');

describe('one check at a time', () => {
  it('answers “already running” while another check holds the lock, and runs once it is free', () => {
    const emu = demoWorkbook();
    const locks = emu.backend.stores.script.locks;
    locks.tryAcquire(-1, 'document', BOUND_DOCUMENT_KEY); // another sidebar's check, still running
    const busy = emu.run('checkWorkbook', [], { user: OWNER });
    expect(busy.status).toBe('error');
    expect(String(busy.error)).toMatch(/already running/);
    expect(documentProperties(emu).has('scn.validate.baseline')).toBe(false);
    locks.release(-1, 'document', BOUND_DOCUMENT_KEY);
    expect(check(emu).value!.complete).toBe(true);
  });
});

describe('a full run in progress', () => {
  it('is carried on by a plain check and by a full check, not dropped or restarted', () => {
    const emu = demoWorkbook();
    expect(check(emu).value!.complete).toBe(true); // a baseline exists
    documentProperties(emu).set('scn.validate.budgetMs', '1');
    expect(check(emu, 'full').value!.complete).toBe(false);
    const first = fullRun(emu)!;
    expect(first.executions).toBe(1);
    const plain = check(emu);
    expect(plain.value!.mode).toBe('full');
    expect(fullRun(emu)!.executions).toBe(2);
    check(emu, 'full');
    const third = fullRun(emu)!;
    expect(third.executions).toBe(3);
    expect([third.tab, third.next]).not.toEqual([first.tab, first.next]);
  });

  it('another user’s continuation of it steps aside once the run names a newer one', () => {
    const emu = demoWorkbook();
    ok(emu, 'saveRecord', [
      { tab: 'Staff', fields: { name: 'Checker', email: COORDINATOR, role: 'coordinator', active: true } },
    ]);
    documentProperties(emu).set('scn.validate.budgetMs', '1');
    expect(check(emu, 'full').value!.complete).toBe(false);
    expect(continuations(emu).map((t) => t.owner)).toEqual([OWNER]);
    // The coordinator carries the run on from their sidebar: their continuation is the run's now; the owner's stays
    // listed (only its owner can delete it).
    ok(emu, 'checkWorkbook', [], COORDINATOR);
    expect(
      continuations(emu)
        .map((t) => t.owner)
        .sort(),
    ).toEqual([COORDINATOR, OWNER].sort());
    const before = fullRun(emu)!;
    const ownerDue = continuations(emu).find((t) => t.owner === OWNER)!.nextRunMs!;
    const coordDue = continuations(emu).find((t) => t.owner === COORDINATOR)!.nextRunMs!;
    expect(ownerDue).toBeLessThan(coordDue);
    // Only the owner's stale trigger falls due.
    const runs = advanceClock(emu, ownerDue - emu.backend.clock.now());
    expect(runs.map((r) => [r.status, r.error])).toEqual([['ok', undefined]]);
    expect(fullRun(emu)).toEqual(before);
    expect(continuations(emu).map((t) => t.owner)).toEqual([COORDINATOR]);
  });
});
