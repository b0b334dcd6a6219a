// The live History summary tab: one line per city and per contact with the totals of its archived history.
//
// A run reads the summary once (it has one line per record that ever had history archived, not one per month),
// keeps it in memory, and each batch adds its counts there and writes the whole block back in one setValues with
// every line tagged with the batch id: one call writes all of it or none, and the block never shrinks, so the last
// row's batch id tells a rerun whether the batch's counts landed, and a count is never added twice. Every line read
// is written back where it was (a second line of a record, or one that is not a record's, is kept as it is; new
// counts go to a record's first line), so the block never shrinks and readers sum a record's lines.

import { HISTORY_SUMMARY } from '../../../sheets-templates';
import type { SummaryLine } from '../../core/archive/summaryCounts';
import { message } from '../../core/messages';
import { matchHeaders, structureProblem } from '../../core/workbook/headerMatch';
import { WorkbookStructureError } from '../store/errors';
import type { WorkbookSession } from '../store/session';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TotalLine {
  scope: SummaryLine['scope'];
  recordId: string;
  engagements: number;
  sends: number;
  years: number[];
  /** A line that is no record's (blank or unknown scope): written back as read. */
  raw?: unknown[];
}

export interface SummaryTab {
  sheet: Sheet;
  index: Record<string, number>;
  width: number;
  /** The lines as on the sheet (in sheet order), by scope|record. */
  lines: TotalLine[];
  byKey: Map<string, TotalLine>;
  /** Sheet rows already formatted as text in the years column (rows 2…). */
  formatted: number;
}

/** "2021, 2023" → [2021, 2023] (a lone year may have been read as a number). */
export function yearsOf_(cell: unknown): number[] {
  return String(cell ?? '')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** The summary tab, where its columns are, and its lines (one read of the header row, one of the lines). */
export function openSummary_(session: WorkbookSession): SummaryTab {
  const sheet = session.sheet(HISTORY_SUMMARY.name);
  const width = sheet ? sheet.getLastColumn() : 0;
  if (!sheet || width === 0)
    throw new WorkbookStructureError(message('structure.summaryMissing', { tab: HISTORY_SUMMARY.name }));
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  const match = matchHeaders(HISTORY_SUMMARY, headers);
  const problem = structureProblem(HISTORY_SUMMARY, match);
  if (problem) throw new WorkbookStructureError(problem);
  const index = match.index;
  const tab: SummaryTab = { sheet, index, width, lines: [], byKey: new Map(), formatted: 0 };
  const last = sheet.getLastRow();
  if (last < 2) return tab;
  const at = (row: unknown[], key: string) => row[index[key]!];
  for (const row of sheet.getRange(2, 1, last - 1, width).getValues()) {
    const scope = String(at(row, 'scope')).trim();
    const recordId = String(at(row, 'recordId')).trim();
    if ((scope !== 'city' && scope !== 'contact') || recordId === '') {
      tab.lines.push({ scope: 'city', recordId: '', engagements: 0, sends: 0, years: [], raw: row });
      continue;
    }
    keepLine_(tab, {
      scope,
      recordId,
      engagements: Number(at(row, 'engagements')) || 0,
      sends: Number(at(row, 'sends')) || 0,
      years: yearsOf_(at(row, 'archiveYears')),
    });
  }
  tab.formatted = last - 1;
  return tab;
}

/** A line read from the sheet, kept in its place; the first of its record gets the record's new counts. */
function keepLine_(tab: SummaryTab, line: TotalLine): void {
  const key = `${line.scope}|${line.recordId}`;
  if (!tab.byKey.has(key)) tab.byKey.set(key, line);
  tab.lines.push(line);
}

/** Adds counts to the record's first line, or a new line at the end. */
function addLine_(tab: SummaryTab, line: TotalLine): void {
  const had = tab.byKey.get(`${line.scope}|${line.recordId}`);
  if (!had) {
    keepLine_(tab, line);
    return;
  }
  had.engagements += line.engagements;
  had.sends += line.sends;
  for (const y of line.years) if (had.years.indexOf(y) < 0) had.years.push(y);
  had.years.sort((a, b) => a - b);
}

/** The batch id on the summary's last row ('' when empty): one cell. */
export function lastSummaryBatch_(summary: SummaryTab): string {
  const last = summary.sheet.getLastRow();
  if (last < 2) return '';
  return String(summary.sheet.getRange(last, summary.index['batch']! + 1).getValue());
}

/**
 * Adds a batch's counts (monthly lines, summed here) to the totals and writes the whole summary in one setValues,
 * every line tagged with the batch id (see the file comment). The sheet grows by exactly the rows it needs.
 */
export function addToSummary_(
  summary: SummaryTab,
  lines: readonly SummaryLine[],
  year: number,
  batch: string,
): void {
  if (lines.length === 0) return;
  for (const l of lines)
    addLine_(summary, {
      scope: l.scope,
      recordId: l.recordId,
      engagements: l.engagements,
      sends: l.sends,
      years: [year],
    });
  const batchCol = summary.index['batch']!;
  const rows = summary.lines.map((l) => {
    if (l.raw) {
      const kept = [...l.raw];
      kept[batchCol] = batch;
      return kept;
    }
    const row: unknown[] = new Array(summary.width).fill('');
    const put = (key: string, v: unknown) => {
      row[summary.index[key]!] = v;
    };
    put('scope', l.scope);
    put('recordId', l.recordId);
    put('engagements', l.engagements);
    put('sends', l.sends);
    put('archiveYears', l.years.join(', '));
    put('batch', batch);
    return row;
  });
  const sheet = summary.sheet;
  const max = sheet.getMaxRows();
  if (rows.length + 1 > max) sheet.insertRowsAfter(max, rows.length + 1 - max);
  // "2023" alone would become a number: the years of rows not formatted yet are text first.
  if (rows.length > summary.formatted) {
    sheet
      .getRange(summary.formatted + 2, summary.index['archiveYears']! + 1, rows.length - summary.formatted, 1)
      .setNumberFormat('@');
    summary.formatted = rows.length;
  }
  sheet.getRange(2, 1, rows.length, summary.width).setValues(rows);
}
