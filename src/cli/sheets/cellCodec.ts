// The Sheets API v4 shapes the CLI reads and writes (CellData, DataValidationRule, ProtectedRange) and their
// translation to and from the emulator's sheet model. The CLI uses the model side to build a backup's .xlsx
// (the workbench's writer); the local fake Google server (test/support/googleapis) uses both sides to serve the API.
// Shapes: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData,
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#DataValidationRule,
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange.
import { dateOfSerial, serialOf } from '../../emulator/services/shared/zonedTime';

import {
  a1Of,
  parseA1,
  quoteSheetName,
  type Rect,
  rectOfParsed,
} from '../../emulator/services/spreadsheet/a1';
import type { ProtectionModel, SheetModel } from '../../emulator/services/spreadsheet/sheetModel';
import type { ValidationRule } from '../../emulator/services/spreadsheet/validationRules';
import type { CellContent, CellValue } from '../../emulator/services/spreadsheet/valueConversion';

export interface ExtendedValue {
  numberValue?: number;
  stringValue?: string;
  boolValue?: boolean;
  formulaValue?: string;
}
export interface NumberFormat {
  type?: string;
  pattern?: string;
}
export interface ConditionValue {
  userEnteredValue?: string;
}
export interface DataValidationRule {
  condition: { type: string; values?: ConditionValue[] };
  inputMessage?: string;
  strict?: boolean;
  showCustomUi?: boolean;
}
export interface CellData {
  userEnteredValue?: ExtendedValue;
  effectiveValue?: ExtendedValue;
  note?: string;
  userEnteredFormat?: { numberFormat?: NumberFormat };
  dataValidation?: DataValidationRule;
}
export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}
export interface ProtectedRange {
  protectedRangeId?: number;
  range: GridRange;
  description?: string;
  warningOnly?: boolean;
  editors?: { users?: string[] };
  unprotectedRanges?: GridRange[];
}

const DATE_TOKENS = /[dy]|m{3,}|h+:m|mm:s/i;

/** The NumberFormat type of an emulator pattern ('@' is TEXT; patterns with date parts are DATE or DATE_TIME). */
export function numberFormatOf(pattern: string): NumberFormat {
  if (pattern === '@') return { type: 'TEXT', pattern };
  if (DATE_TOKENS.test(pattern)) return { type: /h/i.test(pattern) ? 'DATE_TIME' : 'DATE', pattern };
  return { type: 'NUMBER', pattern };
}

function isDateType(f: NumberFormat | undefined): boolean {
  return f?.type === 'DATE' || f?.type === 'DATE_TIME' || f?.type === 'TIME';
}

/** A stored value as an ExtendedValue: dates are serial numbers in the workbook's time zone, as Sheets keeps them. */
export function extendedValueOf(v: CellValue, timeZone: string): ExtendedValue | undefined {
  if (v === '') return undefined;
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  return { numberValue: serialOf(v, timeZone) };
}

// Apps Script criteria ↔ Sheets API ConditionType
// (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ConditionType).
const CONDITION_OF: Record<string, string> = {
  VALUE_IN_LIST: 'ONE_OF_LIST',
  VALUE_IN_RANGE: 'ONE_OF_RANGE',
  CHECKBOX: 'BOOLEAN',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_URL',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_NOT_CONTAINS',
  TEXT_EQUAL_TO: 'TEXT_EQ',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQ',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQ',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_EQ',
  NUMBER_LESS_THAN: 'NUMBER_LESS',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_EQ',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
};
const CRITERIA_OF = Object.fromEntries(Object.entries(CONDITION_OF).map(([k, v]) => [v, k]));

/** An emulator rule as the API's DataValidationRule; `sheetName` resolves ONE_OF_RANGE's sheet id. */
export function validationRuleOf(
  rule: ValidationRule,
  sheetName: (id: number) => string,
): DataValidationRule {
  const type = CONDITION_OF[rule.criteria] ?? rule.criteria;
  let values: ConditionValue[] | undefined;
  let showCustomUi: boolean | undefined;
  if (rule.criteria === 'VALUE_IN_LIST') {
    values = (rule.values[0] as string[]).map((x) => ({ userEnteredValue: String(x) }));
    showCustomUi = rule.values[1] !== false;
  } else if (rule.criteria === 'VALUE_IN_RANGE') {
    const ref = rule.values[0] as { sheetId: number; rect: Rect };
    values = [{ userEnteredValue: `=${quoteSheetName(sheetName(ref.sheetId))}!${a1Of(ref.rect)}` }];
    showCustomUi = rule.values[1] !== false;
  } else if (rule.values.length > 0) {
    values = rule.values.map((x) => ({ userEnteredValue: x instanceof Date ? x.toISOString() : String(x) }));
  }
  return {
    condition: values ? { type, values } : { type },
    ...(rule.helpText ? { inputMessage: rule.helpText } : {}),
    ...(rule.allowInvalid ? {} : { strict: true }),
    ...(showCustomUi ? { showCustomUi } : {}),
  };
}

/** The API's rule as an emulator rule; `sheetId` resolves ONE_OF_RANGE's sheet name. */
export function ruleOfValidation(
  dv: DataValidationRule,
  sheetId: (name: string) => number | undefined,
): ValidationRule {
  const criteria = CRITERIA_OF[dv.condition.type] ?? dv.condition.type;
  const raw = (dv.condition.values ?? []).map((v) => v.userEnteredValue ?? '');
  let values: unknown[];
  if (criteria === 'VALUE_IN_LIST') values = [raw, dv.showCustomUi === true];
  else if (criteria === 'VALUE_IN_RANGE') {
    const p = parseA1(raw[0]!.replace(/^=/, ''));
    const id = p?.sheetName === undefined ? undefined : sheetId(p.sheetName);
    const rect = p ? rectOfParsed(p, 1_000_000, 18_278) : undefined;
    if (id === undefined || !rect) throw new Error(`Invalid ONE_OF_RANGE value: ${raw[0]}`);
    values = [{ sheetId: id, rect }, dv.showCustomUi === true];
  } else if (/^DATE_/.test(criteria) && criteria !== 'DATE_IS_VALID_DATE')
    values = raw.map((x) => new Date(x));
  else values = raw;
  return { criteria, values, allowInvalid: dv.strict !== true, helpText: dv.inputMessage ?? '' };
}

/** Rows × columns of CellData for a block of a sheet (1-based row/col), the fields a backup needs. */
export function cellDataGrid(sheet: SheetModel, rect: Rect): CellData[][] {
  const tz = sheet.parent.timeZone;
  const nameOf = (id: number) => sheet.parent.sheetById(id)?.name ?? '';
  const values = sheet.getValues(rect.row, rect.col, rect.numRows, rect.numCols);
  const formulas = sheet.getFormulas(rect.row, rect.col, rect.numRows, rect.numCols);
  const f = sheet.formats;
  const formats = f.numberFormat.touches(rect) ? f.numberFormat.getGrid(rect) : undefined;
  const notes = f.note.touches(rect) ? f.note.getGrid(rect) : undefined;
  const rules = f.validation.touches(rect) ? f.validation.getGrid(rect) : undefined;
  const ruleCache = new Map<ValidationRule, DataValidationRule>();
  const out: CellData[][] = [];
  for (let i = 0; i < rect.numRows; i++) {
    const line: CellData[] = [];
    for (let j = 0; j < rect.numCols; j++) {
      const cell: CellData = {};
      const v = values[i]![j]!;
      const formula = formulas[i]![j];
      if (formula) {
        cell.userEnteredValue = { formulaValue: formula };
        const ev = extendedValueOf(v, tz);
        if (ev) cell.effectiveValue = ev;
      } else {
        const ev = extendedValueOf(v, tz);
        if (ev) cell.userEnteredValue = ev;
      }
      const pattern = formats?.[i]?.[j];
      if (pattern !== undefined) cell.userEnteredFormat = { numberFormat: numberFormatOf(pattern) };
      else if (v instanceof Date) cell.userEnteredFormat = { numberFormat: { type: 'DATE_TIME' } };
      const note = notes?.[i]?.[j];
      if (note) cell.note = note;
      const rule = rules?.[i]?.[j];
      if (rule) {
        let dv = ruleCache.get(rule);
        if (!dv) {
          dv = validationRuleOf(rule, nameOf);
          ruleCache.set(rule, dv);
        }
        cell.dataValidation = dv;
      }
      line.push(cell);
    }
    out.push(line);
  }
  return out;
}

/** Which parts of CellData an update names (UpdateCellsRequest.fields; '*' is every part). */
export interface CellFields {
  value: boolean;
  note: boolean;
  format: boolean;
  validation: boolean;
}

export function cellFieldsOf(mask: string): CellFields {
  const parts = mask.split(',').map((s) => s.trim());
  const has = (p: string) => parts.some((x) => x === '*' || x === p || x.startsWith(`${p}.`));
  return {
    value: has('userEnteredValue'),
    note: has('note'),
    format: has('userEnteredFormat') || parts.includes('userEnteredFormat.numberFormat'),
    validation: has('dataValidation'),
  };
}

/** Writes a block of CellData into the sheet from (row, col), the parts `fields` names (an update's semantics). */
export function writeCellData(
  sheet: SheetModel,
  row: number,
  col: number,
  rows: { values?: CellData[] }[],
  fields: CellFields,
): void {
  const tz = sheet.parent.timeZone;
  const idOf = (name: string) => sheet.parent.sheetByName(name)?.id;
  const width = rows.reduce((w, r) => Math.max(w, r.values?.length ?? 0), 0);
  if (width === 0 || rows.length === 0) return;
  const rect = { row, col, numRows: rows.length, numCols: width };
  const f = sheet.formats;
  const existingFormats = fields.format ? undefined : f.numberFormat.getGrid(rect);
  const contents: CellContent[][] = [];
  const formats: (string | undefined)[][] = [];
  const notes: (string | undefined)[][] = [];
  const rules: (ValidationRule | undefined)[][] = [];
  const ruleCache = new Map<string, ValidationRule>();
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!.values ?? [];
    const cLine: CellContent[] = [];
    const fLine: (string | undefined)[] = [];
    const nLine: (string | undefined)[] = [];
    const rLine: (ValidationRule | undefined)[] = [];
    for (let j = 0; j < width; j++) {
      const cell = cells[j] ?? {};
      const nf = cell.userEnteredFormat?.numberFormat;
      fLine.push(nf?.pattern || undefined);
      const dateTyped = fields.format
        ? isDateType(nf)
        : isDateType(numberFormatOfPattern(existingFormats?.[i]?.[j]));
      cLine.push(contentOf(cell.userEnteredValue, dateTyped, tz));
      nLine.push(cell.note || undefined);
      const dv = cell.dataValidation;
      if (dv) {
        const key = JSON.stringify(dv);
        let rule = ruleCache.get(key);
        if (!rule) {
          rule = ruleOfValidation(dv, idOf);
          ruleCache.set(key, rule);
        }
        rLine.push(rule);
      } else rLine.push(undefined);
    }
    contents.push(cLine);
    formats.push(fLine);
    notes.push(nLine);
    rules.push(rLine);
  }
  if (fields.value) sheet.writeContents(row, col, contents);
  if (fields.format) f.numberFormat.setGrid(row, col, formats);
  if (fields.note) f.note.setGrid(row, col, notes);
  if (fields.validation) f.validation.setGrid(row, col, rules);
}

/**
 * The instant a serial number stands for in the workbook's time zone, to the millisecond. A serial is wall-clock
 * time, so the hour repeated when clocks go back names two instants: the earlier one is taken.
 */
export function instantOfSerial(serial: number, timeZone: string): Date {
  const whole = dateOfSerial(serial, timeZone);
  // dateOfSerial stops at whole seconds; the serial's milliseconds are added back.
  const d = new Date(whole.getTime() + (((Math.round(serial * 86_400_000) % 1000) + 1000) % 1000));
  const earlier = new Date(d.getTime() - 3_600_000);
  return serialOf(earlier, timeZone) === serialOf(d, timeZone) ? earlier : d;
}

function numberFormatOfPattern(p: string | undefined): NumberFormat | undefined {
  return p === undefined ? undefined : numberFormatOf(p);
}

function contentOf(v: ExtendedValue | undefined, dateTyped: boolean, tz: string): CellContent {
  if (!v) return { value: '' };
  if (v.formulaValue !== undefined) return { value: '', formula: v.formulaValue };
  if (v.stringValue !== undefined) return { value: v.stringValue };
  if (v.boolValue !== undefined) return { value: v.boolValue };
  if (v.numberValue !== undefined)
    return { value: dateTyped ? instantOfSerial(v.numberValue, tz) : v.numberValue };
  return { value: '' };
}

/** A GridRange (0-based, end-exclusive) as a 1-based rectangle, open ends filled from the sheet's size. */
export function rectOfGridRange(g: GridRange, sheet: SheetModel): Rect {
  const r0 = g.startRowIndex ?? 0;
  const c0 = g.startColumnIndex ?? 0;
  const r1 = g.endRowIndex ?? sheet.maxRows;
  const c1 = g.endColumnIndex ?? sheet.maxColumns;
  return { row: r0 + 1, col: c0 + 1, numRows: r1 - r0, numCols: c1 - c0 };
}

export function gridRangeOf(sheetId: number, r: Rect): GridRange {
  return {
    sheetId,
    startRowIndex: r.row - 1,
    endRowIndex: r.row - 1 + r.numRows,
    startColumnIndex: r.col - 1,
    endColumnIndex: r.col - 1 + r.numCols,
  };
}

/** An emulator protection as the API's ProtectedRange (a sheet protection's range names only the sheet). */
export function protectedRangeOf(p: ProtectionModel): ProtectedRange {
  return {
    protectedRangeId: p.id,
    range: p.kind === 'SHEET' ? { sheetId: p.sheet.id } : gridRangeOf(p.sheet.id, p.rect),
    ...(p.description ? { description: p.description } : {}),
    ...(p.warningOnly ? { warningOnly: true } : {}),
    editors: { users: [...p.editors] },
    ...(p.unprotected.length > 0
      ? { unprotectedRanges: p.unprotected.map((u) => gridRangeOf(p.sheet.id, u)) }
      : {}),
  };
}

/** True when a GridRange covers a whole sheet (only sheetId set): a sheet protection. */
export function isWholeSheet(g: GridRange): boolean {
  return (
    g.startRowIndex === undefined &&
    g.endRowIndex === undefined &&
    g.startColumnIndex === undefined &&
    g.endColumnIndex === undefined
  );
}
