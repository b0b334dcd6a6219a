// Issue 5 "Done when": kill-anywhere suites over every multi-step operation, stopped at call k or failed there.
//
// Each case runs the operation once to count its service calls N, then for each k (every k under
// `npm run test:soak`, an even sample otherwise) starts from a fresh workbook, stops the execution at call k
// (or makes call k throw Google's "Service Spreadsheets timed out…"), runs the follow-up and checks the invariants
// of test/support/reliability/invariants.ts. Replay one case with `npx jest test/acceptance/reliability -t '<name>'`.

import { newTally, runKills, runTransientFaults } from '../support/reliability/killAnywhere';
import { KILL_CASES } from '../support/reliability/operations';
import { reportTally } from '../support/reliability/tallyFile';

/** Kill points per operation in the default run; setup has over a thousand calls, so it is sampled. */
const KILL_BUDGET = 14;
const FAULT_BUDGET = 6;

const tally = newTally();

afterAll(() => reportTally('kill-anywhere', tally));

describe('an execution stopped at any service call loses nothing and duplicates nothing once the follow-up ran', () => {
  it.each(KILL_CASES.map((c) => [c.name, c]))('%s', (_name, c) => {
    expect(runKills(c, tally, KILL_BUDGET)).toEqual([]);
  });
});

describe('a transient "Service Spreadsheets timed out" at any Spreadsheet call, then a retry', () => {
  it.each(KILL_CASES.map((c) => [c.name, c]))('%s', (_name, c) => {
    expect(runTransientFaults(c, tally, FAULT_BUDGET)).toEqual([]);
  });
});

// Regression: the audit id counter used to move after the audit rows were written, so a run stopped between the
// two let the retry reuse the ids just written (AUD-000010 on two rows at k=29 of a city create). Every k here.
it('a create stopped at any call, then retried, never reuses an audit id', () => {
  const c = KILL_CASES.find((x) => x.name.startsWith('saveRecord create'))!;
  expect(runKills(c, tally, 1000)).toEqual([]);
});

it('counts what it tried', () => {
  // Runs last in this file: every case above has added its points.
  expect(tally.killPoints).toBeGreaterThan(0);
});
