// Setup, part 1: makes sure a tab exists and its header row is complete, repairing damage without moving values.

import type { TabDef } from '../../../sheets-templates';
import { message } from '../../core/messages';
import { valuesFitColumn } from '../../core/workbook/columnFit';
import { type HeaderRepairPlan, planHeaderRepair } from '../../core/workbook/headerRepair';
import type { WorkbookSession } from '../store/session';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TabStructure {
  sheet: Sheet;
  created: boolean;
  /** The header row after repair. */
  headers: string[];
  plan: HeaderRepairPlan;
  /** The used range as read, for key/value tabs (Settings) that need their rows too. */
  values?: unknown[][];
}

/** Creates the tab when missing (at the end, so other tabs keep their place). */
function ensureSheet(
  session: WorkbookSession,
  def: TabDef,
  changes: string[],
): { sheet: Sheet; created: boolean } {
  const existing = session.sheet(def.name);
  if (existing) return { sheet: existing, created: false };
  const sheet = session.spreadsheet.insertSheet(def.name, session.spreadsheet.getNumSheets());
  session.rememberSheet(def.name, sheet);
  changes.push(message('setup.tabCreated', { tab: def.name }));
  return { sheet, created: true };
}

/**
 * Reads the header row (one read; the whole used range for key/value tabs) and writes the repaired
 * header cells as one block. A renamed header is only restored when the values under it fit the column.
 */
export function ensureStructure(session: WorkbookSession, def: TabDef, changes: string[]): TabStructure {
  const { sheet, created } = ensureSheet(session, def, changes);
  if (def.columns.length === 0) {
    return { sheet, created, headers: [], plan: { renamed: [], appended: [], headers: [], changes: [] } };
  }
  const lastCol = created ? 0 : sheet.getLastColumn();
  const lastRow = created ? 0 : sheet.getLastRow();
  let values: unknown[][] | undefined;
  let headers: unknown[] = [];
  if (def.kind === 'keyValue') {
    values = lastRow > 0 ? sheet.getDataRange().getValues() : [];
    headers = values[0] ?? [];
  } else if (lastCol > 0) {
    headers = sheet.getRange(1, 1, 1, lastCol).getValues()[0] ?? [];
  }
  const fits = (column: TabDef['columns'][number], index: number): boolean => {
    if (lastRow < 2) return true;
    const column0 = values
      ? values.slice(1).map((r) => r[index])
      : sheet
          .getRange(2, index + 1, lastRow - 1, 1)
          .getValues()
          .map((r) => r[0]);
    return valuesFitColumn(column, def.prefix, column0);
  };
  const plan = planHeaderRepair(def, headers, fits);
  if (plan.writeFrom !== undefined && plan.writeTo !== undefined) {
    const needed = plan.writeTo + 1;
    const maxCols = sheet.getMaxColumns();
    if (needed > maxCols) sheet.insertColumnsAfter(maxCols, needed - maxCols);
    sheet
      .getRange(1, plan.writeFrom + 1, 1, needed - plan.writeFrom)
      .setValues([plan.headers.slice(plan.writeFrom, needed)]);
    if (!created) changes.push(...plan.changes);
    else changes.push(message('setup.headersWritten', { tab: def.name }));
  }
  // A new tab has exactly its columns (Sheets makes 26): every grid cell counts towards the 10-million-cell
  // limit per spreadsheet (https://support.google.com/drive/answer/37603). Existing tabs keep theirs.
  if (created) {
    const maxCols = sheet.getMaxColumns();
    if (maxCols > def.columns.length)
      sheet.deleteColumns(def.columns.length + 1, maxCols - def.columns.length);
  }
  return { sheet, created, headers: plan.headers, plan, values };
}
