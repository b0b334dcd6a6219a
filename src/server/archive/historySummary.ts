// The History summary tab: each archived batch appends its own monthly counts, in one block tagged with its id.
//
// Appending is the whole update, so a stopped run can tell whether its batch's counts landed by reading one cell
// (the batch id on the last row) and a count is never added twice. Readers sum lines by scope, record and month.

import { HISTORY_SUMMARY } from '../../../sheets-templates';
import { type CountedRow, idList, type SummaryLine, summaryLines } from '../../core/archive/summaryCounts';
import { message } from '../../core/messages';
import { matchHeaders, structureProblem } from '../../core/workbook/headerMatch';
import { WorkbookStructureError } from '../store/errors';
import type { WorkbookSession } from '../store/session';
import type { LiveTab } from './liveHistory';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SummaryTab {
  sheet: Sheet;
  index: Record<string, number>;
  width: number;
}

/** The summary tab and where its columns are (one read of the header row). */
export function openSummary_(session: WorkbookSession): SummaryTab {
  const sheet = session.sheet(HISTORY_SUMMARY.name);
  const width = sheet ? sheet.getLastColumn() : 0;
  if (!sheet || width === 0)
    throw new WorkbookStructureError(message('structure.summaryMissing', { tab: HISTORY_SUMMARY.name }));
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  const match = matchHeaders(HISTORY_SUMMARY, headers);
  const problem = structureProblem(HISTORY_SUMMARY, match);
  if (problem) throw new WorkbookStructureError(problem);
  return { sheet, index: match.index, width };
}

/** The batch id on the summary's last row ('' when empty): one cell. */
export function lastSummaryBatch_(summary: SummaryTab): string {
  const last = summary.sheet.getLastRow();
  if (last < 2) return '';
  return String(summary.sheet.getRange(last, summary.index['batch']! + 1).getValue());
}

/** Appends a batch's lines below the last row, in one block (and one more call when the grid must grow). */
export function appendSummary_(
  summary: SummaryTab,
  lines: readonly SummaryLine[],
  year: number,
  batch: string,
): void {
  if (lines.length === 0) return;
  const rows = lines.map((l) => {
    const row: unknown[] = new Array(summary.width).fill('');
    const put = (key: string, v: unknown) => {
      row[summary.index[key]!] = v;
    };
    put('scope', l.scope);
    put('recordId', l.recordId);
    put('month', l.month);
    put('engagements', l.engagements);
    put('sends', l.sends);
    put('archiveYear', year);
    put('batch', batch);
    return row;
  });
  const first = summary.sheet.getLastRow() + 1;
  const max = summary.sheet.getMaxRows();
  if (first + rows.length - 1 > max)
    summary.sheet.insertRowsAfter(max, Math.max(first + rows.length - 1 - max, 500));
  // Month is text ('2023-04' would otherwise become a date): the block is formatted as text where it must be.
  const monthCol = summary.index['month']! + 1;
  summary.sheet.getRange(first, monthCol, rows.length, 1).setNumberFormat('@');
  summary.sheet.getRange(first, 1, rows.length, summary.width).setValues(rows);
}

/** What the summary counts of a block of rows of Engagements or Sends (Audit counts nothing). */
export function countedRows_(
  tab: LiveTab | { def: { name: string }; match: { index: Record<string, number> } },
  rows: readonly unknown[][],
  cityOfContact: (contactId: string) => string,
): CountedRow[] {
  const at = (row: readonly unknown[], key: string) => {
    const i = tab.match.index[key];
    return i === undefined ? '' : row[i];
  };
  const out: CountedRow[] = [];
  for (const row of rows) {
    if (tab.def.name === 'Engagements') {
      const date = at(row, 'date');
      if (!(date instanceof Date)) continue;
      out.push({
        kind: 'engagement',
        date,
        cityIds: idList(at(row, 'cityIds')),
        contactIds: idList(at(row, 'contactIds')),
      });
    } else if (tab.def.name === 'Sends') {
      const sent = at(row, 'sentAt');
      const date = sent instanceof Date ? sent : at(row, 'createdAt');
      if (!(date instanceof Date)) continue;
      const contact = String(at(row, 'contactId') ?? '').trim();
      const city = contact === '' ? '' : cityOfContact(contact);
      out.push({ kind: 'send', date, cityIds: city ? [city] : [], contactIds: contact ? [contact] : [] });
    }
  }
  return out;
}

export { summaryLines };
