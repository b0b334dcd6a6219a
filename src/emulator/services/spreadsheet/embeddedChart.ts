// Embedded charts, script side: Sheet.newChart's EmbeddedChartBuilder (also reached by EmbeddedChart.modify), the
// EmbeddedChart a build returns and Sheet.getCharts lists, its ContainerInfo and ChartOptions, and the sheet-level
// insert, update and remove. A built chart is a value: nothing changes on the sheet until insertChart/updateChart.
// Sources: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
//          https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
//          https://developers.google.com/apps-script/reference/spreadsheet/container-info
//          https://developers.google.com/apps-script/reference/charts/chart-options
//          https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart()
// Believed, not documented: the error wordings; that a new builder's position is A1 with no offset; that
// updateChart refuses a chart whose id is not on that sheet; that removeChart of a chart not on the sheet does
// nothing; that getAs accepts 'image/png' only here (the project needs nothing else).
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { Blob } from '../script/blob';
import { drawChartPng } from './chartImage';
import { type ChartSpec, chartsOfSheet, copySpec, findChart, nextChartId } from './chartModel';
import { type RangeObject, rangeAt } from './range';
import type { SheetModel } from './sheetModel';

function liveSheet(sheet: SheetModel): SheetModel {
  if (!sheet.parent.sheets.includes(sheet))
    throw new GoogleError('The sheet of this chart no longer exists.');
  return sheet;
}

export class EmbeddedChartBuilderObject extends ServiceObject {
  readonly _type: string = 'EmbeddedChartBuilder';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _sheet: SheetModel,
    readonly _id: number | null,
    readonly _spec: ChartSpec,
  ) {
    super(g);
  }

  /** "Adds a range to the chart this builder modifies. Does not add the range if it has already been added." */
  addRange(range: RangeObject): this {
    const rect = range._rect;
    const same = this._spec.ranges.some(
      (r) =>
        r.sheet === range._sheet &&
        r.rect.row === rect.row &&
        r.rect.col === rect.col &&
        r.rect.numRows === rect.numRows &&
        r.rect.numCols === rect.numCols,
    );
    if (!same) this._spec.ranges.push({ sheet: range._sheet, rect: { ...rect } });
    return this;
  }
  /** "Removes the specified range from the chart this builder modifies." */
  removeRange(range: RangeObject): this {
    const rect = range._rect;
    this._spec.ranges = this._spec.ranges.filter(
      (r) =>
        !(
          r.sheet === range._sheet &&
          r.rect.row === rect.row &&
          r.rect.col === rect.col &&
          r.rect.numRows === rect.numRows &&
          r.rect.numCols === rect.numCols
        ),
    );
    return this;
  }
  /** "Removes all ranges from the chart this builder modifies." */
  clearRanges(): this {
    this._spec.ranges = [];
    return this;
  }
  getRanges(): RangeObject[] {
    return rangesOf(this._g, this._spec);
  }
  /** "Changes the type of chart." The argument is a Charts.ChartType. */
  setChartType(type: unknown): this {
    this._spec.type = String(type);
    return this;
  }
  getChartType(): string | null {
    return this._spec.type;
  }
  /** "Sets advanced options for this chart", keyed as in the Google Charts configuration options ('title', 'hAxis.title'…). */
  setOption(option: string, value: unknown): this {
    this._spec.options.set(String(option), value);
    return this;
  }
  /** setPosition(anchorRowPos, anchorColPos, offsetX, offsetY): "Sets the position, changing where the chart appears on the sheet." */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this._spec.position = {
      anchorRow: Number(anchorRowPos),
      anchorColumn: Number(anchorColPos),
      offsetX: Number(offsetX),
      offsetY: Number(offsetY),
    };
    return this;
  }
  getContainer(): ContainerInfoObject {
    return new ContainerInfoObject(this._g, this._spec);
  }
  // "Sets the chart type to … and returns an Embedded…ChartBuilder": the emulator keeps one builder class.
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  asBarChart(): this {
    return this.setChartType('BAR');
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asPieChart(): this {
    return this.setChartType('PIE');
  }
  asComboChart(): this {
    return this.setChartType('COMBO');
  }
  /** The typed builders' setTitle: the 'title' option. Source: …/embedded-column-chart-builder#setTitle(String) */
  setTitle(chartTitle: string): this {
    return this.setOption('title', String(chartTitle));
  }
  /** "Builds the chart to reflect all changes made to it." The chart is not on the sheet until insertChart. */
  build(): EmbeddedChartObject {
    if (this._spec.type === null) throw new GoogleError('Chart type must be set before building the chart.');
    return new EmbeddedChartObject(this._g, this._sheet, this._id, copySpec(this._spec));
  }
}

function rangesOf(g: GoogleBackend, spec: ChartSpec): RangeObject[] {
  return spec.ranges
    .filter((r) => r.sheet.parent.sheets.includes(r.sheet))
    .map((r) => rangeAt({ _g: g, _sheet: r.sheet }, r.rect.row, r.rect.col, r.rect.numRows, r.rect.numCols));
}

export class ContainerInfoObject extends ServiceObject {
  readonly _type = 'ContainerInfo';
  readonly _service = 'SpreadsheetApp';
  constructor(
    g: GoogleBackend,
    private readonly spec: ChartSpec,
  ) {
    super(g);
  }
  getAnchorRow(): number {
    return this.spec.position.anchorRow;
  }
  getAnchorColumn(): number {
    return this.spec.position.anchorColumn;
  }
  getOffsetX(): number {
    return this.spec.position.offsetX;
  }
  getOffsetY(): number {
    return this.spec.position.offsetY;
  }
}

export class ChartOptionsObject extends ServiceObject {
  readonly _type = 'ChartOptions';
  readonly _service = 'Charts';
  constructor(
    g: GoogleBackend,
    private readonly options: Map<string, unknown>,
  ) {
    super(g);
  }
  /** "Returns a configured option for this chart." Null when not set (believed). */
  get(option: string): unknown {
    return this.options.has(String(option)) ? this.options.get(String(option)) : null;
  }
}

export class EmbeddedChartObject extends ServiceObject {
  readonly _type = 'EmbeddedChart';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _sheet: SheetModel,
    readonly _id: number | null,
    readonly _spec: ChartSpec,
  ) {
    super(g);
  }

  /** "A stable identifier for the chart that is unique across the spreadsheet … or null if the chart is not in a spreadsheet." */
  getChartId(): number | null {
    return this._id;
  }
  getRanges(): RangeObject[] {
    return rangesOf(this._g, this._spec);
  }
  getOptions(): ChartOptionsObject {
    return new ChartOptionsObject(this._g, new Map(this._spec.options));
  }
  getContainerInfo(): ContainerInfoObject {
    return new ContainerInfoObject(this._g, copySpec(this._spec));
  }
  /** "Returns an EmbeddedChartBuilder that can be used to modify this chart. Invoke updateChart to save changes." */
  modify(): EmbeddedChartBuilderObject {
    return new EmbeddedChartBuilderObject(this._g, this._sheet, this._id, copySpec(this._spec));
  }
  /** The chart as an image of its ranges' current values. */
  getAs(contentType: string): Blob {
    if (String(contentType) !== 'image/png')
      throw new GoogleError(`Converting from chart to ${String(contentType)} is not supported.`);
    const bytes = drawChartPng(seriesOf(this._spec, this._g));
    const title = this._spec.options.get('title');
    return new Blob(this._g, bytes, 'image/png', `${title ? String(title) : 'Chart'}.png`);
  }
  getBlob(): Blob {
    return this.getAs('image/png');
  }
}

/** Numbers by series: each range's columns after the first (its labels), rows after a header row of text. */
function seriesOf(spec: ChartSpec, g: GoogleBackend): number[][] {
  const out: number[][] = [];
  for (const r of spec.ranges) {
    if (!r.sheet.parent.sheets.includes(r.sheet)) continue;
    const values = r.sheet.getValues(r.rect.row, r.rect.col, r.rect.numRows, r.rect.numCols);
    g.current.account({ read: r.rect.numRows * r.rect.numCols });
    const header = values[0]?.some((v) => typeof v !== 'number') ? 1 : 0;
    const rows = values.slice(header);
    for (let c = r.rect.numCols > 1 ? 1 : 0; c < r.rect.numCols; c++)
      out.push(rows.map((row) => (typeof row[c] === 'number' ? (row[c] as number) : 0)));
  }
  return out;
}

/** Sheet.newChart(). */
export function newChartBuilder(g: GoogleBackend, sheet: SheetModel): EmbeddedChartBuilderObject {
  return new EmbeddedChartBuilderObject(g, liveSheet(sheet), null, {
    type: null,
    ranges: [],
    options: new Map(),
    position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
  });
}

/** Sheet.insertChart(chart): the chart joins the sheet with a new id (the object passed keeps its own). */
export function insertChart(sheet: SheetModel, chart: EmbeddedChartObject): void {
  const s = liveSheet(sheet);
  chartsOfSheet(s).push({ id: nextChartId(s.parent), ...copySpec(chart._spec) });
}

/** Sheet.updateChart(chart): the chart with the same id on this sheet takes the built chart's definition. */
export function updateChart(sheet: SheetModel, chart: EmbeddedChartObject): void {
  const s = liveSheet(sheet);
  const found = chart._id === null ? null : findChart(s.parent, chart._id);
  if (!found || found.sheet !== s) throw new GoogleError('The chart to update is not on this sheet.');
  Object.assign(found.chart, copySpec(chart._spec));
}

/** Sheet.removeChart(chart). */
export function removeChart(sheet: SheetModel, chart: EmbeddedChartObject): void {
  const list = chartsOfSheet(liveSheet(sheet));
  const at = list.findIndex((c) => c.id === chart._id);
  if (at >= 0) list.splice(at, 1);
}

/** Sheet.getCharts(): "Returns an array of charts on this sheet." Each is a copy; edits go through updateChart. */
export function sheetCharts(g: GoogleBackend, sheet: SheetModel): EmbeddedChartObject[] {
  const s = liveSheet(sheet);
  return chartsOfSheet(s).map((c) => new EmbeddedChartObject(g, s, c.id, copySpec(c)));
}
