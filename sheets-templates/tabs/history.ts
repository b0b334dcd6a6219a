// Tab definition of the History summary: per-city and per-contact monthly counts of the rows moved to the archives.
//
// Written only by "Archive history" (src/server/archive/historySummary.ts): each archived batch merges its counts
// into the last lines (one line per tab, scope, record and month) and writes them back in one block tagged with
// its batch id, so a rerun can see whether its batch landed by reading one cell: the batch id of the last row.
// A count is the sum over lines with the same scope, record and month.

import { col } from '../model';

export const HISTORY_SCOPES = ['city', 'contact'] as const;

export const HISTORY_SUMMARY = {
  name: 'History summary',
  kind: 'computed',
  prefix: '',
  description:
    'Monthly counts of engagements and sends per city and per contact, for rows moved to the yearly archive spreadsheets. Written by Archive history; do not edit.',
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
