// Trigger handlers that act only when their own installable trigger fires, never for a caller of google.script.run.
//
// Every entry point is a top-level function, so google.script.run reaches trigger handlers too. An installable
// trigger runs as its owner and its event carries the trigger's id, which `getProjectTriggers` (the current
// user's triggers) lists (https://developers.google.com/apps-script/guides/triggers/events,
// https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()); an event made up
// by a caller names no trigger of theirs.

import { TRIGGER_OWNER_PROPERTY } from '../setup/triggers';

/**
 * The event's triggerUid arrives as a string or as a number (the events guide shows it as a number,
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events), while
 * Trigger.getUniqueId() is a string. Ids run to 19 digits, past 2^53, so a number carries the id rounded to the
 * nearest double: it is compared with the id read as a number (rounded the same way).
 */
export function sameTriggerUid_(uniqueId: string, uid: string | number): boolean {
  if (typeof uid === 'string') return uniqueId === uid;
  return Number.isFinite(uid) && uniqueId.trim() !== '' && Number(uniqueId) === uid;
}

/** Whether the event came from one of the current user's installable triggers. */
export function isOwnTriggerEvent_(e: unknown): boolean {
  const raw = e && typeof e === 'object' ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  if ((typeof raw !== 'string' && typeof raw !== 'number') || String(raw) === '') return false;
  return ScriptApp.getProjectTriggers().some((t) => sameTriggerUid_(t.getUniqueId(), raw));
}

/**
 * Whether this execution runs as the account setup recorded as the triggers' owner (true when none is recorded).
 * After a takeover (setup/triggers.ts) the former owner's triggers stay until that account deletes them — a
 * user's triggers are listed and deleted by that user only
 * (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()) — so both sets
 * fire; the former owner's handlers step aside here instead of doing the work a second time.
 */
export function runsAsTriggerOwner_(props: GoogleAppsScript.Properties.Properties): boolean {
  const owner = String(props.getProperty(TRIGGER_OWNER_PROPERTY) ?? '')
    .trim()
    .toLowerCase();
  if (owner === '') return true;
  return Session.getEffectiveUser().getEmail().trim().toLowerCase() === owner;
}
