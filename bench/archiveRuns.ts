// Archive history run to the end as the nightly trigger would, and the workbook's cell counts: for the
// `workbook size` row and for the rows measured on a workbook that is only possible archived (over Google's limit).
//
// Google's limit is 10 million cells per spreadsheet, counted over every tab's grid (rows × columns), used or
// not: https://support.google.com/drive/answer/37603.
import { DEFAULT_DEMO_TODAY } from '../src/demo/generate';
import type { Emulator } from '../src/emulator';
import type { SpreadsheetModel } from '../src/emulator/services/spreadsheet/install';

/** Google's cell limit per spreadsheet (grid cells over every tab). */
export const GOOGLE_CELL_LIMIT = 10_000_000;

/** What the archive runs before measuring did: runs, rows moved, modelled seconds (for the row's note). */
export interface ArchiveFigures {
  runs: number;
  moved: number;
  modelledSeconds: number;
  /** The shortest window a run archived to (fewer months than Settings' when the cell budget asked for it). */
  months: number;
}

/**
 * Archive history (issue 11.5) as the nightly trigger would run it, on the day after the demo's history ends
 * (rows older than the window, 24 months by default, move to the yearly archives), until nothing is left to
 * move: each run stops starting batches after 4.5 modelled minutes, so a large workbook takes several.
 */
export function archiveHistoryRuns(emu: Emulator, user: string): ArchiveFigures {
  const dayAfter = DEFAULT_DEMO_TODAY.getTime() + 24 * 3600 * 1000;
  if (emu.backend.clock.date().getTime() < dayAfter) emu.backend.clock.set(dayAfter);
  const figures: ArchiveFigures = { runs: 0, moved: 0, modelledSeconds: 0, months: Number.POSITIVE_INFINITY };
  for (let i = 0; i < 40; i++) {
    const r = emu.run<{ moved: Record<string, number>; finished: boolean; months: number }>(
      'archiveHistory',
      [],
      { user },
    );
    if (r.status !== 'ok') throw new Error(`archive failed: ${r.error}`);
    figures.runs++;
    figures.months = Math.min(figures.months, r.value!.months);
    figures.moved += Object.values(r.value!.moved).reduce((a, b) => a + b, 0);
    figures.modelledSeconds += r.execution.records.reduce((a, c) => a + c.ms, 0) / 1000;
    if (r.value!.finished) return figures;
  }
  throw new Error('archive history did not finish in 40 runs');
}

export function workbookCells(book: SpreadsheetModel): { usedCells: number; gridCells: number } {
  let usedCells = 0;
  let gridCells = 0;
  for (const s of book.sheets) {
    usedCells += s.lastRow() * s.lastColumn();
    gridCells += s.maxRows * s.maxColumns;
  }
  return { usedCells, gridCells };
}
