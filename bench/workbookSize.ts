// The `workbook size` bench row: used and grid cells of the bench workbook after the bench's operations and archiving.
//
// Google's limit is 10 million cells per spreadsheet, counted over every tab's grid (rows × columns), used or
// not: https://support.google.com/drive/answer/37603. The row shows both figures.
import { DEFAULT_DEMO_TODAY, type DemoSize } from '../src/demo/generate';
import type { Emulator } from '../src/emulator';
import type { SpreadsheetModel } from '../src/emulator/services/spreadsheet/install';
import { journey, setLinks } from './intakeOperations';
import type { BenchRow } from './measure';
import type { BenchOperation } from './operations';

/** What the archive runs before measuring did: runs, rows moved, modelled seconds (for the row's note). */
interface ArchiveFigures {
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
function archiveHistoryRuns(emu: Emulator, user: string): ArchiveFigures {
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

export function workbookSizeOperation(build: (size: DemoSize) => Emulator, user: string): BenchOperation {
  return {
    name: 'workbook size',
    run(): BenchRow[] {
      const emu = build('bench');
      const setup = emu.run('setupWorkbook', [], { user });
      if (setup.status !== 'ok') throw new Error(`setup failed: ${setup.error}`);
      setLinks(emu);
      journey(emu, user, 1);
      const archived = archiveHistoryRuns(emu, user);
      const book = emu.backend.stores.spreadsheets.bound;
      const size = workbookCells(book);
      // Where the grid is, per tab (stderr, so --json stays one array): what to cut next is read from here.
      for (const s of book.sheets)
        process.stderr.write(
          `  ${s.name}: ${s.maxRows} × ${s.maxColumns} = ${s.maxRows * s.maxColumns} grid, ${s.lastRow()} × ${s.lastColumn()} used\n`,
        );
      return [
        {
          operation: 'workbook size',
          calls: 0,
          ioCalls: 0,
          cellsRead: 0,
          cellsWritten: 0,
          modelledSeconds: 0,
          lowerBound: 0,
          ratio: 1,
          ...size,
          note: `after Archive history (${archived.runs} runs, ${archived.moved} rows moved, ${Math.round(archived.modelledSeconds)} modelled s, window ${archived.months} months by the cell budget); Google's limit: 10,000,000 grid cells per spreadsheet`,
        },
      ];
    },
  };
}
