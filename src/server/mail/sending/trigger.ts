// The sending trigger: one every-minute time-driven trigger while a mailing of this account has sends to make.

import { UserError } from '../../../core/messages';

export const SENDING_HANDLER = 'runMailingSends';

/** "20 triggers per user per script" (https://developers.google.com/apps-script/guides/services/quotas). */
const TRIGGERS_PER_USER = 20;

function ours(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === SENDING_HANDLER);
}

/**
 * Installs the trigger once for the current user (the account the mail goes from); refuses the start when the
 * user already has the 20 triggers Apps Script allows. Every minute, so a run that was stopped is followed within
 * a minute; a run with nothing to do reads a few properties and ends.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
 */
export function ensureSendingTrigger_(): void {
  const all = ScriptApp.getProjectTriggers();
  if (all.some((t) => t.getHandlerFunction() === SENDING_HANDLER)) return;
  if (all.length >= TRIGGERS_PER_USER)
    throw new UserError('mail.send.tooManyTriggers', { count: all.length });
  ScriptApp.newTrigger(SENDING_HANDLER).timeBased().everyMinutes(1).create();
}

/** Removes the trigger once nothing is queued, sending, unsure or scheduled for this account. */
export function removeSendingTrigger_(): void {
  for (const t of ours()) ScriptApp.deleteTrigger(t);
}
