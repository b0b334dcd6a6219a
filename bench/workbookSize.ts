// The `workbook size` bench row: used and grid cells of the bench workbook after the bench's operations and archiving.
//
// Google's limit is 10 million cells per spreadsheet, counted over every tab's grid (rows × columns), used or
// not: https://support.google.com/drive/answer/37603. The row shows both figures.
import type { DemoSize } from '../src/demo/generate';
import type { Emulator } from '../src/emulator';
import { archiveHistoryRuns, workbookCells } from './archiveRuns';
import { journey, setLinks } from './intakeOperations';
import type { BenchRow } from './measure';
import type { BenchOperation } from './operations';

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
