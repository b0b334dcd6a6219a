// The data validation of the .xlsx: each Sheets rule written as a rule Excel and LibreOffice both read.
//
// - A list of at most 255 characters with no comma or quote is written inline ("a,b,c"); any other list (the Topic
//   lists of Needs and Matches run past 255) goes to a column of one hidden sheet the rule refers to, because Excel
//   refuses longer inline lists (ECMA-376 §18.3.1.32, formula1 of a list: a string of at most 255 characters).
// - A range rule refers to its range; a date rule becomes a date rule (any date from 1900-01-01); a checkbox becomes
//   a TRUE/FALSE list (or its own checked/unchecked values), which Excel and LibreOffice show as a dropdown.
// - A rule that only warns in Sheets (allowInvalid) gets Excel's "warning" error style; the others stop the entry.
import type ExcelJS from 'exceljs';
import { a1Of, columnLetters, type Rect } from '../../emulator/services/spreadsheet/a1';
import type { SheetModel, SpreadsheetModel } from '../../emulator/services/spreadsheet/install';
import type { ValidationRule } from '../../emulator/services/spreadsheet/validationRules';
import { layerEntries } from './sheetMetadata';

/** Excel refuses an inline list longer than 255 characters. */
const EXCEL_LIST_LIMIT = 255;
/** Excel's largest sheet: 1,048,576 rows. */
const EXCEL_MAX_ROWS = 1_048_576;
/** The hidden sheet holding the lists too long to write inline; the workbench skips it when it reads the file. */
export const LIST_SHEET = 'SCN dropdown lists';
/** The earliest date Excel's date rules accept: any real date passes "on or after 1900-01-01". */
const FIRST_DATE = new Date(Date.UTC(1900, 0, 1));

export interface PlannedValidation {
  address: string;
  validation: ExcelJS.DataValidation;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const absolute = (r: Rect) =>
  `$${columnLetters(r.col)}$${r.row}:$${columnLetters(r.col + r.numCols - 1)}$${r.row + r.numRows - 1}`;

/** The lists written to the hidden sheet, one column each (the same list twice shares its column). */
export class ListColumns {
  readonly columns: string[][] = [];
  private readonly byText = new Map<string, number>();

  /** The absolute reference to a column holding `values`, added if new. */
  refer(values: readonly string[]): string {
    const key = JSON.stringify(values);
    let index = this.byText.get(key);
    if (index === undefined) {
      index = this.columns.length;
      this.columns.push([...values]);
      this.byText.set(key, index);
    }
    const rect = { row: 1, col: index + 1, numRows: Math.max(values.length, 1), numCols: 1 };
    return `${quoteSheet(LIST_SHEET)}!${absolute(rect)}`;
  }
}

/** The part of a rule's or note's range inside the sheet and Excel's grid. */
export function clampRect(rect: Rect, sheet: SheetModel): Rect | undefined {
  const lastRow = Math.min(rect.row + rect.numRows - 1, sheet.maxRows, EXCEL_MAX_ROWS);
  const lastCol = Math.min(rect.col + rect.numCols - 1, sheet.maxColumns, 16_384);
  if (lastRow < rect.row || lastCol < rect.col) return undefined;
  return { row: rect.row, col: rect.col, numRows: lastRow - rect.row + 1, numCols: lastCol - rect.col + 1 };
}

/** A list rule: inline when Excel accepts it inline, else a reference to its column on the hidden sheet. */
function listRule(
  values: readonly string[],
  lists: ListColumns,
): Pick<ExcelJS.DataValidation, 'type' | 'formulae'> {
  const inline = values.join(',');
  const fits = values.every((x) => !x.includes(',') && !x.includes('"')) && inline.length <= EXCEL_LIST_LIMIT;
  return { type: 'list', formulae: [fits ? `"${inline}"` : lists.refer(values)] };
}

function criteriaRule(
  rule: ValidationRule,
  model: SpreadsheetModel,
  lists: ListColumns,
): Pick<ExcelJS.DataValidation, 'type' | 'formulae' | 'operator'> | undefined {
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return listRule((rule.values[0] as unknown[]).map(String), lists);
    case 'VALUE_IN_RANGE': {
      const ref = rule.values[0] as { sheetId: number; rect: Rect };
      const source = model.sheetById(ref.sheetId);
      return source
        ? { type: 'list', formulae: [`${quoteSheet(source.name)}!${absolute(ref.rect)}`] }
        : undefined;
    }
    case 'CHECKBOX': {
      const own = rule.values.length >= 2 ? rule.values.slice(0, 2).map(String) : ['TRUE', 'FALSE'];
      return listRule(own, lists);
    }
    case 'DATE_IS_VALID_DATE':
      return { type: 'date', operator: 'greaterThanOrEqual', formulae: [FIRST_DATE] };
    case 'NUMBER_BETWEEN':
      return { type: 'decimal', operator: 'between', formulae: rule.values.map(Number) };
    default:
      return undefined;
  }
}

/** Every rule of a sheet the xlsx format can express, lists too long to inline added to `lists`. */
export function planValidations(
  sheet: SheetModel,
  model: SpreadsheetModel,
  lists: ListColumns,
): PlannedValidation[] {
  const out: PlannedValidation[] = [];
  for (const e of layerEntries(sheet, 'validation')) {
    const rule = e.value as ValidationRule | undefined;
    const rect = rule && clampRect(e.rect, sheet);
    if (!rule || !rect) continue;
    const criteria = criteriaRule(rule, model, lists);
    if (!criteria) continue;
    out.push({
      address: a1Of(rect),
      validation: {
        ...criteria,
        allowBlank: true,
        // Sheets' "show a warning" (allowInvalid) is Excel's warning style: the person is told and may keep it.
        showErrorMessage: true,
        ...(rule.allowInvalid ? { errorStyle: 'warning' } : {}),
        ...(rule.helpText ? { error: rule.helpText, prompt: rule.helpText, showInputMessage: true } : {}),
      } as ExcelJS.DataValidation,
    });
  }
  return out;
}
