// The sidebars' language: English or French, from the user's own choice or else their Google locale.

import { setMessageLanguage } from '../../core/messages/language';
import { UserError } from '../../core/messages/userError';
import { workbook } from '../store/session';
import { requireReader } from './sidebarAccess';

export type UiLanguage = 'en' | 'fr';

/** The user property holding the user's choice (the menu reads it too: src/server/menu/onOpen.ts). */
export const LANGUAGE_KEY = 'scn.uiLanguage';

/** Read once per execution (module state starts afresh with every execution, in Apps Script as in the emulator). */
let known: UiLanguage | undefined;

/**
 * The user's switch (kept in their own user properties) wins; otherwise French for a French locale.
 * getActiveUserLocale returns "the language setting of the current user as a string—for example, en":
 * https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()
 */
export function uiLanguage_(): UiLanguage {
  if (known) return known;
  known = readLanguage_();
  return known;
}

function readLanguage_(): UiLanguage {
  const chosen = PropertiesService.getUserProperties().getProperty(LANGUAGE_KEY);
  if (chosen === 'en' || chosen === 'fr') return chosen;
  return /^fr/i.test(Session.getActiveUserLocale()) ? 'fr' : 'en';
}

/** Called by the language switch of every sidebar; the choice is the user's own, stored for them only. */
export function setUiLanguage(language: string): UiLanguage {
  requireReader(workbook(), 'change the sidebar language');
  if (language !== 'en' && language !== 'fr') throw new UserError('sidebar.language');
  PropertiesService.getUserProperties().setProperty(LANGUAGE_KEY, language);
  known = language;
  return language;
}

// Messages the server builds (refusals, field problems, stale saves) are written in the user's sidebar language.
setMessageLanguage(uiLanguage_);
