// A new workbench workbook: the bound script's own setup on an empty workbook, then the demo network's rows
// loaded host side straight into the sheets (fast: no script calls for tens of thousands of rows).
import { SETTINGS, STAFF, TABLE_TABS } from '../../sheets-templates';
import { type DemoSize, demoSheetValues, generateDemoWorkbook } from '../demo';
import type { Emulator } from '../emulator';
import { instantOf } from '../emulator/services/shared/zonedTime';
import type { SheetModel, SpreadsheetModel } from '../emulator/services/spreadsheet/install';

/** The demo's reference day at 09:00 in the script's time zone: the virtual clock starts there for a new workbook. */
export function demoStart(today: Date, timeZone: string): Date {
  return instantOf(today.getFullYear(), today.getMonth() + 1, today.getDate(), 9, 0, 0, timeZone);
}

function ensureRows(sheet: SheetModel, need: number): void {
  if (sheet.maxRows < need) sheet.insertRows(sheet.maxRows + 1, need - sheet.maxRows);
}

/** Replaces a tab's data rows with `body`, keeping the header row setup wrote. */
function loadBody(sheet: SheetModel, body: unknown[][]): void {
  const width = body[0]?.length ?? 0;
  const old = sheet.lastRow();
  if (old > 1)
    sheet.clearContent({ row: 2, col: 1, numRows: old - 1, numCols: Math.max(width, sheet.maxColumns) });
  if (body.length === 0) return;
  ensureRows(sheet, body.length + 1);
  sheet.setValuesRaw(2, 1, body as never);
}

/**
 * A new Google spreadsheet starts with an empty 'Sheet1'; once setup has added the CRM's tabs it is only clutter in
 * front of them, so the workbench removes it (only when it is still blank, and never the last sheet) and opens the
 * workbook on its first tab.
 */
function dropBlankFirstSheet(book: SpreadsheetModel): void {
  const blank = book.sheetByName('Sheet1');
  if (!blank || book.sheets.length < 2 || blank.lastRow() > 0 || blank.lastColumn() > 0) return;
  book.deleteSheet(blank);
  // Setup's insertSheet left its last tab (Dashboard) active, as Sheets does; a new workbook opens on the first tab.
  book.activeSheetId = book.sheets[0].id;
}

export interface NewWorkbookReport {
  setup: 'ran' | 'missing' | string;
  demoRows: number;
}

/**
 * Runs the bundle's `setupWorkbook` as `user` (its first admin) when the bundle has it, then loads the demo rows
 * (`size` 'demo' or 'bench', or 'none'). Setup's first admin is kept, after the demo staff.
 */
export function createWorkbook(emu: Emulator, user: string, size: DemoSize | 'none'): NewWorkbookReport {
  const report: NewWorkbookReport = { setup: 'missing', demoRows: 0 };
  if (/\bsetupWorkbook\b/.test(emu.bundle.source)) {
    const r = emu.run('setupWorkbook', [], { user, origin: 'workbench setup' });
    report.setup = r.status === 'ok' ? 'ran' : `failed: ${r.error}`;
    if (r.status === 'ok') dropBlankFirstSheet(emu.backend.stores.spreadsheets.bound);
  }
  if (size === 'none') return report;
  const book = emu.backend.stores.spreadsheets.bound;
  const demo = generateDemoWorkbook({ size });
  const data = demoSheetValues(demo);
  for (const def of [...TABLE_TABS, SETTINGS]) {
    const rows = data[def.name];
    const sheet = book.sheetByName(def.name);
    if (!rows || rows.length < 2 || !sheet) continue;
    const headers = sheet.getValues(1, 1, 1, def.columns.length)[0];
    // Setup writes the headers in declared order; anything else means setup changed, so leave the tab alone.
    if (headers.some((h, i) => h !== rows[0][i])) continue;
    const body = rows.slice(1);
    if (def.name === STAFF.name && sheet.lastRow() >= 2) {
      const admin = sheet.getValues(2, 1, 1, def.columns.length)[0];
      admin[0] = `${STAFF.prefix}-${String(body.length + 1).padStart(6, '0')}`;
      body.push(admin);
    }
    loadBody(sheet, body);
    report.demoRows += body.length;
  }
  return report;
}
