// The Dashboard's embedded charts, created once and updated in place: their ids are kept in a document property, a
// chart whose id was lost is found again by its title, and a second chart with the same title (an execution stopped
// between insertChart and saving the ids) is removed, so refreshing never adds a duplicate.
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#updateChart(EmbeddedChart)

import type { BlockPlace, ChartKind } from '../../core/dashboard/layout';
import { OUTPUT_WIDTH } from '../../core/dashboard/layout';
import { type Language, message } from '../../core/messages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** Document property: chart ids by kind, as JSON. */
export const DASHBOARD_CHARTS_PROPERTY = 'scn.dashboard.charts';

const KINDS: readonly ChartKind[] = ['membersByHub', 'trends', 'byType', 'byChannel'];
const TITLE_CODES = {
  membersByHub: 'dashboard.chart.membersByHub',
  trends: 'dashboard.chart.trends',
  byType: 'dashboard.chart.byType',
  byChannel: 'dashboard.chart.byChannel',
} as const;
/** Charts sit to the right of the output block, one under another. */
const CHART_COLUMN = OUTPUT_WIDTH + 2;
const CHART_ROWS_APART = 20;

function chartType(kind: ChartKind): GoogleAppsScript.Charts.ChartType {
  if (kind === 'trends') return Charts.ChartType.LINE;
  if (kind === 'byType') return Charts.ChartType.PIE;
  return Charts.ChartType.COLUMN;
}

const titleOf = (c: Chart) => String(c.getOptions().get('title') ?? '');

function storedIds(props: GoogleAppsScript.Properties.Properties): Partial<Record<ChartKind, number>> {
  try {
    const parsed = JSON.parse(props.getProperty(DASHBOARD_CHARTS_PROPERTY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Partial<Record<ChartKind, number>>) : {};
  } catch {
    return {}; // a damaged property: the charts are found by title instead
  }
}

/** Points each chart at its block (inserting the missing ones) and returns how many charts the Dashboard has. */
export function placeCharts(
  sheet: Sheet,
  places: Record<ChartKind, BlockPlace>,
  props: GoogleAppsScript.Properties.Properties,
  lang: Language,
): number {
  const ids = storedIds(props);
  const existing = sheet.getCharts();
  const taken = new Set<Chart>();
  const titles = (kind: ChartKind) => [
    message(TITLE_CODES[kind], {}, 'en'),
    message(TITLE_CODES[kind], {}, 'fr'),
  ];
  const out: Partial<Record<ChartKind, number>> = {};
  const newKinds: ChartKind[] = [];
  KINDS.forEach((kind, k) => {
    const place = places[kind];
    const range = sheet.getRange(place.row, 1, place.numRows, place.numCols);
    const title = message(TITLE_CODES[kind], {}, lang);
    const mine = existing.filter(
      (c) => !taken.has(c) && (c.getChartId() === ids[kind] || titles(kind).includes(titleOf(c))),
    );
    const keep = mine.find((c) => c.getChartId() === ids[kind]) ?? mine[0];
    for (const extra of mine) if (extra !== keep) sheet.removeChart(extra);
    for (const c of mine) taken.add(c);
    const builder = keep ? keep.modify().clearRanges() : sheet.newChart();
    const chart = builder
      .setChartType(chartType(kind))
      .addRange(range)
      .setOption('title', title)
      .setOption('isStacked', kind === 'membersByHub')
      .setPosition(CHART_ROWS_APART * k + 6, CHART_COLUMN, 0, 0)
      .build();
    if (keep) {
      sheet.updateChart(chart);
      const id = keep.getChartId();
      if (id !== null) out[kind] = id;
    } else {
      sheet.insertChart(chart);
      newKinds.push(kind);
    }
  });
  if (newKinds.length > 0) {
    // insertChart returns nothing: the new charts' ids are read back once, each found by its title.
    const known = new Set(Object.values(out));
    for (const c of sheet.getCharts()) {
      const id = c.getChartId();
      const kind = newKinds.find((k) => titleOf(c) === message(TITLE_CODES[k], {}, lang));
      if (kind && id !== null && !known.has(id) && out[kind] === undefined) out[kind] = id;
    }
  }
  props.setProperty(DASHBOARD_CHARTS_PROPERTY, JSON.stringify(out));
  return KINDS.length;
}
