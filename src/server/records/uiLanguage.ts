// The sidebars' language: English or French, from the user's own choice or else their Google locale.

import { workbook } from '../store/session';
import { requireReader } from './sidebarAccess';

export type UiLanguage = 'en' | 'fr';

const LANGUAGE_KEY = 'scn.uiLanguage';

/**
 * The user's switch (kept in their own user properties) wins; otherwise French for a French locale.
 * getActiveUserLocale returns "the language setting of the current user as a string—for example, en":
 * https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()
 */
export function uiLanguage_(): UiLanguage {
  const chosen = PropertiesService.getUserProperties().getProperty(LANGUAGE_KEY);
  if (chosen === 'en' || chosen === 'fr') return chosen;
  return /^fr/i.test(Session.getActiveUserLocale()) ? 'fr' : 'en';
}

/** Called by the language switch of every sidebar; the choice is the user's own, stored for them only. */
export function setUiLanguage(language: string): UiLanguage {
  requireReader(workbook(), 'change the sidebar language');
  if (language !== 'en' && language !== 'fr')
    throw new Error('Language: choose en (English) or fr (français).');
  PropertiesService.getUserProperties().setProperty(LANGUAGE_KEY, language);
  return language;
}
