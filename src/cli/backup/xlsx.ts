// The backup's .xlsx: the backed-up tabs rebuilt as an emulator workbook and written by the workbench's own .xlsx
// writer (exceljs), so the file opens in the workbench (`npm start -- --file …`), Excel, LibreOffice and Sheets.

import type { SpreadsheetModel } from '../../emulator/services/spreadsheet/install';
import { SpreadsheetStore } from '../../emulator/services/spreadsheet/spreadsheetModel';
import { workbookToXlsx } from '../../workbench/persistence/xlsxWrite';
import { type CellData, cellFieldsOf, writeCellData } from '../sheets/cellCodec';
import { loadBackupForXlsx } from './backupXlsxSource';
import type { CompactCell, TabData, WorkbookMeta } from './snapshot';

/** A compact cell back as the API's CellData. */
export function cellDataOf(tab: TabData, c: CompactCell | null | undefined): CellData {
  if (!c) return {};
  return {
    ...(c.v ? { userEnteredValue: c.v } : {}),
    ...(c.n ? { note: c.n } : {}),
    ...(c.f !== undefined ? { userEnteredFormat: { numberFormat: tab.formats[c.f] } } : {}),
    ...(c.r !== undefined ? { dataValidation: tab.rules[c.r] } : {}),
  };
}

/** The backed-up workbook as an emulator model (values, formulas, notes, number formats, validation). */
export function modelOfBackup(meta: WorkbookMeta, tabs: TabData[]): SpreadsheetModel {
  const store = new SpreadsheetStore(meta.timeZone, 'backup@localhost', () => new Date());
  const book = store.create(meta.title, { timeZone: meta.timeZone, locale: meta.locale });
  const ordered = [...tabs].sort((a, b) => a.meta.index - b.meta.index);
  ordered.forEach((t, i) => {
    const s =
      i === 0
        ? book.sheets[0]!
        : book.insertSheet(t.meta.title, undefined, t.meta.rowCount, t.meta.columnCount);
    if (i === 0) {
      book.renameSheet(s, t.meta.title);
      s.maxRows = t.meta.rowCount;
      s.maxColumns = t.meta.columnCount;
    }
    s.frozenRows = t.meta.frozenRowCount ?? 0;
  });
  const all = cellFieldsOf('*');
  for (const t of ordered) {
    const s = book.sheetByName(t.meta.title)!;
    const rows = t.rows.map((line) => ({ values: line.map((c) => cellDataOf(t, c)) }));
    if (rows.length > 0) writeCellData(s, 1, 1, rows, all);
  }
  return book;
}

export async function xlsxOfBackup(dir: string): Promise<Buffer> {
  const { meta, tabs } = loadBackupForXlsx(dir);
  return workbookToXlsx(modelOfBackup(meta, tabs), 0);
}
