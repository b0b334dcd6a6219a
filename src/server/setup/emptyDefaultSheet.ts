// Setup removes the empty first tab a new spreadsheet starts with ("Sheet1", "Feuille 1"): its 1,000 × 26 grid
// counts towards Google's 10 million cells and holds nothing. A tab with any content, or named otherwise, stays.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)

import { TABS } from '../../../sheets-templates';
import { message } from '../../core/messages';
import type { WorkbookSession } from '../store/session';

/** The names Google gives the first tab of a new spreadsheet in the workbook's languages. */
const DEFAULT_NAMES = ['Sheet1', 'Feuille 1'];

export function removeEmptyDefaultSheet(session: WorkbookSession, changes: string[]): void {
  const book = session.spreadsheet;
  if (book.getNumSheets() < 2) return; // Sheets keeps at least one tab
  const ours = new Set(TABS.map((t) => t.name));
  for (const name of DEFAULT_NAMES) {
    if (ours.has(name)) continue;
    const sheet = book.getSheetByName(name);
    // Nothing in it: no value or formula anywhere (getLastRow/getLastColumn are 0 on an empty tab).
    if (!sheet || sheet.getLastRow() !== 0 || sheet.getLastColumn() !== 0) continue;
    book.deleteSheet(sheet);
    changes.push(message('setup.emptySheetRemoved', { name }));
  }
}
