// Tab definitions of archived history's counts: History summary (live workbook) and History by month (yearly archives).
//
// Both are written only by "Archive history" (src/server/archive/). The live summary holds one line per city and
// per contact with all-time archived totals, rewritten whole by each batch in one block tagged with its batch id;
// the monthly lines (one per tab, scope, record and month) go to the "History by month" tab of the batch's yearly
// archive, merged into its tail. Either way a rerun sees whether its batch landed by reading one cell: the batch id
// of the last row.

import { col } from '../model';

export const HISTORY_SCOPES = ['city', 'contact'] as const;

export const HISTORY_SUMMARY = {
  name: 'History summary',
  kind: 'computed',
  prefix: '',
  description:
    'Totals of engagements and sends per city and per contact, for rows moved to the yearly archive spreadsheets (their monthly counts are in each archive\'s "History by month" tab). Written by Archive history; do not edit.',
  columns: [
    col('scope', 'Scope', 'enum', { required: true, values: HISTORY_SCOPES, system: true }),
    col('recordId', 'Record ID', 'text', { required: true, maxLength: 20, system: true }),
    col('engagements', 'Engagements', 'integer', { required: true, min: 0, system: true }),
    col('sends', 'Sends', 'integer', { required: true, min: 0, system: true }),
    col('archiveYears', 'Archive years', 'text', {
      required: true,
      maxLength: 200,
      system: true,
      note: 'Years of the archives holding the rows, e.g. 2021, 2022.',
    }),
    col('batch', 'Batch', 'text', { required: true, maxLength: 40, system: true }),
  ],
} as const;

/** The tab of each yearly archive with that year's monthly counts (not a tab of the live workbook). */
export const HISTORY_BY_MONTH = {
  name: 'History by month',
  kind: 'computed',
  prefix: '',
  description:
    'Monthly counts of engagements and sends per city and per contact for the rows of this archive. Written by Archive history; do not edit.',
  columns: [
    col('scope', 'Scope', 'enum', { required: true, values: HISTORY_SCOPES, system: true }),
    col('recordId', 'Record ID', 'text', { required: true, maxLength: 20, system: true }),
    col('month', 'Month', 'text', { required: true, maxLength: 7, system: true, note: 'YYYY-MM.' }),
    col('engagements', 'Engagements', 'integer', { required: true, min: 0, system: true }),
    col('sends', 'Sends', 'integer', { required: true, min: 0, system: true }),
    col('archiveYear', 'Archive year', 'integer', { required: true, system: true }),
    col('batch', 'Batch', 'text', { required: true, maxLength: 40, system: true }),
  ],
} as const;
