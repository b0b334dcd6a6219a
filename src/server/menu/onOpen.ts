// The onOpen simple trigger: builds the "SCN CRM" menu, and nothing else, so it also works before authorisation.
import { type Language, menuText } from '../../core/messages';
import { LANGUAGE_KEY } from '../records/uiLanguage';
import { MENU, MENU_TITLE } from './menuDefinition';

/**
 * The menu's language: the user's sidebar switch when the mode lets the script read their properties (LIMITED, the
 * mode of a bound script's onOpen), else their Google locale, else English. In AuthMode.NONE the Properties service
 * is not allowed (https://developers.google.com/apps-script/reference/script/auth-mode), so each step may fail.
 */
function menuLanguage_(): Language {
  try {
    const chosen = PropertiesService.getUserProperties().getProperty(LANGUAGE_KEY);
    if (chosen === 'en' || chosen === 'fr') return chosen;
  } catch {
    // not allowed in this mode: the locale decides
  }
  try {
    return /^fr/i.test(Session.getActiveUserLocale()) ? 'fr' : 'en';
  } catch {
    return 'en';
  }
}

/**
 * Runs when the workbook opens. Simple triggers may run in AuthMode.NONE or LIMITED, where reading
 * data is not allowed (developers.google.com/apps-script/guides/triggers#restrictions), so it only builds the menu.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang = menuLanguage_();
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(MENU_TITLE);
  for (const group of MENU) {
    const sub = ui.createMenu(menuText(group.caption, lang));
    for (const item of group.items) {
      if (item === 'separator') sub.addSeparator();
      else sub.addItem(menuText(item.caption, lang), item.entry);
    }
    menu.addSubMenu(sub);
  }
  menu.addToUi();
}
