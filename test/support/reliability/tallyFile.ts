// Hands a suite's tally to the reliability summary reporter (one block at the end of the jest run), or prints it.

import fs from 'node:fs';
import { summaryLine, type Tally } from './killAnywhere';

/** Set by test/support/reliability/summaryReporter.js at the start of a jest run: the file tallies go to. */
export const TALLY_FILE_ENV = 'SCN_RELIABILITY_TALLY_FILE';

/**
 * Appends the suite's counts as one JSON line to the run's tally file (each jest worker appends whole lines, so
 * suites in parallel workers do not mix); without the reporter (another config), prints the suite's own line.
 */
export function reportTally(suite: string, t: Tally): void {
  const file = process.env[TALLY_FILE_ENV];
  if (!file) {
    console.log(summaryLine(suite, t));
    return;
  }
  const line = {
    suite,
    killPoints: t.killPoints,
    faultPoints: t.faultPoints,
    interleavings: t.interleavings,
    strings: t.strings,
    violations: t.violations,
    known: [...t.known].map(([reason, k]) => ({ reason, ...k })),
  };
  fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
}
