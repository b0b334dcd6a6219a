// The Dashboard tab's output as one block of cells below its filter cells: the indicators against baseline and
// target, then the tables the charts draw, each with its place recorded so charts point at the right cells.

import { displayDay } from '../calendar/displayDate';
import { displayValue, type Language, message } from '../messages';
import type { Breakdown } from './breakdowns';
import type { TargetStatus } from './indicatorValues';

/** First row of the output block (rows 1–4 hold the title, the two filter cells and the refresh line). */
export const OUTPUT_ROW = 6;
/** Columns of the indicators table, the widest block. */
export const OUTPUT_WIDTH = 11;

export interface IndicatorFigure {
  name: string;
  definition: string;
  hubName: string;
  current: { label: string; value: number | null };
  previous: { label: string; value: number | null } | null;
  baseline: number | null;
  target: number | null;
  direction: string;
  status: TargetStatus;
  /** Set when the row cannot be computed: the figures are left empty and this says why. */
  problem?: string;
}

export type ChartKind = 'membersByHub' | 'trends' | 'byType' | 'byChannel';

export interface BlockPlace {
  /** Sheet row of the block's header row, and how many rows (header included) and columns the chart reads. */
  row: number;
  numRows: number;
  numCols: number;
}

export interface DashboardLayout {
  rows: (string | number)[][];
  charts: Record<ChartKind, BlockPlace>;
}

type Cell = string | number;

const pad = (line: Cell[]): Cell[] => {
  const out = line.slice(0, OUTPUT_WIDTH);
  while (out.length < OUTPUT_WIDTH) out.push('');
  return out;
};
const orEmpty = (v: number | null): Cell => (v === null ? '' : v);

export interface LayoutInput {
  lang: Language;
  figures: IndicatorFigure[];
  membersByHub: Breakdown;
  trends: Breakdown;
  byType: Breakdown;
  byChannel: Breakdown;
  participation: Breakdown;
  /** The span the by-type, by-channel and participation tables cover (local days, `to` excluded). */
  span: { from: string; lastDay: string };
}

/** Header words: hub, quarter, type, channel and the three trend columns are labels; the rest is vocabulary. */
function headerText(h: string, lang: Language): string {
  const labels: Record<string, Parameters<typeof message>[0]> = {
    Hub: 'dashboard.h.hub',
    Quarter: 'dashboard.h.quarter',
    Type: 'dashboard.h.type',
    Channel: 'dashboard.h.channel',
    'new members': 'dashboard.h.newMembers',
    engagements: 'dashboard.h.engagements',
    'messages sent': 'dashboard.h.messagesSent',
  };
  const code = labels[h];
  return code ? message(code, {}, lang) : displayValue(h, lang);
}

export function dashboardLayout(input: LayoutInput): DashboardLayout {
  const { lang } = input;
  const rows: Cell[][] = [];
  const at = () => OUTPUT_ROW + rows.length;
  const t = (code: Parameters<typeof message>[0], params = {}) => message(code, params, lang);
  rows.push(pad([t('dashboard.block.indicators')]));
  rows.push(
    pad([
      t('dashboard.h.indicator'),
      t('dashboard.h.definition'),
      t('dashboard.h.hub'),
      t('dashboard.h.current'),
      t('dashboard.h.value'),
      t('dashboard.h.previous'),
      t('dashboard.h.value'),
      t('dashboard.h.baseline'),
      t('dashboard.h.target'),
      t('dashboard.h.direction'),
      t('dashboard.h.status'),
    ]),
  );
  for (const f of input.figures) {
    if (f.problem) {
      rows.push(pad([f.name, f.problem]));
      continue;
    }
    const status =
      f.status === 'met' ? t('dashboard.met') : f.status === 'not met' ? t('dashboard.notMet') : '';
    rows.push(
      pad([
        f.name,
        f.definition,
        f.hubName,
        f.current.label,
        orEmpty(f.current.value),
        f.previous ? f.previous.label : '',
        f.previous ? orEmpty(f.previous.value) : '',
        orEmpty(f.baseline),
        orEmpty(f.target),
        displayValue(f.direction, lang),
        status,
      ]),
    );
  }
  const block = (title: string, b: Breakdown, translateRows: boolean): BlockPlace => {
    rows.push(pad([]));
    rows.push(pad([title]));
    const place = { row: at(), numRows: b.rows.length + 1, numCols: b.headers.length };
    rows.push(pad(b.headers.map((h) => headerText(h, lang))));
    for (const r of b.rows)
      rows.push(
        pad(r.map((c, i) => (i === 0 && translateRows && typeof c === 'string' ? displayValue(c, lang) : c))),
      );
    return place;
  };
  const span = { from: displayDay(input.span.from, lang), to: displayDay(input.span.lastDay, lang) };
  const membersByHub = block(t('dashboard.block.membersByHub'), input.membersByHub, false);
  const trends = block(t('dashboard.block.trends'), input.trends, false);
  const byType = block(t('dashboard.block.byType', span), input.byType, true);
  const byChannel = block(t('dashboard.block.byChannel', span), input.byChannel, true);
  block(t('dashboard.block.participation', span), input.participation, false);
  return { rows, charts: { membersByHub, trends, byType, byChannel } };
}
