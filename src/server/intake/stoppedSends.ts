// The sweep's look at emails of the membership journey left "sending" by a stopped run: marked unknown and flagged.

import { APPLICATIONS } from '../../../sheets-templates';
import { sendProblems, settleStoppedSends } from '../mail/trackedMail';
import type { WorkbookSession } from '../store/session';
import { flagApplication } from './processSubmission';

/** Message keys of the journey's emails: "APP-000123:<template>…" (about an application) or "digest:<date>:…". */
const JOURNEY_KEY = /^(APP-\d+):|^digest:/;

/**
 * A coordinator action or a digest stopped right after MailApp sent leaves its Sends row "sending"; a retry of
 * the action is then refused as stale and the next digest has another key, so nothing else would look at it
 * again. Under the sweep's lock, each such row becomes "unknown" (never resent) and its application's Issues
 * found names it for a person to check (DESIGN §2.4).
 */
export function flagStoppedSends(session: WorkbookSession): void {
  const byApplication = new Map<string, ReturnType<typeof settleStoppedSends>>();
  for (const o of settleStoppedSends(session, (key) => JOURNEY_KEY.test(key))) {
    const id = JOURNEY_KEY.exec(o.key)?.[1];
    if (!id) continue; // a digest: the Sends row itself says what to check
    byApplication.set(id, [...(byApplication.get(id) ?? []), o]);
  }
  for (const [id, outcomes] of byApplication) {
    // The row may have been deleted by hand since: the Sends row still says "unknown".
    if (session.table(APPLICATIONS).has(id)) flagApplication(session, id, sendProblems(outcomes));
  }
}
