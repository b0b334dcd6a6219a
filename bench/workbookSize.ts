// The `workbook size` bench row: used and grid cells of the bench workbook after the bench's operations ran on it.
//
// Google's limit is 10 million cells per spreadsheet, counted over every tab's grid (rows × columns), used or
// not: https://support.google.com/drive/answer/37603. The row shows both figures.
import type { DemoSize } from '../src/demo/generate';
import type { Emulator } from '../src/emulator';
import type { SpreadsheetModel } from '../src/emulator/services/spreadsheet/install';
import { journey, setLinks } from './intakeOperations';
import type { BenchRow } from './measure';
import type { BenchOperation } from './operations';

/**
 * Steps run on the finished workbook before it is measured. Archiving (issue 11.5) goes here: a run of the
 * bundle's archive entry point, so that `gridCells` is the size after history older than the window moved out.
 */
export const BEFORE_MEASURING: ((emu: Emulator, user: string) => void)[] = [];

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
      for (const step of BEFORE_MEASURING) step(emu, user);
      const size = workbookCells(emu.backend.stores.spreadsheets.bound);
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
          note: "Google's limit: 10,000,000 grid cells per spreadsheet",
        },
      ];
    },
  };
}
