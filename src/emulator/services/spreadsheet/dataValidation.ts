// DataValidationBuilder and DataValidation objects (rules themselves live host-side in validationRules.ts).
// Source: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import { RangeObject } from './range';
import type { SheetModel } from './sheetModel';
import type { RangeRef, ValidationRule } from './validationRules';

/** SpreadsheetApp.DataValidationCriteria. Source: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria */
export const DATA_VALIDATION_CRITERIA = Object.fromEntries(
  [
    'CHECKBOX',
    'CUSTOM_FORMULA',
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_BETWEEN',
    'DATE_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'DATE_NOT_BETWEEN',
    'DATE_ON_OR_AFTER',
    'DATE_ON_OR_BEFORE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL',
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
  ].map((k) => [k, k]),
);

export class DataValidationBuilderObject extends ServiceObject {
  readonly _type = 'DataValidationBuilder';
  readonly _service = 'SpreadsheetApp';
  _rule: ValidationRule;

  constructor(g: GoogleBackend, rule?: ValidationRule) {
    super(g);
    this._rule = rule
      ? { ...rule, values: [...rule.values] }
      : { criteria: '', values: [], allowInvalid: true, helpText: '' };
  }

  private _set(criteria: string, values: unknown[]): this {
    this._rule.criteria = criteria;
    this._rule.values = values;
    return this;
  }

  requireValueInList(values: unknown[], showDropdown = true): this {
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: RangeObject, showDropdown = true): this {
    const ref: RangeRef = { sheetId: range._sheet.id, rect: { ...range._rect } };
    return this._set('VALUE_IN_RANGE', [ref, showDropdown]);
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    return this._set('CHECKBOX', checkedValue === undefined ? [] : [checkedValue, uncheckedValue]);
  }
  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): this {
    return this._set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): this {
    return this._set('DATE_BEFORE', [date]);
  }
  requireDateOnOrAfter(date: Date): this {
    return this._set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): this {
    return this._set('DATE_ON_OR_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): this {
    return this._set('DATE_BETWEEN', [start, end]);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireTextContains(text: string): this {
    return this._set('TEXT_CONTAINS', [text]);
  }
  requireTextEqualTo(text: string): this {
    return this._set('TEXT_EQUAL_TO', [text]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThan(number: number): this {
    return this._set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): this {
    return this._set('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberEqualTo(number: number): this {
    return this._set('NUMBER_EQUAL_TO', [number]);
  }
  /** Custom formulas are recorded but not evaluated by the emulator (every value passes). */
  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this._rule.allowInvalid = !!allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this._rule.helpText = String(helpText);
    return this;
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this._set(String(criteria), args);
  }
  getCriteriaType(): string {
    return this._rule.criteria;
  }
  getAllowInvalid(): boolean {
    return this._rule.allowInvalid;
  }
  getHelpText(): string {
    return this._rule.helpText;
  }
  build(): DataValidationObject {
    if (!this._rule.criteria) throw new Error('You must specify a criteria type.');
    return new DataValidationObject(this._g, undefined, { ...this._rule, values: [...this._rule.values] });
  }
  copy(): DataValidationBuilderObject {
    return new DataValidationBuilderObject(this._g, this._rule);
  }
}

export class DataValidationObject extends ServiceObject {
  readonly _type = 'DataValidation';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _sheet: SheetModel | undefined,
    readonly _rule: ValidationRule,
  ) {
    super(g);
  }

  getCriteriaType(): string {
    return this._rule.criteria;
  }
  /** VALUE_IN_RANGE gives its Range back as the first value. */
  getCriteriaValues(): unknown[] {
    if (this._rule.criteria === 'VALUE_IN_RANGE') {
      const ref = this._rule.values[0] as RangeRef;
      const sheet = this._sheet?.parent.sheetById(ref.sheetId);
      const range = sheet ? new RangeObject(this._g, sheet, { ...ref.rect }) : null;
      return [range, ...this._rule.values.slice(1)];
    }
    return [...this._rule.values];
  }
  getAllowInvalid(): boolean {
    return this._rule.allowInvalid;
  }
  getHelpText(): string {
    return this._rule.helpText;
  }
  copy(): DataValidationBuilderObject {
    return new DataValidationBuilderObject(this._g, this._rule);
  }
}

export function dataValidationObjectOf(
  g: GoogleBackend,
  sheet: SheetModel,
  rule: ValidationRule,
): DataValidationObject {
  return new DataValidationObject(g, sheet, rule);
}
