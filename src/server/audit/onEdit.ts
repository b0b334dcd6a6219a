// The onEdit simple trigger: records direct edits of table tabs in the Audit tab and bumps the edited rows' version.
//
// Apps Script gives `value` and `oldValue` only for single-cell edits; for a multi-cell edit (paste, fill)
// the audit row says which cells changed and their new values, without the old ones.
// https://developers.google.com/apps-script/guides/triggers/events#edit
// Script writes do not fire onEdit, so the trigger's own writes cause no loop.

import { AUDIT, tabByName } from '../../../sheets-templates';
import { columnLetter, matchHeaders } from '../../core/workbook/headerMatch';
import { GRID_EDIT_TRIGGER_PROPERTY } from '../setup/triggers';
import { definedColumns, spansOf } from '../store/columnSpans';
import { type WorkbookSession, workbook } from '../store/session';
import { auditValue } from './auditLog';

const BOOKKEEPING = ['updatedAt', 'updatedBy', 'version', 'lastRequest'];

export function recordSheetEdit(session: WorkbookSession, e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  const def = tabByName(sheet.getName());
  if (!def || def.kind !== 'table' || def.name === AUDIT.name) return;
  const row = range.getRow();
  const numRows = range.getNumRows();
  const col = range.getColumn();
  const numCols = range.getNumColumns();
  const width = Math.max(sheet.getLastColumn(), col + numCols - 1);
  const firstData = Math.max(row, 2);
  const lastData = row + numRows - 1;
  session.write(() => {
    // Two reads: the header, and the edited rows (ids, versions, new values) as one block.
    const headers = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
    const rowsRead =
      lastData >= firstData ? sheet.getRange(firstData, 1, lastData - firstData + 1, width).getValues() : [];
    const rowAt = (r: number) => rowsRead[r - firstData] ?? [];
    const match = matchHeaders(def, headers);
    const keyAt = new Map<number, string>();
    for (const [k, i] of Object.entries(match.index)) keyAt.set(i, k);
    const single = numRows === 1 && numCols === 1;
    const a1 = `${columnLetter(col - 1)}${row}${single ? '' : `:${columnLetter(col + numCols - 2)}${lastData}`}`;
    const idIndex = match.index[def.columns[0]!.key];
    const versionIndex = match.index['version'];
    const now = session.now();
    const user = session.auditIdentity();
    const bumps: { row: number; cells: Map<number, unknown> }[] = [];
    for (let r = firstData; r <= lastData; r++) {
      const cells = rowAt(r);
      const changes: Record<string, [unknown, unknown]> = {};
      for (let c = col; c < col + numCols; c++) {
        const key = keyAt.get(c - 1) ?? String(headers[c - 1] ?? columnLetter(c - 1));
        // auditValue caps each value at 500 characters, typed ones too: two long values must not push the audit
        // row past Sheets' 50,000-character cell limit (found by the long Arabic string of the bad-input corpus).
        const after = auditValue(single && e.value !== undefined ? e.value : cells[c - 1]);
        const before = single ? auditValue(e.oldValue ?? '') : '(not given by Google for multi-cell edits)';
        changes[key] = [before, after];
      }
      const recordId = idIndex !== undefined ? String(cells[idIndex] ?? '') : '';
      const editedBookkeeping = [...Array(numCols).keys()].some(
        (k) => BOOKKEEPING.indexOf(keyAt.get(col - 1 + k) ?? '') >= 0,
      );
      const bumped = versionIndex !== undefined && recordId !== '' && !editedBookkeeping;
      const v = bumped && typeof cells[versionIndex] === 'number' ? (cells[versionIndex] as number) : 1;
      session.audit.add({
        action: 'sheet edit',
        tab: def.name,
        recordId,
        changes,
        summary: `Edited ${a1} directly in the sheet`,
        // The version the row reaches with the bump below: what the journal's recovery looks for.
        version: bumped ? v + 1 : 0,
      });
      if (bumped && versionIndex !== undefined) {
        const m = new Map<number, unknown>([[versionIndex, v + 1]]);
        if (match.index['updatedAt'] !== undefined) m.set(match.index['updatedAt']!, now);
        if (match.index['updatedBy'] !== undefined) m.set(match.index['updatedBy']!, user);
        bumps.push({ row: r, cells: m });
      }
    }
    // The version columns sit together, so each edited row costs one small write (a paste of n rows: one block).
    // Write-ahead: the audit rows go to the journal before the version bump they describe (auditJournal.ts).
    session.journal.save();
    if (bumps.length > 0) {
      const spans = spansOf([...bumps[0]!.cells.keys()], definedColumns(match));
      const contiguous = bumps.every((b, i) => i === 0 || b.row === bumps[i - 1]!.row + 1);
      for (const s of spans) {
        const groups = contiguous ? [bumps] : bumps.map((b) => [b]);
        for (const g of groups) {
          const values = g.map((b) => {
            const line: unknown[] = [];
            for (let c = s.from; c <= s.to; c++)
              line.push(b.cells.has(c) ? b.cells.get(c) : (rowAt(b.row)[c] ?? ''));
            return line;
          });
          sheet.getRange(g[0]!.row, s.from + 1, g.length, s.to - s.from + 1).setValues(values as never);
        }
      }
      session.dirty = true;
    }
  });
}

/**
 * Simple trigger. For one edit Sheets runs both this function (a simple trigger, chosen by its name, as the person
 * typing: https://developers.google.com/apps-script/guides/triggers) and every installable edit trigger (as its
 * creator: https://developers.google.com/apps-script/guides/triggers/installable), each in its own execution; the
 * guides present them as independent and neither replaces the other (that both run is also what public write-ups
 * report, e.g. https://www.appscript.dev/guides/use-installable-triggers-for-event-driven-design/; the order is not
 * documented). Once setup has installed the edit trigger (access/gridEdits.ts), which checks the editor's role
 * before stamping, this one does nothing: stamping here too would record the edit twice, and running as the person
 * typing it could not revert what they may not do. Before that (triggers not installed yet) it keeps the audit
 * trail of grid edits as before.
 * A failure here must not disturb the person typing, so it is logged, not thrown.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const props = PropertiesService.getDocumentProperties();
    if (props.getProperty(GRID_EDIT_TRIGGER_PROPERTY) === 'installed') return;
    recordSheetEdit(workbook(), e);
  } catch (err) {
    console.error(`onEdit audit failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
