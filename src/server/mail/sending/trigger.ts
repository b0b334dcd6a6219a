// The sending trigger: one time-driven trigger per account while a mailing of it has sends to make — every minute
// while sending, every hour while waiting (quota spent, or the next scheduled start more than an hour away).

import { UserError } from '../../../core/messages';

export const SENDING_HANDLER = 'runMailingSends';

/** "20 triggers per user per script" (https://developers.google.com/apps-script/guides/services/quotas). */
const TRIGGERS_PER_USER = 20;
const CADENCE_KEY = 'scn.mailing.cadence';

export type Cadence = 'minute' | 'hour';

function ours(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === SENDING_HANDLER);
}

/** The property: the cadence and the id of the trigger that has it ("minute:123…"). */
function current(): { cadence: string; uid: string } {
  const raw = PropertiesService.getUserProperties().getProperty(CADENCE_KEY) ?? '';
  const at = raw.indexOf(':');
  return at < 0 ? { cadence: raw, uid: '' } : { cadence: raw.slice(0, at), uid: raw.slice(at + 1) };
}

function create(cadence: Cadence): void {
  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyHours(Integer)
  const builder = ScriptApp.newTrigger(SENDING_HANDLER).timeBased();
  const made = (cadence === 'minute' ? builder.everyMinutes(1) : builder.everyHours(1)).create();
  PropertiesService.getUserProperties().setProperty(CADENCE_KEY, `${cadence}:${made.getUniqueId()}`);
}

/**
 * Installs the every-minute trigger once for the current user (the account the mail goes from); refuses the start
 * when the user already has the 20 triggers Apps Script allows.
 */
export function ensureSendingTrigger_(): void {
  const all = ScriptApp.getProjectTriggers();
  const mine = all.filter((t) => t.getHandlerFunction() === SENDING_HANDLER);
  if (mine.length > 0) {
    setCadence_('minute');
    return;
  }
  if (all.length >= TRIGGERS_PER_USER)
    throw new UserError('mail.send.tooManyTriggers', { count: all.length });
  create('minute');
}

/**
 * Replaces the trigger when the cadence changes (one user property read when it does not): the new trigger is
 * made before the old one is deleted, so a stop in between leaves one trigger too many (deleted by the next
 * call: the property names the current one), never none (a mailing nobody sends on).
 */
export function setCadence_(cadence: Cadence): void {
  const mine = ours();
  const now = current();
  const extra = mine.filter((t) => t.getUniqueId() !== now.uid);
  if (now.cadence === cadence && extra.length < mine.length) {
    for (const t of extra) ScriptApp.deleteTrigger(t);
    return;
  }
  // At the 20-trigger limit there is no room for the new one first.
  if (mine.length > 0 && ScriptApp.getProjectTriggers().length >= TRIGGERS_PER_USER)
    ScriptApp.deleteTrigger(mine.shift()!);
  create(cadence);
  for (const t of mine) ScriptApp.deleteTrigger(t);
}

/** Removes the trigger once nothing is queued, sending, unsure or scheduled for this account. */
export function removeSendingTrigger_(): void {
  for (const t of ours()) ScriptApp.deleteTrigger(t);
  PropertiesService.getUserProperties().deleteProperty(CADENCE_KEY);
}
