// The Charts service as far as embedded charts need it: the Charts.ChartType enum passed to setChartType.
// Source: https://developers.google.com/apps-script/reference/charts/chart-type
import { ServiceObject } from '../../runtime/serviceObject';

const CHART_TYPES = [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const;

export class ChartsService extends ServiceObject {
  readonly _type = 'Charts';
  readonly _service = 'Charts';

  override _properties(): Record<string, unknown> {
    return { ChartType: Object.fromEntries(CHART_TYPES.map((t) => [t, t])) };
  }
}
