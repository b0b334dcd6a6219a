// The "History by month" tab of a yearly archive: monthly counts per city and contact of its rows, one line per record and month.
//
// Each archived batch merges its counts into the tab's last lines (batches go in date order, so a month's
// lines are the tail) and writes them back as one block tagged with its id: a stopped run can tell whether its
// batch's counts landed by reading one cell (the batch id on the last row), and a count is never added twice.
// Readers sum lines by scope, record and month (lines written before merging, or out of order, still add up).

import { HISTORY_BY_MONTH } from '../../../sheets-templates';
import { type CountedRow, idList, type SummaryLine, summaryLines } from '../../core/archive/summaryCounts';
import { matchHeaders } from '../../core/workbook/headerMatch';
import { archiveTab_ } from './archiveFiles';
import type { LiveTab } from './liveHistory';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface MonthTab {
  sheet: Sheet;
  index: Record<string, number>;
  width: number;
  /** What this run last wrote at the end of the tab (see writeMonthLines_). */
  tail?: MonthTail;
}

/** The archive's History by month tab (created with its header when missing) and where its columns are. */
export function openMonthTab_(book: GoogleAppsScript.Spreadsheet.Spreadsheet): MonthTab {
  const { sheet, headers } = archiveTab_(book, HISTORY_BY_MONTH, []);
  return { sheet, index: matchHeaders(HISTORY_BY_MONTH, headers).index, width: headers.length };
}

/** The batch id on the tab's last row ('' when empty): one cell. */
export function lastBatchOf_(tab: MonthTab): string {
  const last = tab.sheet.getLastRow();
  if (last < 2) return '';
  return String(tab.sheet.getRange(last, tab.index['batch']! + 1).getValue());
}

/** A tab line as written: its counts, its archive year and the batch that last wrote it. */
interface WrittenLine extends SummaryLine {
  year: number;
}

/**
 * The tab's tail this run last wrote (first sheet row and its lines), so the next batch merges into it
 * without reading it back; forgotten when a write may not have landed.
 */
export interface MonthTail {
  first: number;
  tabCode: string;
  lines: WrittenLine[];
  /** The batch that wrote it: another run's batch on the last row means the copy is stale. */
  batch?: string;
}

/** The batch id's tab part ("ENG" of "ENG:2023:…"): lines of one tab merge only with lines of that tab. */
function tabCodeOf(batch: string): string {
  return batch.split(':')[0] ?? '';
}

/** Lines read back from the sheet at most, looking for the tail to merge into (a tab out of date order stops early). */
const TAIL_READ_ROWS = 20000;

/**
 * The tab's trailing lines the new lines merge into: written by the same tab's batches, for months from
 * `fromMonth` on. Batches move rows in date order, so these are the last batch's lines of the month the new batch
 * starts in; one read of at most TAIL_READ_ROWS rows (none when this run wrote the tail itself).
 */
function tailToMerge_(tab: MonthTab, tabCode: string, fromMonth: string): MonthTail {
  const last = tab.sheet.getLastRow();
  const known = tab.tail;
  if (
    known &&
    known.first + known.lines.length - 1 === last &&
    known.tabCode === tabCode &&
    lastBatchOf_(tab) === known.batch
  ) {
    let i = known.lines.length;
    while (i > 0 && known.lines[i - 1]!.month >= fromMonth) i--;
    return { first: known.first + i, tabCode, lines: known.lines.slice(i) };
  }
  if (last < 2) return { first: 2, tabCode, lines: [] };
  const count = Math.min(last - 1, TAIL_READ_ROWS);
  const first = last - count + 1;
  const rows = tab.sheet.getRange(first, 1, count, tab.width).getValues();
  const at = (row: unknown[], key: string) => row[tab.index[key]!];
  let i = rows.length;
  while (i > 0) {
    const row = rows[i - 1]!;
    if (tabCodeOf(String(at(row, 'batch'))) !== tabCode || String(at(row, 'month')) < fromMonth) break;
    i--;
  }
  const lines = rows.slice(i).map((row) => ({
    scope: at(row, 'scope') as SummaryLine['scope'],
    recordId: String(at(row, 'recordId')),
    month: String(at(row, 'month')),
    engagements: Number(at(row, 'engagements')) || 0,
    sends: Number(at(row, 'sends')) || 0,
    year: Number(at(row, 'archiveYear')) || 0,
  }));
  return { first: first + i, tabCode, lines };
}

/** The tail's lines and the batch's merged: one line per scope, record and month, by month then record. */
function mergeLines_(
  tail: readonly WrittenLine[],
  lines: readonly SummaryLine[],
  year: number,
): WrittenLine[] {
  const byKey = new Map<string, WrittenLine>();
  const add = (l: SummaryLine, y: number) => {
    const key = `${l.month}|${l.scope}|${l.recordId}`;
    const had = byKey.get(key);
    if (had) {
      had.engagements += l.engagements;
      had.sends += l.sends;
    } else byKey.set(key, { ...l, year: y });
  };
  for (const l of tail) add(l, l.year);
  for (const l of lines) add(l, year);
  const order = (l: WrittenLine) => `${l.month}|${l.scope}|${l.recordId}`;
  return [...byKey.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/**
 * Adds a batch's monthly counts to the tab, one line per scope, record and month: the batch's lines are
 * merged with the tail lines of the same tab and months (tailToMerge_) and the merged block is written over that
 * tail in one setValues, every line tagged with the batch id. One call writes all of it or none, so the last row's
 * batch id still tells a rerun whether the counts landed, and no count is added twice.
 */
export function writeMonthLines_(
  tab: MonthTab,
  lines: readonly SummaryLine[],
  year: number,
  batch: string,
): void {
  if (lines.length === 0) return;
  const tabCode = tabCodeOf(batch);
  const fromMonth = lines.map((l) => l.month).sort()[0]!; // 'YYYY-MM' sorts as text
  const tail = tailToMerge_(tab, tabCode, fromMonth);
  const merged = mergeLines_(tail.lines, lines, year);
  const rows = merged.map((l) => {
    const row: unknown[] = new Array(tab.width).fill('');
    const put = (key: string, v: unknown) => {
      row[tab.index[key]!] = v;
    };
    put('scope', l.scope);
    put('recordId', l.recordId);
    put('month', l.month);
    put('engagements', l.engagements);
    put('sends', l.sends);
    put('archiveYear', l.year);
    put('batch', batch);
    return row;
  });
  const first = tail.first;
  const max = tab.sheet.getMaxRows();
  if (first + rows.length - 1 > max)
    tab.sheet.insertRowsAfter(max, Math.max(first + rows.length - 1 - max, 500));
  // Month is text ('2023-04' would otherwise become a date): the block is formatted as text where it must be.
  const monthCol = tab.index['month']! + 1;
  tab.tail = undefined;
  tab.sheet.getRange(first, monthCol, rows.length, 1).setNumberFormat('@');
  tab.sheet.getRange(first, 1, rows.length, tab.width).setValues(rows);
  tab.tail = { first, tabCode, lines: merged, batch };
}

/** What the tab counts of a block of rows of Engagements or Sends (Audit counts nothing). */
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
