// Tab definition of Indicators: each monitoring indicator defined once (what it means in words, which computation
// produces it, its period, baseline, target and intended direction), edited by the Head of Partnerships and read by
// the Dashboard's refresh (src/server/dashboard/). Setup seeds one row per computation (indicatorSeeds.ts).

import { bookkeepingColumns, col, idColumn, tableTab } from '../model';

/** The computations the Dashboard knows (src/core/dashboard/indicatorValues.ts); a row names one of these. */
export const INDICATOR_COMPUTATIONS = [
  'members',
  'new members',
  'engaged share',
  'not engaged',
  'enquiries within target',
  'applications within target',
  'mailings sent',
  'mailing reach',
  'opt-outs',
  'matches proposed',
  'matches introduced',
  'match outcomes',
  'event participants',
  'stale profiles',
  'engagements',
  'engagements all time',
  'sends all time',
] as const;
export const INDICATOR_PERIODS = ['quarter', 'month', 'year'] as const;
export const INDICATOR_DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;

export const INDICATORS = tableTab({
  name: 'Indicators',
  prefix: 'IND',
  description:
    'Monitoring indicators, each defined once: its meaning, computation, period, baseline, target and intended direction. The Dashboard shows them for the current and previous periods.',
  columns: [
    idColumn('id', 'Indicator ID', 'IND'),
    col('name', 'Name', 'text', { required: true, maxLength: 120, width: 220 }),
    col('definition', 'Definition', 'longText', {
      required: true,
      maxLength: 1000,
      width: 360,
      note: 'What the figure means, in words, as a donor report would define it.',
    }),
    col('computation', 'Computation', 'enum', {
      required: true,
      values: INDICATOR_COMPUTATIONS,
      note: 'Which calculation produces the figure; the Definition must say the same thing in words.',
    }),
    col('parameter', 'Parameter', 'integer', {
      min: 1,
      max: 3650,
      note: 'Days for the engagement windows, working days for the answer targets; empty: the Settings value.',
    }),
    col('period', 'Period', 'enum', { required: true, values: INDICATOR_PERIODS }),
    col('baseline', 'Baseline', 'number', { note: 'The value the indicator started from.' }),
    col('target', 'Target', 'number', { note: 'The value aimed for by the end of the period.' }),
    col('direction', 'Intended direction', 'enum', { required: true, values: INDICATOR_DIRECTIONS }),
    col('hubId', 'Hub filter', 'ref', {
      refTabs: ['Hubs'],
      note: 'Hub ID to count one hub only; empty: every hub (or the hub chosen on the Dashboard).',
    }),
    col('hidden', 'Hidden', 'boolean', {
      note: 'Tick to keep the definition without showing it on the Dashboard.',
    }),
    col('notes', 'Notes', 'longText'),
    ...bookkeepingColumns(),
  ],
});
