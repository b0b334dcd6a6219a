// The daily time-driven trigger: sweep form responses whose trigger never ran, then send the digest.

import { workbook } from '../store/session';
import { type DigestReport, sendDigest } from './dailyDigest';
import { TRIGGER_LOCK_WAIT_MS } from './processSubmission';
import { type SweepReport, sweepResponses } from './sweepUnprocessed';

export interface DailyJobsReport {
  sweep: SweepReport | { error: string };
  digest: DigestReport | { error: string };
}

function attempt<T>(job: () => T): T | { error: string } {
  try {
    return job();
  } catch (e) {
    // One job failing must not stop the other; the error stays in the execution log.
    console.error(e);
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Installed by setup as a daily trigger (TRIGGER_SPECS in src/server/setup/triggers.ts). The sweep runs first,
 * so responses it records appear in the digest. The event is the time-driven one; nothing in it is needed.
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
export function runDailyJobs(): DailyJobsReport {
  const session = workbook();
  // One lock for both jobs: a table read under an earlier lock is not re-read by a later one (store/session.ts).
  return session.write(() => {
    const sweep = attempt(() => sweepResponses(session, false));
    const digest = attempt(() => sendDigest(session, 'daily'));
    return { sweep, digest };
  }, TRIGGER_LOCK_WAIT_MS);
}
