// Highlights invalid cells and clears the highlights of cells fixed since, as a few ranges per tab.
//
// The highlighted cells of each tab are remembered (validationState.ts), so a run writes only the difference:
// cells newly invalid get the colour, cells fixed lose it, each set as one RangeList call of contiguous runs
// ("C5:C9"), never a rectangle of cells. Kill-safe: the union of old and new cells is remembered before any
// background is written (with a mark that painting is under way), so a run stopped half-way leaves no highlight the
// next run would not clear, nor a cell it would not paint.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)
// https://developers.google.com/apps-script/reference/spreadsheet/range-list#setBackground(String)
import { cellsToA1, parseCellKey } from '../../core/workbook/rowRuns';
import type { ValidationState } from './validationState';

export const HIGHLIGHT = '#fbd9d6';

/** Ranges per RangeList call: keeps each call's A1 list short. */
const RANGES_PER_CALL = 400;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TabHighlights {
  sheet: Sheet;
  /** Every cell of the tab that must carry the highlight after this run. */
  wanted: Set<string>;
}

function paint(sheet: Sheet, cells: Iterable<string>, colour: string | null): number {
  const a1 = cellsToA1(cells);
  for (let i = 0; i < a1.length; i += RANGES_PER_CALL) {
    sheet.getRangeList(a1.slice(i, i + RANGES_PER_CALL)).setBackground(colour);
  }
  return a1.length;
}

/** Cells of the first version's bounding box that carry the highlight (read once, then the box is forgotten). */
function legacyCells(sheet: Sheet, box: string | undefined): string[] {
  const [r1, c1, r2, c2] = (box ?? '').split(':').map(Number);
  if (!r1 || !c1 || !r2 || !c2) return [];
  const bgs = sheet.getRange(r1, c1, r2 - r1 + 1, c2 - c1 + 1).getBackgrounds();
  const out: string[] = [];
  bgs.forEach((line, i) => {
    line.forEach((bg, j) => {
      if (String(bg).toLowerCase() === HIGHLIGHT) out.push(`${r1 + i}:${c1 + j}`);
    });
  });
  return out;
}

/** Brings each tab's highlights to `wanted`; returns the number of ranges written. */
export function applyHighlights(state: ValidationState, tabs: ReadonlyMap<string, TabHighlights>): number {
  const plans: { sheet: Sheet; tab: string; clear: string[]; set: string[]; wanted: Set<string> }[] = [];
  for (const [tab, { sheet, wanted }] of tabs) {
    const old = state.highlighted(tab);
    for (const k of legacyCells(sheet, state.legacyBox(tab))) old.add(k);
    state.dropLegacyBox(tab);
    // After a stopped run, the cells remembered may or may not carry the colour: paint every wanted cell again.
    const unsure = state.painting(tab);
    const clear = [...old].filter((k) => !wanted.has(k));
    const set = [...wanted].filter((k) => unsure || !old.has(k));
    if (clear.length === 0 && set.length === 0) continue;
    plans.push({ sheet, tab, clear, set, wanted });
    state.setHighlighted(tab, new Set([...old, ...wanted])); // write-ahead: every cell that may carry the colour
    state.setPainting(tab, true);
  }
  if (plans.length === 0) {
    state.save();
    return 0;
  }
  state.save();
  let ranges = 0;
  for (const p of plans) {
    ranges += paint(p.sheet, p.clear, null);
    ranges += paint(p.sheet, p.set, HIGHLIGHT);
    state.setHighlighted(p.tab, p.wanted);
    state.setPainting(p.tab, false);
  }
  // The colours must have landed before the "painting" marks go: property writes take effect at once, while
  // Sheets may still hold the backgrounds (https://developers.google.com/apps-script/reference/spreadsheet).
  SpreadsheetApp.flush();
  state.save();
  return ranges;
}

/** The rows of a tab holding highlighted cells (rechecked by every incremental run). */
export function highlightedRows(state: ValidationState, tab: string): number[] {
  return [...state.highlighted(tab)].map((k) => parseCellKey(k).row);
}
