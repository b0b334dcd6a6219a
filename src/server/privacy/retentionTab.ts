// The "Retention due" tab: what the daily retention job found due, one row per item, until a coordinator confirms.
//
// It holds ids, reasons and dates only — never a name or an address — so it needs no erasure of its own, and the
// person search (personRows.ts) leaves it out. A row is written once (keyed by Key); "Done on" and "Outcome" are
// filled when the item is anonymised, or found no longer due, so a rerun skips it.

import { type MessageCode, message } from '../../core/messages';
import type { RetentionKind } from '../../core/privacy/retention';
import type { WorkbookSession } from '../store/session';

export const RETENTION_TAB = 'Retention due';

export const RETENTION_HEADERS = [
  'Key',
  'Kind',
  'Record',
  'Form',
  'Reason',
  'Due since',
  'Listed on',
  'Done on',
  'Outcome',
] as const;

/** Each header's note, in English and French. */
const NOTES: Record<(typeof RETENTION_HEADERS)[number], MessageCode> = {
  Key: 'privacy.retentionColKey',
  Kind: 'privacy.retentionColKind',
  Record: 'privacy.retentionColRecord',
  Form: 'privacy.retentionColForm',
  Reason: 'privacy.retentionColReason',
  'Due since': 'privacy.retentionColDueSince',
  'Listed on': 'privacy.retentionColListedOn',
  'Done on': 'privacy.retentionColDoneOn',
  Outcome: 'privacy.retentionColOutcome',
};

const DONE_COL = RETENTION_HEADERS.indexOf('Done on') + 1;

export interface RetentionItem {
  key: string;
  kind: RetentionKind;
  /** APP-… or CON-…; for a raw response, the application it was recorded on. */
  record: string;
  /** For a raw response: enquiry or application (which form); else ''. */
  form: string;
  reason: string;
  since: Date;
}

export interface ListedItem extends RetentionItem {
  row: number;
  done: boolean;
}

/** The tab, created with its header row when missing (only when `create`). */
export function retentionSheet_(
  session: WorkbookSession,
  create: boolean,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const found = session.spreadsheet.getSheetByName(RETENTION_TAB);
  if (found || !create) return found;
  const sheet = session.spreadsheet.insertSheet(RETENTION_TAB);
  const header = sheet.getRange(1, 1, 1, RETENTION_HEADERS.length);
  header.setValues([[...RETENTION_HEADERS]]);
  // The tab is shared by English and French speakers: each header's note says what it holds in both.
  header.setNotes([
    RETENTION_HEADERS.map((h) => `${message(NOTES[h], {}, 'en')}\n${message(NOTES[h], {}, 'fr')}`),
  ]);
  sheet.setFrozenRows(1);
  return sheet;
}

/** Every item listed (one read of the tab: it holds items, not history). */
export function listedItems_(sheet: GoogleAppsScript.Spreadsheet.Sheet): ListedItem[] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const values = sheet.getRange(2, 1, last - 1, RETENTION_HEADERS.length).getValues();
  return values
    .map((r, i) => ({
      row: i + 2,
      key: String(r[0] ?? ''),
      kind: String(r[1] ?? '') as RetentionKind,
      record: String(r[2] ?? ''),
      form: String(r[3] ?? ''),
      reason: String(r[4] ?? ''),
      since: r[5] as Date,
      done: r[7] !== '' && r[7] !== null,
    }))
    .filter((it) => it.key !== '');
}

/** Appends the items not listed yet; returns how many were added. */
export function appendItems_(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  listed: readonly ListedItem[],
  items: readonly RetentionItem[],
  now: Date,
): number {
  const known = new Set(listed.map((it) => it.key));
  const fresh = items.filter((it) => !known.has(it.key));
  if (fresh.length === 0) return 0;
  const rows = fresh.map((it) => [it.key, it.kind, it.record, it.form, it.reason, it.since, now, '', '']);
  const first = Math.max(sheet.getLastRow(), 1) + 1;
  const range = sheet.getRange(first, 1, rows.length, RETENTION_HEADERS.length);
  range.setValues(rows);
  return fresh.length;
}

/** Whether the item's Done on cell is filled (read under the lock: another run may have done it). */
export function isDone_(sheet: GoogleAppsScript.Spreadsheet.Sheet, item: ListedItem): boolean {
  return sheet.getRange(item.row, DONE_COL).getValue() !== '';
}

/** Marks an item done, with what happened ("anonymised", "no longer due"). */
export function markDone_(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  item: ListedItem,
  now: Date,
  outcome: string,
): void {
  sheet.getRange(item.row, DONE_COL, 1, 2).setValues([[now, outcome]]);
}
