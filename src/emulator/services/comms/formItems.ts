// Forms items (Item and its typed views TextItem, CheckboxItem…), choices and item responses.
// https://developers.google.com/apps-script/reference/forms/item and the pages of each item type.
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import type { AnswerValue, FormModel, ItemModel, ItemTypeName } from './formStore';
import { answerProblem, ParagraphTextValidation, TextValidation } from './formValidation';

/** What every item answers: id, index, type, title, help text. */
abstract class ItemView extends ServiceObject {
  readonly _service = 'FormApp';

  constructor(
    g: GoogleBackend,
    readonly _form: FormModel,
    readonly _item: ItemModel,
  ) {
    super(g);
  }

  getId(): number {
    return this._item.id;
  }
  getIndex(): number {
    return this._form.items.indexOf(this._item);
  }
  getType(): string {
    return this._item.type;
  }
  getTitle(): string {
    return this._item.title;
  }
  setTitle(title: unknown): this {
    this._item.title = String(title ?? '');
    return this;
  }
  getHelpText(): string {
    return this._item.helpText;
  }
  setHelpText(text: unknown): this {
    this._item.helpText = String(text ?? '');
    return this;
  }
}

/** Items that are questions: required flag and responses. */
abstract class QuestionView extends ItemView {
  isRequired(): boolean {
    return this._item.required;
  }
  setRequired(enabled: unknown): this {
    this._item.required = enabled === true;
    return this;
  }
  protected _response(value: AnswerValue): ItemResponse {
    // Choice items: "Throws … if the value is not a valid choice" unless the item shows an "Other" option
    // (MultipleChoiceItem.createResponse reference). Validation rules are checked on submission, not here.
    if (['MULTIPLE_CHOICE', 'LIST', 'CHECKBOX'].includes(this._item.type) && !this._item.showOther) {
      const bad = (Array.isArray(value) ? value : [value]).find((v) => !this._item.choices.includes(v));
      if (bad !== undefined)
        throw new GoogleError(`Invalid response submitted to item "${this._item.title}": ${bad}`);
    }
    return new ItemResponse(this._g, this._form, this._item, value);
  }
}

abstract class TextQuestionView extends QuestionView {
  createResponse(response: unknown): ItemResponse {
    return this._response(String(response ?? ''));
  }
  clearValidation(): this {
    this._item.validation = null;
    return this;
  }
}

export class TextItem extends TextQuestionView {
  readonly _type = 'TextItem';
  setValidation(validation: unknown): TextItem {
    if (!(validation instanceof TextValidation)) throw new GoogleError('Invalid argument: validation');
    this._item.validation = validation._model;
    return this;
  }
}

export class ParagraphTextItem extends TextQuestionView {
  readonly _type = 'ParagraphTextItem';
  setValidation(validation: unknown): ParagraphTextItem {
    if (!(validation instanceof ParagraphTextValidation))
      throw new GoogleError('Invalid argument: validation');
    this._item.validation = validation._model;
    return this;
  }
}

/** A choice of a multiple-choice, checkbox or list item. */
export class Choice extends ServiceObject {
  readonly _type = 'Choice';
  readonly _service = 'FormApp';
  constructor(
    g: GoogleBackend,
    readonly _value: string,
  ) {
    super(g);
  }
  getValue(): string {
    return this._value;
  }
}

abstract class ChoiceQuestionView extends QuestionView {
  createChoice(value: unknown): Choice {
    return new Choice(this._g, String(value));
  }
  getChoices(): Choice[] {
    return this._item.choices.map((c) => new Choice(this._g, c));
  }
  setChoiceValues(values: unknown): this {
    if (!Array.isArray(values)) throw new GoogleError('Invalid argument: values');
    this._item.choices = values.map((v) => String(v));
    return this;
  }
  setChoices(choices: unknown): this {
    if (!Array.isArray(choices) || choices.some((c) => !(c instanceof Choice)))
      throw new GoogleError('Invalid argument: choices');
    this._item.choices = (choices as Choice[]).map((c) => c._value);
    return this;
  }
  hasOtherOption(): boolean {
    return this._item.showOther;
  }
}

export class MultipleChoiceItem extends ChoiceQuestionView {
  readonly _type = 'MultipleChoiceItem';
  showOtherOption(enabled: unknown): MultipleChoiceItem {
    this._item.showOther = enabled === true;
    return this;
  }
  createResponse(response: unknown): ItemResponse {
    return this._response(String(response));
  }
}

export class CheckboxItem extends ChoiceQuestionView {
  readonly _type = 'CheckboxItem';
  showOtherOption(enabled: unknown): CheckboxItem {
    this._item.showOther = enabled === true;
    return this;
  }
  /** createResponse(responses: String[]). */
  createResponse(responses: unknown): ItemResponse {
    if (!Array.isArray(responses)) throw new GoogleError('Invalid argument: responses');
    return this._response(responses.map((r) => String(r)));
  }
}

export class ListItem extends ChoiceQuestionView {
  readonly _type = 'ListItem';
  createResponse(response: unknown): ItemResponse {
    return this._response(String(response));
  }
}

export class ScaleItem extends QuestionView {
  readonly _type = 'ScaleItem';
  /** "Sets the scale's lower and upper bounds": lower 0 or 1, upper 3 to 10 (ScaleItem.setBounds reference). */
  setBounds(lower: unknown, upper: unknown): ScaleItem {
    const lo = Number(lower);
    const hi = Number(upper);
    if (!(lo === 0 || lo === 1) || !(hi >= 3 && hi <= 10)) throw new GoogleError('Invalid argument: bounds');
    this._item.scale.lower = lo;
    this._item.scale.upper = hi;
    return this;
  }
  getLowerBound(): number {
    return this._item.scale.lower;
  }
  getUpperBound(): number {
    return this._item.scale.upper;
  }
  setLabels(lower: unknown, upper: unknown): ScaleItem {
    this._item.scale.leftLabel = String(lower ?? '');
    this._item.scale.rightLabel = String(upper ?? '');
    return this;
  }
  getLeftLabel(): string {
    return this._item.scale.leftLabel;
  }
  getRightLabel(): string {
    return this._item.scale.rightLabel;
  }
  createResponse(response: unknown): ItemResponse {
    const problem = answerProblem(this._item, String(response));
    if (problem)
      throw new GoogleError(`Invalid response submitted to item "${this._item.title}": ${problem}`);
    return this._response(String(response));
  }
}

export class DateItem extends QuestionView {
  readonly _type = 'DateItem';
  includesYear(): boolean {
    return this._item.includesYear;
  }
  setIncludesYear(enableYear: unknown): DateItem {
    this._item.includesYear = enableYear === true;
    return this;
  }
  /** createResponse(response: Date); ItemResponse.getResponse() then reads "YYYY-MM-DD" (DateItem reference). */
  createResponse(response: unknown): ItemResponse {
    if (!(response instanceof Date)) throw new GoogleError('Invalid argument: response');
    return this._response(isoDateIn(response, this._g.timeZone));
  }
}

export class SectionHeaderItem extends ItemView {
  readonly _type = 'SectionHeaderItem';
}

export class PageBreakItem extends ItemView {
  readonly _type = 'PageBreakItem';
}

const VIEWS: Record<string, new (g: GoogleBackend, f: FormModel, i: ItemModel) => ItemView> = {
  TEXT: TextItem,
  PARAGRAPH_TEXT: ParagraphTextItem,
  MULTIPLE_CHOICE: MultipleChoiceItem,
  CHECKBOX: CheckboxItem,
  LIST: ListItem,
  SCALE: ScaleItem,
  DATE: DateItem,
  SECTION_HEADER: SectionHeaderItem,
  PAGE_BREAK: PageBreakItem,
};

/** The typed view of an item (what addTextItem() etc. return). */
export function typedView(g: GoogleBackend, form: FormModel, item: ItemModel): ItemView {
  const View = VIEWS[item.type];
  if (!View) throw new GoogleError(`Item type ${item.type} is not emulated.`);
  return new View(g, form, item);
}

/** The generic Item (getItems, getItemById) with its as…Item() casts. */
export class Item extends ItemView {
  readonly _type = 'Item';

  private _as(type: ItemTypeName, name: string): ItemView {
    // "Throws: … if the item is not of type …" (Item.asTextItem reference and its siblings).
    if (this._item.type !== type) throw new GoogleError(`Item ${this._item.id} is not a ${name}.`);
    return typedView(this._g, this._form, this._item);
  }
  asTextItem() {
    return this._as('TEXT', 'TextItem');
  }
  asParagraphTextItem() {
    return this._as('PARAGRAPH_TEXT', 'ParagraphTextItem');
  }
  asMultipleChoiceItem() {
    return this._as('MULTIPLE_CHOICE', 'MultipleChoiceItem');
  }
  asCheckboxItem() {
    return this._as('CHECKBOX', 'CheckboxItem');
  }
  asListItem() {
    return this._as('LIST', 'ListItem');
  }
  asScaleItem() {
    return this._as('SCALE', 'ScaleItem');
  }
  asDateItem() {
    return this._as('DATE', 'DateItem');
  }
  asSectionHeaderItem() {
    return this._as('SECTION_HEADER', 'SectionHeaderItem');
  }
  asPageBreakItem() {
    return this._as('PAGE_BREAK', 'PageBreakItem');
  }
}

/** https://developers.google.com/apps-script/reference/forms/item-response */
export class ItemResponse extends ServiceObject {
  readonly _type = 'ItemResponse';
  readonly _service = 'FormApp';
  constructor(
    g: GoogleBackend,
    readonly _form: FormModel,
    readonly _item: ItemModel,
    readonly _value: AnswerValue,
  ) {
    super(g);
  }
  getItem(): Item {
    return new Item(this._g, this._form, this._item);
  }
  /** A String, or a String[] for a checkbox item (ItemResponse.getResponse reference). */
  getResponse(): AnswerValue {
    return Array.isArray(this._value) ? [...this._value] : this._value;
  }
}

/** `date` as YYYY-MM-DD in `timeZone`. */
export function isoDateIn(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
  return parts;
}
