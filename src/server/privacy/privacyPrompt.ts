// The privacy actions' dialogs: asking for the person's address and confirming what an erasure will change.
// https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet)
// https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)

import { message } from '../../core/messages';
import type { Language } from '../../core/messages/language';
import { normaliseAddress } from './personRows';

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether the text is an email address (the same shape the forms accept). */
export function isAddress_(text: string): boolean {
  return ADDRESS.test(text);
}

/** Asks for the address; null when the admin cancels. */
export function askAddress_(title: string, lang: Language): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(title, message('privacy.askEmail', {}, lang), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  return normaliseAddress(answer.getResponseText());
}

/** Asks the admin to confirm an erasure whose changes `summary` names; true for Yes. */
export function confirmErasure_(title: string, summary: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, summary, ui.ButtonSet.YES_NO) === ui.Button.YES;
}
