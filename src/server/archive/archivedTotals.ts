// What a profile shows of a record's archived history: engagements and sends counted in History summary, and links.
//
// The summary holds one line per record (src/server/archive/historySummary.ts): the record's line is found by a
// search of the Record ID column and only it is read, so this does not grow with the summary or the archives.

import { HISTORY_SUMMARY } from '../../../sheets-templates';
import type { WorkbookSession } from '../store/session';
import { archiveIds_ } from './archiveFiles';
import { yearsOf_ } from './historySummary';

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
  if (!session.sheet(HISTORY_SUMMARY.name)) return totals;
  const summary = session.table(HISTORY_SUMMARY);
  const years = new Set<number>();
  for (const row of summary.findRows('recordId', [recordId])) {
    const v = summary.values(row);
    if (String(v['scope'] ?? '').trim() !== scope) continue;
    totals.engagements += Number(v['engagements']) || 0;
    totals.sends += Number(v['sends']) || 0;
    for (const y of yearsOf_(v['archiveYears'])) years.add(y);
  }
  if (years.size === 0) return totals;
  const ids = archiveIds_(session.properties().getProperties());
  totals.archives = [...years]
    .sort((a, b) => a - b)
    .filter((y) => ids[y] !== undefined)
    .map((year) => ({ year, url: `https://docs.google.com/spreadsheets/d/${ids[year]}/edit` }));
  return totals;
}
