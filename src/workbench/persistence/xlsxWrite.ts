// Writes the emulated workbook as an .xlsx file Excel, LibreOffice and Google Sheets open: values, real dates,
// formulas, number formats (incl. '@'), bold/coloured headers, frozen rows, widths, notes and data validation
// (xlsxValidations.ts).
// In two steps: `planWorkbook` reads the emulator into plain data (cheap, main thread); `xlsxFromPlan` builds the
// file from it with exceljs (the expensive part, which the saver runs in a worker thread; see xlsxWorker.ts).
import ExcelJS from 'exceljs';
import { serialOf } from '../../emulator/services/shared/zonedTime';
import type { Rect } from '../../emulator/services/spreadsheet/a1';
import type { CellValue, SheetModel, SpreadsheetModel } from '../../emulator/services/spreadsheet/install';
import { layerEntries } from './sheetMetadata';
import {
  clampRect,
  LIST_SHEET,
  ListColumns,
  type PlannedValidation,
  planValidations,
} from './xlsxValidations';

/** Excel column width unit ≈ 7 px (the width of a digit in the default font). */
const PX_PER_WIDTH_UNIT = 7;
/** Where the workbench records which save wrote the file (see WorkbookState.generation). */
export const GENERATION_PREFIX = 'scn-workbench generation ';

const DATE_PATTERN = /[dy]|m{3,}/i;

function argb(color: string): string | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : undefined;
}

/** A date needs a date format in the file, or it shows as a bare serial number. */
function dateFormat(d: Date, own: string | undefined, timeZone: string): string {
  if (own && DATE_PATTERN.test(own)) return own;
  const serial = serialOf(d, timeZone);
  return Number.isInteger(serial) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
}

/** What a sheet's cells hold, as plain rows: the part of the workbook the .xlsx is the record of. */
export interface SheetContent {
  name: string;
  values: CellValue[][];
  /** Formulas by [row][col] (0-based), sparse; rows without formulas are empty arrays. */
  formulas: (string | undefined)[][];
}

type Grid<T> = (T | undefined)[][] | undefined;

/** One sheet of the workbook as plain, structured-cloneable data (sent to the worker thread). */
export interface SheetPlan extends SheetContent {
  hidden: boolean;
  tabColor: string | null;
  frozenRows: number;
  frozenColumns: number;
  widths: [number, number][];
  textColumns: number[];
  formats: {
    numberFormat: Grid<string>;
    fontWeight: Grid<string>;
    fontColor: Grid<string>;
    background: Grid<string>;
    wrap: Grid<boolean>;
    align: Grid<string>;
  };
  notes: { row: number; col: number; text: string }[];
  validations: PlannedValidation[];
}

export interface WorkbookPlan {
  name: string;
  timeZone: string;
  generation: number;
  activeTab: number;
  sheets: SheetPlan[];
  /** Lists too long for an inline rule, one column each of the hidden list sheet. */
  lists: string[][];
}

/** The used range's values and formulas of every sheet (a fresh copy: later edits do not change it). */
export function sheetContents(model: SpreadsheetModel): SheetContent[] {
  return model.sheets.map((sheet) => {
    const lastRow = sheet.lastRow();
    const lastCol = Math.max(sheet.lastColumn(), 1);
    const values = lastRow === 0 ? [] : sheet.getValues(1, 1, lastRow, lastCol);
    const formulas = values.map((_, r) => {
      const line = sheet.formulas[r];
      return line ? line.slice(0, lastCol) : [];
    });
    return { name: sheet.name, values, formulas };
  });
}

function planFormats(sheet: SheetModel, rows: number, cols: number): SheetPlan['formats'] {
  const used = { row: 1, col: 1, numRows: rows, numCols: cols };
  const grid = <T>(layer: { touches(r: Rect): boolean; getGrid(r: Rect): (T | undefined)[][] }): Grid<T> =>
    rows > 0 && layer.touches(used) ? layer.getGrid(used) : undefined;
  const f = sheet.formats;
  return {
    numberFormat: grid<string>(f.numberFormat),
    fontWeight: grid<string>(f.fontWeight),
    fontColor: grid<string>(f.fontColor),
    background: grid<string>(f.background),
    wrap: grid<boolean>(f.wrap),
    align: grid<string>(f.horizontalAlignment),
  };
}

/** Text columns ('@' on a whole column) keep that format below the data too, so typing in Excel keeps text. */
function textColumns(sheet: SheetModel): number[] {
  const out: number[] = [];
  for (const e of layerEntries(sheet, 'numberFormat')) {
    if (e.value !== '@' || e.rect.row + e.rect.numRows - 1 < sheet.maxRows) continue;
    for (let c = e.rect.col; c < e.rect.col + e.rect.numCols; c++) out.push(c);
  }
  return out;
}

function planNotes(sheet: SheetModel): SheetPlan['notes'] {
  const out: SheetPlan['notes'] = [];
  for (const e of layerEntries(sheet, 'note')) {
    const rect = clampRect(e.rect, sheet);
    if (!rect || typeof e.value !== 'string' || e.value === '' || rect.numRows * rect.numCols > 500) continue;
    for (let r = rect.row; r < rect.row + rect.numRows; r++)
      for (let c = rect.col; c < rect.col + rect.numCols; c++) out.push({ row: r, col: c, text: e.value });
  }
  return out;
}

/** The workbook as plain data; `contents` (from sheetContents, same moment) saves reading the cells twice. */
export function planWorkbook(
  model: SpreadsheetModel,
  generation: number,
  contents: SheetContent[] = sheetContents(model),
): WorkbookPlan {
  const lists = new ListColumns();
  const sheets = model.sheets.map((sheet, i): SheetPlan => {
    const content = contents[i];
    const cols = content.values[0]?.length ?? 0;
    return {
      ...content,
      hidden: sheet.hidden,
      tabColor: sheet.tabColor,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      widths: [...sheet.columnWidths.entries()],
      textColumns: textColumns(sheet),
      formats: planFormats(sheet, content.values.length, cols),
      notes: planNotes(sheet),
      validations: planValidations(sheet, model, lists),
    };
  });
  return {
    name: model.name,
    timeZone: model.timeZone,
    generation,
    activeTab: Math.max(0, model.sheets.indexOf(model.activeSheet)),
    sheets,
    lists: lists.columns,
  };
}

type WithValidations = { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } };

function writeCells(ws: ExcelJS.Worksheet, plan: SheetPlan, timeZone: string): void {
  const { values, formulas, formats: f } = plan;
  for (let r = 0; r < values.length; r++) {
    const line = values[r];
    const row = ws.getRow(r + 1);
    for (let c = 0; c < line.length; c++) {
      const v = line[c];
      const formula = formulas[r]?.[c];
      const fmt = f.numberFormat?.[r][c];
      const bold = f.fontWeight?.[r][c] === 'bold';
      const color = f.fontColor?.[r][c];
      const fill = f.background?.[r][c];
      if (v === '' && formula === undefined && !fmt && !bold && !fill) continue;
      const cell = row.getCell(c + 1);
      const plain = v instanceof Date ? serialOf(v, timeZone) : v;
      if (formula !== undefined)
        cell.value = { formula: formula.replace(/^=/, ''), result: plain } as ExcelJS.CellFormulaValue;
      else if (v !== '') cell.value = plain;
      if (v instanceof Date) cell.numFmt = dateFormat(v, fmt, timeZone);
      else if (fmt) cell.numFmt = fmt;
      if (bold || color)
        cell.font = { bold, ...(color && argb(color) ? { color: { argb: argb(color) } } : {}) };
      const fillColor = fill ? argb(fill) : undefined;
      if (fillColor) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fillColor } };
      const wrap = f.wrap?.[r][c];
      const align = f.align?.[r][c];
      if (wrap || align) {
        const horizontal = align === 'center' || align === 'right' || align === 'left' ? align : undefined;
        cell.alignment = { wrapText: !!wrap, ...(horizontal ? { horizontal } : {}) };
      }
    }
  }
}

function addSheet(wb: ExcelJS.Workbook, plan: SheetPlan, timeZone: string): void {
  const tab = plan.tabColor ? argb(plan.tabColor) : undefined;
  const ws = wb.addWorksheet(plan.name, {
    state: plan.hidden ? 'hidden' : 'visible',
    ...(tab ? { properties: { tabColor: { argb: tab } } } : {}),
    views:
      plan.frozenRows || plan.frozenColumns
        ? [{ state: 'frozen', xSplit: plan.frozenColumns, ySplit: plan.frozenRows }]
        : [],
  });
  for (const [c, px] of plan.widths) ws.getColumn(c).width = Math.round((px / PX_PER_WIDTH_UNIT) * 10) / 10;
  for (const c of plan.textColumns) ws.getColumn(c).numFmt = '@';
  writeCells(ws, plan, timeZone);
  for (const n of plan.notes) ws.getCell(n.row, n.col).note = n.text;
  // exceljs writes a range address as one <dataValidation sqref="A2:A1000"> (its typings omit `dataValidations`).
  for (const v of plan.validations)
    (ws as unknown as WithValidations).dataValidations.add(v.address, v.validation);
}

/** The hidden sheet the long list rules refer to: one list per column, from row 1. */
function addListSheet(wb: ExcelJS.Workbook, lists: string[][]): void {
  const ws = wb.addWorksheet(LIST_SHEET, { state: 'hidden' });
  lists.forEach((values, c) => {
    // Text cells, so a value such as "TRUE" or "01" stays what the rule compares with.
    ws.getColumn(c + 1).numFmt = '@';
    values.forEach((v, r) => {
      ws.getCell(r + 1, c + 1).value = v;
    });
  });
}

/** The .xlsx bytes of a plan; its generation ties the file to the state file written with it. */
export async function xlsxFromPlan(plan: WorkbookPlan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SCN CRM workbench';
  wb.title = plan.name;
  wb.description = `${GENERATION_PREFIX}${plan.generation}`;
  for (const sheet of plan.sheets) addSheet(wb, sheet, plan.timeZone);
  if (plan.lists.length > 0) addListSheet(wb, plan.lists);
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: plan.activeTab,
      visibility: 'visible',
    },
  ];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The workbook as .xlsx bytes, in this thread. */
export function workbookToXlsx(model: SpreadsheetModel, generation: number): Promise<Buffer> {
  return xlsxFromPlan(planWorkbook(model, generation));
}
