// A demo-size workbook (1,500 contacts, 3,000 engagements, 4,000 sends) set up through the bundle, with planted problems.
import { STAFF, TABLE_TABS } from '../../../sheets-templates';
import { demoSheetValues, generateDemoWorkbook } from '../../../src/demo';
import { Emulator, type RunResult } from '../../../src/emulator';
import { headers, OWNER, ok, sheet } from '../workbook/harness';

export { OWNER, ok, sheet };

/** The highlight colour of src/server/validate/highlights.ts. */
export const HIGHLIGHT = '#fbd9d6';

let data: Record<string, unknown[][]> | undefined;

/** Set up, the demo rows loaded host-side, set up again (as after a data load), and three problems planted. */
export function demoWorkbook(): Emulator {
  data ??= demoSheetValues(generateDemoWorkbook({ size: 'demo' }));
  const emu = new Emulator();
  ok(emu, 'setupWorkbook');
  const book = emu.backend.stores.spreadsheets.bound;
  for (const def of TABLE_TABS) {
    const rows = data[def.name];
    if (!rows || rows.length < 2) continue;
    const s = book.sheetByName(def.name)!;
    const body = rows.slice(1).map((r) => [...r]);
    if (def.name === STAFF.name) {
      const admin = s.getValues(2, 1, 1, def.columns.length)[0]!;
      admin[0] = `STF-${String(body.length + 1).padStart(6, '0')}`;
      body.push(admin);
    }
    // Grown before its last (empty) row, so formats and rules stretch over the new rows and one empty row stays below.
    if (s.maxRows < body.length + 2) s.insertRows(s.maxRows, body.length + 2 - s.maxRows);
    s.setValuesRaw(2, 1, body as never);
  }
  ok(emu, 'setupWorkbook');
  plant(emu, 'Cities', 10, 'Country', '');
  plant(emu, 'Contacts', 40, 'Email', 'nobody@');
  plant(emu, 'Engagements', 2500, 'Cities', 'CTY-999999');
  return emu;
}

/** Writes one cell host-side (no trigger, no stamp: as a change the bundle never saw). */
export function plant(emu: Emulator, tab: string, row: number, header: string, value: unknown): number {
  const col = headers(emu, tab).indexOf(header) + 1;
  if (col < 1) throw new Error(`no ${header} in ${tab}`);
  sheet(emu, tab).setValuesRaw(row, col, [[value as string]]);
  return col;
}

export interface Report {
  problems: { tab: string; row: number; col: number; column: string; message: string }[];
  total: number;
  rowsChecked: number;
  mode: 'incremental' | 'full';
  complete: boolean;
}

export function check(emu: Emulator, mode?: 'full'): RunResult<Report> {
  return ok<Report>(emu, 'checkWorkbook', mode ? [mode] : []);
}

export const cellsRead = (r: RunResult<unknown>) => r.execution.records.reduce((n, c) => n + c.cellsRead, 0);
export const cellsWritten = (r: RunResult<unknown>) =>
  r.execution.records.reduce((n, c) => n + c.cellsWritten, 0);

/** Each problem as "tab!row:col message", sorted. */
export function keysOf(problems: Report['problems']): string[] {
  return problems.map((p) => `${p.tab}!${p.row}:${p.col} ${p.message}`).sort();
}

/** Every highlighted cell of the table tabs, as "tab!row:col". */
export function highlighted(emu: Emulator): string[] {
  const out: string[] = [];
  for (const def of TABLE_TABS) {
    const s = emu.backend.stores.spreadsheets.bound.sheetByName(def.name);
    if (!s) continue;
    const rows = s.lastRow();
    const cols = s.lastColumn();
    if (rows < 2 || cols < 1) continue;
    const grid = s.formats.background.getGrid({ row: 1, col: 1, numRows: rows, numCols: cols });
    grid.forEach((line, i) => {
      line.forEach((bg, j) => {
        if (bg === HIGHLIGHT) out.push(`${def.name}!${i + 1}:${j + 1}`);
      });
    });
  }
  return out.sort();
}
