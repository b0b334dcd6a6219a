// What a profile shows of a record's archived history: engagements and sends counted in History summary, and links.
//
// Reads the summary's Scope, Record ID, Engagements, Sends and Archive year columns (one block). The summary
// holds one line per tab, record and month, so this grows with archived record-months, not with archived rows
// (reading only the record's lines is not done: they are spread one per month, see README "Measured at scale 10").

import { HISTORY_SUMMARY } from '../../../sheets-templates';
import { matchHeaders } from '../../core/workbook/headerMatch';
import type { WorkbookSession } from '../store/session';
import { archiveIds_ } from './archiveFiles';

export interface ArchiveLink {
  year: number;
  url: string;
}

export interface ArchivedTotals {
  engagements: number;
  sends: number;
  /** The yearly archives holding this record's rows, oldest first. */
  archives: ArchiveLink[];
}

export function archivedTotals_(
  session: WorkbookSession,
  scope: 'city' | 'contact',
  recordId: string,
): ArchivedTotals {
  const totals: ArchivedTotals = { engagements: 0, sends: 0, archives: [] };
  const sheet = session.sheet(HISTORY_SUMMARY.name);
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2) return totals;
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
  const index = matchHeaders(HISTORY_SUMMARY, header).index;
  const keys = ['scope', 'recordId', 'engagements', 'sends', 'archiveYear'];
  if (keys.some((k) => index[k] === undefined)) return totals;
  const cols = keys.map((k) => index[k]!);
  const from = Math.min(...cols);
  const to = Math.max(...cols);
  const rows = sheet.getRange(2, from + 1, last - 1, to - from + 1).getValues();
  const [scopeAt, idAt, engAt, sendAt, yearAt] = cols.map((c) => c - from) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const years = new Set<number>();
  for (const r of rows) {
    if (r[scopeAt] !== scope || String(r[idAt]).trim() !== recordId) continue;
    totals.engagements += Number(r[engAt]) || 0;
    totals.sends += Number(r[sendAt]) || 0;
    years.add(Number(r[yearAt]));
  }
  if (years.size === 0) return totals;
  const ids = archiveIds_(session.properties().getProperties());
  totals.archives = [...years]
    .sort((a, b) => a - b)
    .filter((y) => ids[y] !== undefined)
    .map((year) => ({ year, url: `https://docs.google.com/spreadsheets/d/${ids[year]}/edit` }));
  return totals;
}
