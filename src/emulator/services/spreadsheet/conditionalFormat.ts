// ConditionalFormatRuleBuilder, ConditionalFormatRule and BooleanCondition (recorded, not rendered).
// Source: https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import { RangeObject } from './range';
import type { ConditionalRuleModel } from './sheetModel';

function cloneRule(r: ConditionalRuleModel): ConditionalRuleModel {
  return {
    ranges: r.ranges.map((x) => ({ sheet: x.sheet, rect: { ...x.rect } })),
    condition: { type: r.condition.type, values: [...r.condition.values] },
    format: { ...r.format },
  };
}

export class ConditionalFormatRuleBuilderObject extends ServiceObject {
  readonly _type = 'ConditionalFormatRuleBuilder';
  readonly _service = 'SpreadsheetApp';
  readonly _rule: ConditionalRuleModel;

  constructor(g: GoogleBackend, rule?: ConditionalRuleModel) {
    super(g);
    this._rule = rule ? cloneRule(rule) : { ranges: [], condition: { type: '', values: [] }, format: {} };
  }

  private _when(type: string, values: unknown[]): this {
    this._rule.condition = { type, values };
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this._when('CUSTOM_FORMULA', [formula]);
  }
  whenTextEqualTo(text: string): this {
    return this._when('TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string): this {
    return this._when('TEXT_CONTAINS', [text]);
  }
  whenCellEmpty(): this {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenNumberGreaterThan(number: number): this {
    return this._when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberLessThan(number: number): this {
    return this._when('NUMBER_LESS_THAN', [number]);
  }
  whenDateBefore(date: unknown): this {
    return this._when('DATE_BEFORE', [date]);
  }
  setBackground(color: string | null): this {
    this._rule.format.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null): this {
    this._rule.format.fontColor = color ?? undefined;
    return this;
  }
  setBold(bold: boolean | null): this {
    this._rule.format.bold = bold ?? undefined;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this._rule.format.italic = italic ?? undefined;
    return this;
  }
  setRanges(ranges: RangeObject[]): this {
    this._rule.ranges = ranges.map((r) => ({ sheet: r._sheet, rect: { ...r._rect } }));
    return this;
  }
  getRanges(): RangeObject[] {
    return rangesOf(this._g, this._rule);
  }
  build(): ConditionalFormatRuleObject {
    return new ConditionalFormatRuleObject(this._g, cloneRule(this._rule));
  }
}

export class ConditionalFormatRuleObject extends ServiceObject {
  readonly _type = 'ConditionalFormatRule';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _rule: ConditionalRuleModel,
  ) {
    super(g);
  }

  getRanges(): RangeObject[] {
    return rangesOf(this._g, this._rule);
  }
  getBooleanCondition(): BooleanConditionObject | null {
    return this._rule.condition.type ? new BooleanConditionObject(this._g, this._rule) : null;
  }
  copy(): ConditionalFormatRuleBuilderObject {
    return new ConditionalFormatRuleBuilderObject(this._g, this._rule);
  }
}

export class BooleanConditionObject extends ServiceObject {
  readonly _type = 'BooleanCondition';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _rule: ConditionalRuleModel,
  ) {
    super(g);
  }

  getCriteriaType(): string {
    return this._rule.condition.type;
  }
  getCriteriaValues(): unknown[] {
    return [...this._rule.condition.values];
  }
  getBackground(): string | null {
    return this._rule.format.background ?? null;
  }
  getFontColor(): string | null {
    return this._rule.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this._rule.format.bold ?? null;
  }
}

function rangesOf(g: GoogleBackend, rule: ConditionalRuleModel): RangeObject[] {
  return rule.ranges.map((r) => new RangeObject(g, r.sheet, { ...r.rect }));
}
