// Opening a sidebar with its context (which record, which city to pre-fill), and selecting a record's row.

import type { TabDef } from '../../../sheets-templates';
import { titleText } from '../../core/messages';
import { matchHeaders } from '../../core/workbook/headerMatch';
import type { WorkbookSession } from '../store/session';

/** The pages under src/ui/pages that open as sidebars from this feature. */
export type SidebarPage =
  | 'find'
  | 'city'
  | 'contact'
  | 'partner'
  | 'engagement'
  | 'needs'
  | 'stale'
  | 'mailing'
  | 'peers'
  | 'event'
  | 'followups'
  | 'meetings'
  | 'import';

/** What a sidebar needs to know when it opens; ids only, checked by the caller. */
export interface SidebarContext {
  id?: string;
  orgId?: string;
  cityId?: string;
}

/** JSON that is safe inside a <script> element: no "<", ">" or "&", no line separators that end a JS string. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Shows a built page as the sidebar, with its context appended as a JSON script element the page reads
 * on load. HtmlOutput.append adds content without escaping it, hence the script-safe JSON:
 * https://developers.google.com/apps-script/reference/html/html-output#append(String)
 * Sidebars are 300 px wide whatever width is set: https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
 */
export function showSidebarPage(page: SidebarPage, title: string, context: SidebarContext = {}): void {
  const html = HtmlService.createHtmlOutputFromFile(page).setTitle(titleText(title));
  html.append(`<script type="application/json" id="scn-context">${scriptSafeJson(context)}</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Selects a record's whole row so the coordinator sees it in the sheet (one call; it also activates the tab). */
export function selectRow(session: WorkbookSession, tabName: string, row: number, width: number): void {
  const sheet = session.sheet(tabName);
  if (!sheet || row < 2) return;
  // https://developers.google.com/apps-script/reference/spreadsheet/range#activate()
  sheet.getRange(row, 1, 1, Math.max(width, 1)).activate();
}

/**
 * The field values of the row the coordinator is on when `def`'s tab is the active one (menu actions open that
 * record). That is the current cell's row — "the current (highlighted) cell that is selected in one of the active
 * ranges" — not the top of a range stretched upwards; the active range's when there is no current cell.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getcurrentcell()
 * Reads the header row and the selected row only, not the whole table.
 */
export function selectedRowValues(session: WorkbookSession, def: TabDef): Record<string, unknown> | null {
  const range = session.spreadsheet.getCurrentCell() ?? session.spreadsheet.getActiveRange();
  if (!range) return null;
  const sheet = range.getSheet();
  const row = range.getRow();
  if (sheet.getName() !== def.name || row < 2) return null;
  const width = sheet.getLastColumn();
  if (width < 1) return null;
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const cells = sheet.getRange(row, 1, 1, width).getValues()[0] ?? [];
  const match = matchHeaders(def, headers);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(match.index)) out[key] = cells[match.index[key]!];
  return out;
}
