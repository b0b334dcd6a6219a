// Issue 5 over the positional editing actions: profile review requests, deactivate, move, "Mark profile reviewed",
// stopped at any call or failed by a transient Sheets error, then clicked again: nothing lost, no second email.
//
// Replay one case with `npx jest test/acceptance/reliability/editingKills -t '<name>'`; `npm run test:soak` tries
// every k.

import { EDITING_CASES } from '../../support/reliability/editingOperations';
import { newTally, runKills, runTransientFaults } from '../../support/reliability/killAnywhere';
import { reportTally } from '../../support/reliability/tallyFile';

const KILL_BUDGET = 8;
const FAULT_BUDGET = 3;
const tally = newTally();
const cases = EDITING_CASES.map((c) => [c.name, c] as const);

afterAll(() => reportTally('editing kill-anywhere', tally));

describe('an editing action stopped at any service call, then clicked again', () => {
  it.each(cases)('%s', (_name, c) => {
    expect(runKills(c, tally, KILL_BUDGET)).toEqual([]);
  });
});

describe('a transient "Service Spreadsheets timed out" at a Spreadsheet call, then clicked again', () => {
  it.each(cases)('%s', (_name, c) => {
    expect(runTransientFaults(c, tally, FAULT_BUDGET)).toEqual([]);
  });
});
