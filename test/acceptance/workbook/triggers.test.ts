// Setup installs the CRM's triggers once per workbook, whichever admin runs it (getProjectTriggers is per user).

import type { Emulator } from '../../../src/emulator';
import { COORDINATOR, OWNER, ok, setUpWorkbook, writeCalls } from './harness';

const SECOND_ADMIN = COORDINATOR;

function triggersOf(emu: Emulator): { owner: string; handler: string }[] {
  return emu.backend.stores.script.triggers.triggers.map((t) => ({ owner: t.owner, handler: t.handler }));
}

function handlersOf(emu: Emulator, owner: string): string[] {
  return triggersOf(emu)
    .filter((t) => t.owner === owner)
    .map((t) => t.handler)
    .sort();
}

const ALL = [
  'onApplicationSubmit',
  'onEnquirySubmit',
  'onGridEdit',
  'onNeedsSurveySubmit',
  'runArchiveHistory',
  'runDailyJobs',
  'runWeeklySnapshot',
];

function withSecondAdmin(): Emulator {
  const emu = setUpWorkbook();
  ok(emu, 'saveRecord', [
    { tab: 'Staff', fields: { name: 'Second', email: SECOND_ADMIN, role: 'admin', active: true } },
  ]);
  return emu;
}

interface Report {
  changes: string[];
  notices: string[];
}

describe('triggers with two admins', () => {
  // Source: https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
  // ("Gets all installable triggers associated with the current project and current user").
  it('a second admin running setup installs nothing and is told who owns the triggers', () => {
    const emu = withSecondAdmin();
    expect(handlersOf(emu, OWNER)).toEqual(ALL);
    const second = ok<Report>(emu, 'setupWorkbook', [], SECOND_ADMIN);
    expect(second.value!.changes).toEqual([]);
    expect(writeCalls(second.execution.records)).toEqual([]);
    expect(second.value!.notices).toEqual([expect.stringContaining(`they run as ${OWNER}`)]);
    expect(second.value!.notices[0]).toMatch(/owner@strongcities.org runs Set up or repair workbook/);
    expect(triggersOf(emu)).toHaveLength(ALL.length);
    expect(handlersOf(emu, SECOND_ADMIN)).toEqual([]);
  });

  it('the owner re-running setup repairs a missing trigger; still one set', () => {
    const emu = withSecondAdmin();
    const store = emu.backend.stores.script.triggers;
    store.remove(store.triggers.find((t) => t.handler === 'runDailyJobs')!.uid);
    ok(emu, 'setupWorkbook', [], SECOND_ADMIN);
    expect(triggersOf(emu)).toHaveLength(ALL.length - 1);
    const repair = ok<Report>(emu, 'setupWorkbook', [], OWNER);
    expect(repair.value!.changes).toEqual(['Trigger runDailyJobs: installed.']);
    expect(handlersOf(emu, OWNER)).toEqual(ALL);
    expect(triggersOf(emu)).toHaveLength(ALL.length);
  });

  it('once the owner is inactive in Staff, the next admin running setup takes the triggers over', () => {
    const emu = withSecondAdmin();
    ok(
      emu,
      'saveRecord',
      [{ tab: 'Staff', id: 'STF-000001', version: 1, fields: { active: false } }],
      SECOND_ADMIN,
    );
    const takeOver = ok<Report>(emu, 'setupWorkbook', [], SECOND_ADMIN);
    expect(takeOver.value!.notices).toEqual([]);
    expect(takeOver.value!.changes).toContain(`Triggers: they run as ${SECOND_ADMIN}.`);
    expect(handlersOf(emu, SECOND_ADMIN)).toEqual(ALL);
    const again = ok<Report>(emu, 'setupWorkbook', [], SECOND_ADMIN);
    expect(again.value!.changes).toEqual([]);
  });
});
