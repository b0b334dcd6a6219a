// Help › About: a small dialog with the CRM's version, the workbook's time zone and who is signed in.
import { titleText } from '../../core/messages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';

declare const __APP_VERSION__: string;

export interface AboutInfo {
  version: string;
  timeZone: string;
  user: string;
  /** The dialog's language (the user's sidebar language). */
  language: UiLanguage;
}

/** Menu action: opens the About dialog (dist/about.html). */
export function showAbout(): void {
  const html = HtmlService.createHtmlOutputFromFile('about')
    .setTitle(titleText('About SCN CRM'))
    .setWidth(360)
    .setHeight(220);
  SpreadsheetApp.getUi().showModalDialog(html, titleText('About SCN CRM'));
}

/** Called from the About dialog. Reads nothing from the workbook, so any signed-in user may call it. */
export function getAboutInfo(): AboutInfo {
  return {
    version: __APP_VERSION__,
    timeZone: Session.getScriptTimeZone(),
    user: Session.getActiveUser().getEmail(),
    language: uiLanguage_(),
  };
}
