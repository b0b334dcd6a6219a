// The installable edit trigger: a grid edit the person's role does not allow is reverted (one cell) or flagged.
//
// Sheets lets every editor of the file type into any unprotected cell, and the simple onEdit runs as the person
// who typed (https://developers.google.com/apps-script/guides/triggers#restrictions), so access in the grid is
// held here, by an installable trigger setup installs once: it "always runs under the account of the person who
// created" it (https://developers.google.com/apps-script/guides/triggers/installable), which may write where the
// typist may not, while `Session.getActiveUser()` / `e.user` still name the typist when Google discloses them.
// - Allowed edit: stamped as before (audit row, new version; audit/onEdit.ts), and a Staff change refreshes the
//   admin-only protections (setup/protections.ts).
// - Refused single-cell edit: the cell gets `e.oldValue` back; for a previously empty cell `oldValue` is absent
//   and the cell is cleared (https://developers.google.com/apps-script/guides/triggers/events#edit). No version.
// - Refused multi-cell edit: Google gives no old values, so the rows are flagged instead: one Audit row per edited
//   row naming who did it, and a flag Validate workbook lists (gridEditFlags.ts) until someone allowed edits the row.

import { STAFF, tabByName } from '../../../sheets-templates';
import { UserError } from '../../core/messages';
import { sheetsWouldConvert } from '../../core/schema/convertibleText';
import { columnLetter, matchHeaders } from '../../core/workbook/headerMatch';
import { recordSheetEdit } from '../audit/onEdit';
import { refreshAdminProtections } from '../setup/protections';
import { type WorkbookSession, workbook } from '../store/session';
import { type EditedRow, gridEditRefusal } from './gridAccess';
import { clearGridEditFlags, flagGridEdits } from './gridEditFlags';
import { isOwnTriggerEvent_ } from './ownTrigger';
import { currentCaller } from './roles';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** What the trigger did with one edit (returned for logs and tests). */
export interface GridEditOutcome {
  outcome: 'ignored' | 'recorded' | 'reverted' | 'flagged';
  reason?: string;
}

/** The edited rows' values by field key, read with the header (two reads), or null for a header-only edit. */
function editedRows(
  range: Range,
  tab: string,
): { rows: Record<string, unknown>[]; keyOf: (col: number) => string } {
  const def = tabByName(tab)!;
  const sheet = range.getSheet();
  const width = Math.max(sheet.getLastColumn(), range.getLastColumn());
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const match = matchHeaders(def, headers);
  const keyAt = new Map<number, string>();
  for (const [k, i] of Object.entries(match.index)) keyAt.set(i, k);
  const first = Math.max(range.getRow(), 2);
  const last = range.getLastRow();
  const block = last >= first ? sheet.getRange(first, 1, last - first + 1, width).getValues() : [];
  const rows = block.map((cells) => {
    const v: Record<string, unknown> = {};
    for (const [k, i] of Object.entries(match.index)) v[k] = cells[i];
    return v;
  });
  return { rows, keyOf: (col) => keyAt.get(col - 1) ?? String(headers[col - 1] ?? columnLetter(col - 1)) };
}

/** Puts the cell back as it was: `oldValue` when it had one, else empty. Text stays text (plain-text columns). */
function revertCell(range: Range, tab: string, key: string, oldValue: unknown): void {
  if (oldValue === undefined || oldValue === null || oldValue === '') {
    range.clearContent();
    return;
  }
  const column = tabByName(tab)?.columns.find((c) => c.key === key);
  if (typeof oldValue === 'string' && column?.textOnly && sheetsWouldConvert(oldValue)) {
    // A paste may have replaced the cell's '@' format; without it "=1+1" or "01234" would not come back as text.
    range.setNumberFormat('@');
    range.setValue(oldValue); // a '@' cell keeps text exactly as written (core/schema/text.ts)
    return;
  }
  range.setValue(oldValue as never);
}

export function handleGridEdit(
  session: WorkbookSession,
  e: GoogleAppsScript.Events.SheetsOnEdit,
): GridEditOutcome {
  const range = e.range;
  const tab = range.getSheet().getName();
  const def = tabByName(tab);
  // Form response tabs and tabs the CRM does not manage are not checked; a header-row edit is structure (setup).
  if (!def || def.kind === 'computed') return { outcome: 'ignored' };
  return session.write(() => {
    const caller = currentCaller(session);
    const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
    const isTable = def.kind === 'table';
    const { rows, keyOf } = isTable ? editedRows(range, tab) : { rows: [], keyOf: () => '' };
    const firstData = Math.max(range.getRow(), 2);
    const key = keyOf(range.getColumn());
    let reason: string | null = null;
    if (rows.length === 0) reason = gridEditRefusal(session, caller, tab, null);
    for (const values of rows) {
      const row: EditedRow = { values };
      if (single) row.before = { ...values, [key]: e.oldValue ?? '' };
      reason = gridEditRefusal(session, caller, tab, row);
      if (reason) break;
    }
    const who = session.auditIdentity();
    if (!reason) {
      if (isTable) recordSheetEdit(session, e);
      if (rows.length > 0) clearGridEditFlags(session, tab, firstData, firstData + rows.length - 1);
      if (tab === STAFF.name) refreshAdminProtections(session);
      return { outcome: 'recorded' };
    }
    const a1 = range.getA1Notation();
    const idKey = isTable ? def.columns[0]!.key : '';
    if (single) {
      revertCell(range, tab, key, e.oldValue);
      session.audit.add({
        action: 'sheet edit',
        tab,
        recordId: String(rows[0]?.[idKey] ?? ''),
        changes: { [key || a1]: [e.value ?? '', e.oldValue ?? ''] },
        summary: `Reverted: ${who} changed ${a1} directly in the sheet, but ${reason}.`,
        version: 0,
      });
      return { outcome: 'reverted', reason };
    }
    rows.forEach((values, i) => {
      session.audit.add({
        action: 'sheet edit',
        tab,
        recordId: String(values[idKey] ?? ''),
        changes: {},
        summary:
          `NOT ALLOWED, check this row: ${who} changed ${a1} (row ${firstData + i}) directly in the sheet, but ` +
          `${reason}. Google gives no old values for a multi-cell edit, so it was not reverted.`,
        version: 0,
      });
    });
    flagGridEdits(session, {
      tab,
      fromRow: firstData,
      toRow: Math.max(firstData + rows.length - 1, firstData),
      col: range.getColumn(),
      a1,
      user: who,
      reason,
      at: session.now().toISOString(),
    });
    return { outcome: 'flagged', reason };
  });
}

/**
 * Installed by setup as the workbook's edit trigger (TRIGGER_SPECS in setup/triggers.ts). Like every entry point
 * it is reachable through google.script.run, so it acts only for its own trigger's events (access/ownTrigger.ts).
 */
export function onGridEdit(e: GoogleAppsScript.Events.SheetsOnEdit): GridEditOutcome {
  if (!isOwnTriggerEvent_(e)) throw new UserError('access.editTriggerOnly');
  return handleGridEdit(workbook(), e);
}
