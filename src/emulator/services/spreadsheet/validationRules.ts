// Data validation rules as stored on cells, and whether a value satisfies one (host side, no script objects).
// Source: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria
import type { Rect } from './a1';
import type { CellValue } from './valueConversion';

export interface ValidationRule {
  /** A DataValidationCriteria name, e.g. VALUE_IN_LIST. */
  criteria: string;
  /** Criteria values; VALUE_IN_RANGE holds `{ sheetId, rect }` first. */
  values: unknown[];
  /** Apps Script's default for a new rule is true (show a warning, keep the value).
   *  Source: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata */
  allowInvalid: boolean;
  helpText: string;
}

export interface RangeRef {
  sheetId: number;
  rect: Rect;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = /^(https?:\/\/)?[^\s.]+\.[^\s]+$/i;

/** Reads the values a VALUE_IN_RANGE rule points at. */
export type RangeReader = (ref: RangeRef) => CellValue[][];

/** True when `value` satisfies the rule. Blank cells always pass (Sheets validates entries, not blanks). */
export function satisfies(rule: ValidationRule, value: CellValue, readRange: RangeReader): boolean {
  if (value === '') return true;
  const v = rule.values;
  const n = typeof value === 'number' ? value : undefined;
  const time = value instanceof Date ? value.getTime() : undefined;
  const dateArg = (x: unknown) => (x instanceof Date ? x.getTime() : Number.NaN);
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return (v[0] as unknown[]).some((x) => String(x) === displayKey(value));
    case 'VALUE_IN_RANGE': {
      const cells = readRange(v[0] as RangeRef).flat();
      return cells.some((x) => x !== '' && displayKey(x) === displayKey(value));
    }
    case 'CHECKBOX':
      if (v.length >= 1) return value === v[0] || value === v[1] || displayKey(value) === String(v[0]);
      return typeof value === 'boolean';
    case 'DATE_IS_VALID_DATE':
      return time !== undefined;
    case 'DATE_BEFORE':
      return time !== undefined && time < dateArg(v[0]);
    case 'DATE_AFTER':
      return time !== undefined && time > dateArg(v[0]);
    case 'DATE_ON_OR_AFTER':
      return time !== undefined && time >= dateArg(v[0]);
    case 'DATE_ON_OR_BEFORE':
      return time !== undefined && time <= dateArg(v[0]);
    case 'DATE_BETWEEN':
      return time !== undefined && time >= dateArg(v[0]) && time <= dateArg(v[1]);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && EMAIL.test(value);
    case 'TEXT_IS_VALID_URL':
      return typeof value === 'string' && URL_LIKE.test(value);
    case 'TEXT_CONTAINS':
      return String(value).includes(String(v[0]));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !String(value).includes(String(v[0]));
    case 'TEXT_EQUAL_TO':
      return String(value) === String(v[0]);
    case 'NUMBER_BETWEEN':
      return n !== undefined && n >= Number(v[0]) && n <= Number(v[1]);
    case 'NUMBER_NOT_BETWEEN':
      return n !== undefined && (n < Number(v[0]) || n > Number(v[1]));
    case 'NUMBER_EQUAL_TO':
      return n !== undefined && n === Number(v[0]);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== undefined && n !== Number(v[0]);
    case 'NUMBER_GREATER_THAN':
      return n !== undefined && n > Number(v[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== undefined && n >= Number(v[0]);
    case 'NUMBER_LESS_THAN':
      return n !== undefined && n < Number(v[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== undefined && n <= Number(v[0]);
    default:
      // CUSTOM_FORMULA and others are not evaluated by the emulator: they accept everything.
      return true;
  }
}

function displayKey(x: CellValue): string {
  if (typeof x === 'boolean') return x ? 'TRUE' : 'FALSE';
  if (x instanceof Date) return String(x.getTime());
  return String(x);
}
