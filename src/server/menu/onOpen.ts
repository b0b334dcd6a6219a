// The onOpen simple trigger: builds the "SCN CRM" menu, and nothing else, so it also works before authorisation.
import { MENU, MENU_TITLE } from './menuDefinition';

/**
 * Runs when the workbook opens. Simple triggers may run in AuthMode.NONE or LIMITED, where reading
 * data is not allowed (developers.google.com/apps-script/guides/triggers#restrictions), so it only builds the menu.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createMenu(MENU_TITLE);
  for (const group of MENU) {
    const sub = ui.createMenu(group.caption);
    for (const item of group.items) {
      if (item === 'separator') sub.addSeparator();
      else sub.addItem(item.caption, item.entry);
    }
    menu.addSubMenu(sub);
  }
  menu.addToUi();
}
