// A sheet's metadata as plain data (formats by rectangle, protections, conditional rules, charts), for the state file.
import type { Rect } from '../../emulator/services/spreadsheet/a1';
import {
  restoreCharts,
  type SavedChart,
  type SheetModel,
  type SpreadsheetModel,
  saveCharts,
} from '../../emulator/services/spreadsheet/install';
import { readField, writeField } from './privateFields';

/** The per-rectangle layers of a sheet (see SheetFormats in the emulator). */
export const LAYER_NAMES = [
  'numberFormat',
  'background',
  'fontWeight',
  'fontColor',
  'wrap',
  'horizontalAlignment',
  'note',
  'validation',
] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

export interface LayerEntry {
  rect: Rect;
  value: unknown;
}

export interface SheetMeta {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  columnWidths: [number, number][];
  layers: Partial<Record<LayerName, LayerEntry[]>>;
  protections: {
    id: number;
    kind: 'RANGE' | 'SHEET';
    rect: Rect;
    description: string;
    warningOnly: boolean;
    editors: string[];
    unprotected: Rect[];
  }[];
  conditionalRules: {
    ranges: { sheet: string; rect: Rect }[];
    condition: { type: string; values: unknown[] };
    format: Record<string, unknown>;
  }[];
  /** Embedded charts (absent in state files written before charts were emulated). */
  charts?: SavedChart[];
}

type LayerLike = { set(rect: Rect, value: unknown): void };

function layerOf(sheet: SheetModel, name: LayerName): LayerLike {
  return (sheet.formats as unknown as Record<LayerName, LayerLike>)[name];
}

/** The rectangles of a layer, in the order they were set (later ones win). */
export function layerEntries(sheet: SheetModel, name: LayerName): LayerEntry[] {
  return readField<LayerEntry[]>(layerOf(sheet, name), 'entries').map((e) => ({
    rect: { ...e.rect },
    value: e.value,
  }));
}

export function captureSheet(sheet: SheetModel): SheetMeta {
  const layers: SheetMeta['layers'] = {};
  for (const name of LAYER_NAMES) {
    const entries = layerEntries(sheet, name);
    if (entries.length > 0) layers[name] = entries;
  }
  return {
    id: sheet.id,
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    columnWidths: [...sheet.columnWidths.entries()],
    layers,
    protections: sheet.protections
      .filter((p) => !p.removed)
      .map((p) => ({
        id: p.id,
        kind: p.kind,
        rect: { ...p.rect },
        description: p.description,
        warningOnly: p.warningOnly,
        editors: [...p.editors],
        unprotected: p.unprotected.map((u) => ({ ...u })),
      })),
    conditionalRules: sheet.conditionalRules.map((r) => ({
      ranges: r.ranges.map((x) => ({ sheet: x.sheet.name, rect: { ...x.rect } })),
      condition: r.condition,
      format: { ...r.format },
    })),
    charts: saveCharts(sheet),
  };
}

/** Applies saved metadata to a sheet whose values are already loaded. */
export function restoreSheet(sheet: SheetModel, meta: SheetMeta): void {
  sheet.maxRows = Math.max(sheet.maxRows, meta.maxRows);
  sheet.maxColumns = Math.max(sheet.maxColumns, meta.maxColumns);
  sheet.frozenRows = meta.frozenRows;
  sheet.frozenColumns = meta.frozenColumns;
  sheet.hidden = meta.hidden;
  sheet.tabColor = meta.tabColor;
  sheet.columnWidths.clear();
  for (const [c, w] of meta.columnWidths) sheet.columnWidths.set(c, w);
  for (const name of LAYER_NAMES) {
    const entries = meta.layers[name];
    // Restored as saved (same rectangles, same order), so lookups cost what they cost before the restart.
    if (entries)
      writeField(
        layerOf(sheet, name),
        'entries',
        entries.map((e) => ({ rect: e.rect, value: e.value })),
      );
  }
  sheet.protections = meta.protections.map((p) => ({ ...p, sheet }));
}

/** Conditional rules refer to sheets by object; restored once every sheet exists. */
export function restoreConditionalRules(model: SpreadsheetModel, sheet: SheetModel, meta: SheetMeta): void {
  sheet.conditionalRules = meta.conditionalRules.map((r) => ({
    ranges: r.ranges.flatMap((x) => {
      const target = model.sheetByName(x.sheet);
      return target ? [{ sheet: target, rect: x.rect }] : [];
    }),
    condition: r.condition,
    format: r.format,
  }));
  // Charts too: a chart's ranges may be on any tab.
  restoreCharts(model, sheet, meta.charts ?? []);
}
