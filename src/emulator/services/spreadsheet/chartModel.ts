// Embedded charts, host side: each sheet's charts as plain data (type, source ranges, options, anchor), chart ids
// unique across a spreadsheet, and the host API the workbench uses to save, restore and draw them.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getChartId()
// ("a stable identifier for the chart that is unique across the spreadsheet containing the chart").
import type { Rect } from './a1';
import type { SheetModel } from './sheetModel';
import type { SpreadsheetModel } from './spreadsheetModel';

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartSpec {
  /** A Charts.ChartType name ('COLUMN', 'LINE', 'PIE', 'COMBO'…), or null before setChartType. */
  type: string | null;
  ranges: { sheet: SheetModel; rect: Rect }[];
  options: Map<string, unknown>;
  position: ChartPosition;
}

export interface ChartModel extends ChartSpec {
  id: number;
}

const charts = new WeakMap<SheetModel, ChartModel[]>();
const lastIds = new WeakMap<SpreadsheetModel, number>();

/** The charts embedded in a sheet, in insertion order (the live array). */
export function chartsOfSheet(sheet: SheetModel): ChartModel[] {
  let list = charts.get(sheet);
  if (!list) {
    list = [];
    charts.set(sheet, list);
  }
  return list;
}

export function copySpec(spec: ChartSpec): ChartSpec {
  return {
    type: spec.type,
    ranges: spec.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
    options: new Map(spec.options),
    position: { ...spec.position },
  };
}

/** A fresh id, never handed out twice in this spreadsheet (believed: real ids are large integers, not 1, 2, 3…). */
export function nextChartId(book: SpreadsheetModel): number {
  let last = lastIds.get(book) ?? 0;
  for (const s of book.sheets) for (const c of chartsOfSheet(s)) last = Math.max(last, c.id - 1_000_000_000);
  const id = last + 1;
  lastIds.set(book, id);
  return 1_000_000_000 + id;
}

/** Which chart of the spreadsheet has this id, and on which sheet. */
export function findChart(
  book: SpreadsheetModel,
  id: number,
): { sheet: SheetModel; chart: ChartModel } | null {
  for (const sheet of book.sheets)
    for (const chart of chartsOfSheet(sheet)) if (chart.id === id) return { sheet, chart };
  return null;
}

/** Plain data for a state file: ranges refer to sheets by name. */
export interface SavedChart {
  id: number;
  type: string | null;
  ranges: { sheet: string; rect: Rect }[];
  options: [string, unknown][];
  position: ChartPosition;
}

export function saveCharts(sheet: SheetModel): SavedChart[] {
  return chartsOfSheet(sheet).map((c) => ({
    id: c.id,
    type: c.type,
    ranges: c.ranges.map((r) => ({ sheet: r.sheet.name, rect: { ...r.rect } })),
    options: [...c.options.entries()],
    position: { ...c.position },
  }));
}

/** Restores saved charts once every sheet of the book exists (a range may be on another tab). */
export function restoreCharts(book: SpreadsheetModel, sheet: SheetModel, saved: readonly SavedChart[]): void {
  const list = chartsOfSheet(sheet);
  list.length = 0;
  for (const c of saved)
    list.push({
      id: c.id,
      type: c.type,
      ranges: c.ranges.flatMap((r) => {
        const target = book.sheetByName(r.sheet);
        return target ? [{ sheet: target, rect: r.rect }] : [];
      }),
      options: new Map(c.options),
      position: { ...c.position },
    });
}
