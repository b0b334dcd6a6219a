// Help › About: a small dialog with the CRM's version, the workbook's time zone, who is signed in and the weekly
// snapshot's last outcome (a missing or unnamed folder is said there for a person, not thrown).
import { titleText } from '../../core/messages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { snapshotStatus_ } from '../snapshot/weeklySnapshot';

declare const __APP_VERSION__: string;

export interface AboutInfo {
  version: string;
  timeZone: string;
  user: string;
  /** The dialog's language (the user's sidebar language). */
  language: UiLanguage;
  /** The weekly snapshot's last outcome, in that language. */
  snapshot: string;
}

/** Menu action: opens the About dialog (dist/about.html). */
export function showAbout(): void {
  const html = HtmlService.createHtmlOutputFromFile('about')
    .setTitle(titleText('About SCN CRM'))
    .setWidth(360)
    .setHeight(220);
  SpreadsheetApp.getUi().showModalDialog(html, titleText('About SCN CRM'));
}

/**
 * Called from the About dialog. Reads no cell of the workbook (one document property for the snapshot), so any
 * signed-in user may call it.
 */
export function getAboutInfo(): AboutInfo {
  const language = uiLanguage_();
  return {
    version: __APP_VERSION__,
    timeZone: Session.getScriptTimeZone(),
    user: Session.getActiveUser().getEmail(),
    language,
    snapshot: snapshotStatus_(PropertiesService.getDocumentProperties(), language),
  };
}
