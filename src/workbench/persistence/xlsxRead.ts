// Reads an .xlsx file into plain sheets: values (dates back to instants in the workbook's time zone), formulas,
// and the formatting the workbench needs when no state file describes the sheet (number formats, bold, frozen rows).
import ExcelJS from 'exceljs';
import { dateOfSerial } from '../../emulator/services/shared/zonedTime';
import type { CellValue } from '../../emulator/services/spreadsheet/install';
import { LIST_SHEET } from './xlsxValidations';
import { GENERATION_PREFIX } from './xlsxWrite';

export interface LoadedSheet {
  name: string;
  /** Rows of values ('' for empty), each as wide as the widest row. */
  values: CellValue[][];
  /** Formulas ('=…') by [row][col] (0-based), sparse. */
  formulas: (string | undefined)[][];
  numberFormats: (string | undefined)[][];
  bold: boolean[][];
  notes: { row: number; col: number; text: string }[];
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  /** px by column (1-based). */
  widths: [number, number][];
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** exceljs reads date cells as the file's wall clock expressed in UTC; this puts them back in the workbook's zone. */
function dateFromFile(d: Date, timeZone: string): Date {
  return dateOfSerial((d.getTime() - EXCEL_EPOCH_MS) / 86_400_000, timeZone);
}

function plainValue(v: ExcelJS.CellValue, timeZone: string): CellValue {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return dateFromFile(v, timeZone);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
  if ('result' in o) return plainValue(o.result as ExcelJS.CellValue, timeZone);
  if (typeof o.text === 'string') return o.text;
  if (typeof o.error === 'string') return o.error;
  return '';
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function readSheet(ws: ExcelJS.Worksheet, timeZone: string): LoadedSheet {
  const values: CellValue[][] = [];
  const formulas: (string | undefined)[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const bold: boolean[][] = [];
  const notes: LoadedSheet['notes'] = [];
  const width = ws.actualColumnCount > 0 ? ws.columnCount : 0;
  const lastRow = ws.rowCount;
  for (let r = 1; r <= lastRow; r++) {
    const line: CellValue[] = new Array(width).fill('');
    const fmts: (string | undefined)[] = new Array(width).fill(undefined);
    const bolds: boolean[] = new Array(width).fill(false);
    const fs: (string | undefined)[] = [];
    const row = ws.getRow(r);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      line[col - 1] = plainValue(cell.value, timeZone);
      if (cell.formula) fs[col - 1] = `=${cell.formula}`;
      if (cell.numFmt && cell.numFmt !== 'General') fmts[col - 1] = cell.numFmt;
      if (cell.font?.bold) bolds[col - 1] = true;
      const text = noteText(cell.note);
      if (text) notes.push({ row: r, col, text });
    });
    values.push(line);
    formulas.push(fs);
    numberFormats.push(fmts);
    bold.push(bolds);
  }
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozen = view?.state === 'frozen';
  const widths: [number, number][] = [];
  for (let c = 1; c <= Math.max(width, ws.columnCount); c++) {
    const w = ws.getColumn(c).width;
    if (w) widths.push([c, Math.round(w * 7)]);
  }
  return {
    name: ws.name,
    values,
    formulas,
    numberFormats,
    bold,
    notes,
    frozenRows: frozen ? (view?.ySplit ?? 0) : 0,
    frozenColumns: frozen ? (view?.xSplit ?? 0) : 0,
    hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
    widths,
  };
}

/** Reads every worksheet but the export's hidden list sheet (xlsxValidations.ts), and the save generation the workbench wrote into the file (undefined for other files). */
export async function readXlsx(
  file: string,
  timeZone: string,
): Promise<{ sheets: LoadedSheet[]; generation?: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const description = wb.description ?? '';
  const generation = description.startsWith(GENERATION_PREFIX)
    ? Number(description.slice(GENERATION_PREFIX.length))
    : undefined;
  const sheets = wb.worksheets.filter((ws) => ws.name !== LIST_SHEET).map((ws) => readSheet(ws, timeZone));
  return { sheets, generation };
}
