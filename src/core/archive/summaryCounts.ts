// Pure rules of the History summary: monthly counts per city and per contact of archived engagements and sends.

import { yearMonthOf } from './archivePlan';

export interface SummaryLine {
  scope: 'city' | 'contact';
  recordId: string;
  month: string;
  engagements: number;
  sends: number;
}

/** What the summary needs of one archived row: its date and the cities and contacts it counts for. */
export interface CountedRow {
  kind: 'engagement' | 'send';
  date: Date;
  cityIds: readonly string[];
  contactIds: readonly string[];
}

/** Aggregates rows into one line per scope, record and month (sorted, so a batch's block is deterministic). */
export function summaryLines(rows: readonly CountedRow[], timeZone: string): SummaryLine[] {
  const lines = new Map<string, SummaryLine>();
  const add = (scope: SummaryLine['scope'], recordId: string, month: string, kind: CountedRow['kind']) => {
    const key = `${scope}|${recordId}|${month}`;
    let line = lines.get(key);
    if (!line) {
      line = { scope, recordId, month, engagements: 0, sends: 0 };
      lines.set(key, line);
    }
    if (kind === 'engagement') line.engagements++;
    else line.sends++;
  };
  for (const r of rows) {
    const { month } = yearMonthOf(r.date, timeZone);
    for (const id of new Set(r.cityIds)) if (id !== '') add('city', id, month, r.kind);
    for (const id of new Set(r.contactIds)) if (id !== '') add('contact', id, month, r.kind);
  }
  return [...lines.values()].sort((a, b) =>
    a.scope !== b.scope
      ? a.scope < b.scope
        ? -1
        : 1
      : a.recordId !== b.recordId
        ? a.recordId < b.recordId
          ? -1
          : 1
        : a.month < b.month
          ? -1
          : a.month > b.month
            ? 1
            : 0,
  );
}

/** Splits a comma-separated id list cell ("CTY-000001, CTY-000002") into ids. */
export function idList(cell: unknown): string[] {
  return String(cell ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
