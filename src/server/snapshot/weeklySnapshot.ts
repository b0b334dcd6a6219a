// The weekly snapshot's trigger handler (a copy of the workbook in Drive, issue 18 item 3) and its status line.

import type { Language } from '../../core/messages';
import { message } from '../../core/messages';
import { isOwnTriggerEvent_, runsAsTriggerOwner_ } from '../access/ownTrigger';
import { workbook } from '../store/session';
import {
  outcomeText_,
  runSnapshot_,
  SNAPSHOT_LAST_PROPERTY,
  type SnapshotOutcome,
  type SnapshotReport,
} from './snapshotRun';

/**
 * Installed by setup as a weekly time-driven trigger (TRIGGER_SPECS). Only the trigger itself may run it, as the
 * account that owns the CRM's triggers, so every copy has one owner, who alone can move it to the bin later
 * ("Only the owner can trash the item": https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean)).
 * A former owner's trigger still firing after a takeover does nothing and says why in the log.
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
export function runWeeklySnapshot(e?: GoogleAppsScript.Events.TimeDriven): SnapshotReport | null {
  if (!isOwnTriggerEvent_(e)) throw new Error('The weekly snapshot runs from its time-driven trigger only.');
  const session = workbook();
  if (!runsAsTriggerOwner_(session.properties())) {
    console.warn("Weekly snapshot: this trigger's account no longer owns the CRM's triggers; nothing done.");
    return null;
  }
  const report = runSnapshot_(session);
  if (report.status !== 'made' || report.problems.length > 0) console.warn(report.summary);
  return report;
}

/** The last run's outcome for Help › About, in the reader's language (no run yet: how to turn it on). */
export function snapshotStatus_(props: GoogleAppsScript.Properties.Properties, language: Language): string {
  const raw = props.getProperty(SNAPSHOT_LAST_PROPERTY);
  if (!raw) return message('snapshot.never', {}, language);
  try {
    return outcomeText_(JSON.parse(raw) as SnapshotOutcome, language);
  } catch {
    return message('snapshot.never', {}, language);
  }
}
