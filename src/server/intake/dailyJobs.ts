// The daily time-driven trigger: sweep form responses whose trigger never ran, send the digest, list retention due,
// clear event travel data past their retention, refresh the Dashboard.

import { isOwnTriggerEvent_ } from '../access/ownTrigger';
import { type DashboardReport, refreshDashboard_ } from '../dashboard/refreshDashboard';
import { type ReminderReport, sendEventReminders_ } from '../events/eventReminders';
import { type RegistrationSweepReport, sweepRegistrations_ } from '../events/registrationSweep';
import { clearEventTravelData_, type TravelRetentionReport } from '../events/travelRetention';
import { listRetentionDue_, type RetentionListReport } from '../privacy/retentionList';
import { workbook } from '../store/session';
import { type DigestReport, sendDigest } from './dailyDigest';
import { TRIGGER_LOCK_WAIT_MS } from './processSubmission';
import { type SweepReport, sweepResponses } from './sweepUnprocessed';

export interface DailyJobsReport {
  sweep: SweepReport | { error: string };
  /** Events (issue 16): registration responses whose trigger did not run, applied before the digest. */
  registrations: RegistrationSweepReport | { error: string };
  /** Events: the reminder before each event, once per registered or confirmed participant. */
  reminders: ReminderReport | { error: string };
  digest: DigestReport | { error: string };
  /** Retention (issue 13): what falls due is listed for a coordinator; nothing is anonymised here. */
  retention: RetentionListReport | { error: string };
  /** Events (issue 16): travel and visa data of events over "Keep event travel data (days)" ago, cleared. */
  travelData: TravelRetentionReport | { error: string };
  /** Monitoring (issue 15): the Dashboard refreshed last, with the day's sweep and registrations counted. */
  dashboard: DashboardReport | { error: string };
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
 * Only the trigger itself may run the daily jobs: like every entry point it is also reachable through
 * google.script.run, and a stranger calling it would take the day's digest slot. An installable trigger runs as
 * its owner and its event carries the trigger's id, which `getProjectTriggers` (the current user's triggers) lists
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events,
 * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()); an event made up
 * by a caller names no trigger of theirs. Coordinators use the menu's "now" items, which check roles.
 */
function requireOwnTrigger_(e: GoogleAppsScript.Events.TimeDriven | undefined): void {
  const ours = isOwnTriggerEvent_(e);
  if (!ours)
    throw new Error(
      'The daily jobs run from their time-driven trigger only; use the Applications menu instead.',
    );
}

/**
 * Installed by setup as a daily trigger (TRIGGER_SPECS in src/server/setup/triggers.ts). The sweep runs first,
 * so responses it records appear in the digest. The event is the time-driven one; nothing in it is needed.
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
export function runDailyJobs(e?: GoogleAppsScript.Events.TimeDriven): DailyJobsReport {
  requireOwnTrigger_(e);
  const session = workbook();
  // One lock for both jobs: a table read under an earlier lock is not re-read by a later one (store/session.ts).
  return session.write(() => {
    const sweep = attempt(() => sweepResponses(session, false));
    // Responses the sweep could not record (a structural fault: no lock, a damaged tab) are counted in the digest.
    const unrecorded =
      'error' in sweep ? [`The sweep of form responses could not run: ${sweep.error}`] : sweep.failed;
    const registrations = attempt(() => sweepRegistrations_(session));
    const reminders = attempt(() => sendEventReminders_(session));
    const digest = attempt(() => sendDigest(session, 'daily', unrecorded));
    const retention = attempt(() => listRetentionDue_(session));
    const travelData = attempt(() => clearEventTravelData_(session));
    const dashboard = attempt(() => refreshDashboard_(session));
    return { sweep, registrations, reminders, digest, retention, travelData, dashboard };
  }, TRIGGER_LOCK_WAIT_MS);
}
