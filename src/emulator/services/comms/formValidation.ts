// Text and paragraph validations of Forms items: their builders and the check a respondent's answer must pass.
// https://developers.google.com/apps-script/reference/forms/text-validation-builder
// https://developers.google.com/apps-script/reference/forms/paragraph-text-validation-builder
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import type { AnswerValue, ItemModel, TextRule, TextValidationModel } from './formStore';

/** Each require… call sets the one rule of the validation (a Forms question has one validation rule). */
abstract class ValidationBuilderBase extends ServiceObject {
  readonly _service = 'FormApp';
  protected _rule: TextRule | null = null;
  protected _helpText = '';
  protected abstract readonly _paragraph: boolean;

  protected _set(rule: TextRule): this {
    this._rule = rule;
    return this;
  }
  setHelpText(text: unknown): this {
    this._helpText = String(text ?? '');
    return this;
  }
  requireTextLengthGreaterThanOrEqualTo(number: unknown): this {
    return this._set({ kind: 'minLength', n: Number(number) });
  }
  requireTextLengthLessThanOrEqualTo(number: unknown): this {
    return this._set({ kind: 'maxLength', n: Number(number) });
  }
  requireTextContainsPattern(pattern: unknown): this {
    return this._set({ kind: 'contains', pattern: String(pattern), negate: false });
  }
  requireTextDoesNotContainPattern(pattern: unknown): this {
    return this._set({ kind: 'contains', pattern: String(pattern), negate: true });
  }
  requireTextMatchesPattern(pattern: unknown): this {
    return this._set({ kind: 'matches', pattern: String(pattern), negate: false });
  }
  requireTextDoesNotMatchPattern(pattern: unknown): this {
    return this._set({ kind: 'matches', pattern: String(pattern), negate: true });
  }
  protected _model(): TextValidationModel {
    return { paragraph: this._paragraph, rule: this._rule, helpText: this._helpText };
  }
}

export class TextValidationBuilder extends ValidationBuilderBase {
  readonly _type = 'TextValidationBuilder';
  protected readonly _paragraph = false;

  requireTextIsEmail(): this {
    return this._set({ kind: 'email' });
  }
  requireTextIsUrl(): this {
    return this._set({ kind: 'url' });
  }
  requireNumber(): this {
    return this._set({ kind: 'number' });
  }
  requireWholeNumber(): this {
    return this._set({ kind: 'wholeNumber' });
  }
  build(): TextValidation {
    return new TextValidation(this._g, this._model());
  }
}

export class ParagraphTextValidationBuilder extends ValidationBuilderBase {
  readonly _type = 'ParagraphTextValidationBuilder';
  protected readonly _paragraph = true;

  build(): ParagraphTextValidation {
    return new ParagraphTextValidation(this._g, this._model());
  }
}

export class TextValidation extends ServiceObject {
  readonly _type = 'TextValidation';
  readonly _service = 'FormApp';
  constructor(
    g: GoogleBackend,
    readonly _model: TextValidationModel,
  ) {
    super(g);
  }
}

export class ParagraphTextValidation extends ServiceObject {
  readonly _type = 'ParagraphTextValidation';
  readonly _service = 'FormApp';
  constructor(
    g: GoogleBackend,
    readonly _model: TextValidationModel,
  ) {
    super(g);
  }
}

// What Google Forms shows under a field that fails its rule when the form sets no custom help text
// (the emulator's wording; the live messages are localized UI text, not API behaviour).
function ruleMessage(rule: TextRule): string {
  switch (rule.kind) {
    case 'email':
      return 'Must be an email';
    case 'url':
      return 'Must be a URL';
    case 'number':
      return 'Must be a number';
    case 'wholeNumber':
      return 'Must be a whole number';
    case 'maxLength':
      return `Must be fewer than ${rule.n + 1} characters`;
    case 'minLength':
      return `Must be at least ${rule.n} characters`;
    case 'contains':
      return rule.negate ? `Must not contain ${rule.pattern}` : `Must contain ${rule.pattern}`;
    case 'matches':
      return rule.negate ? `Must not match ${rule.pattern}` : `Must match ${rule.pattern}`;
  }
}

function passes(rule: TextRule, text: string): boolean {
  switch (rule.kind) {
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'url':
      return /^(https?:\/\/)?[^\s/$.?#]+\.[^\s]+$/i.test(text);
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text));
    case 'wholeNumber':
      return /^-?\d+$/.test(text.trim());
    case 'maxLength':
      return text.length <= rule.n;
    case 'minLength':
      return text.length >= rule.n;
    case 'contains':
      return text.includes(rule.pattern) !== rule.negate;
    case 'matches':
      return new RegExp(`^(?:${rule.pattern})$`).test(text) !== rule.negate;
  }
}

/**
 * Why Google Forms would refuse `value` for `item`, or undefined when it is acceptable: a required
 * question left empty, a choice that is not offered, or a text answer failing its validation.
 */
export function answerProblem(item: ItemModel, value: AnswerValue | undefined): string | undefined {
  const empty = value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
  if (empty) return item.required ? 'This is a required question' : undefined;
  const values = Array.isArray(value) ? value : [value as string];
  if (Array.isArray(value) && item.type !== 'CHECKBOX') return 'Only one answer is allowed';
  if (['MULTIPLE_CHOICE', 'LIST', 'CHECKBOX'].includes(item.type) && !item.showOther) {
    const bad = values.find((v) => !item.choices.includes(v));
    if (bad !== undefined) return `"${bad}" is not one of the choices`;
  }
  if (item.type === 'SCALE') {
    const n = Number(values[0]);
    if (!Number.isInteger(n) || n < item.scale.lower || n > item.scale.upper)
      return `Must be a whole number from ${item.scale.lower} to ${item.scale.upper}`;
  }
  if (item.type === 'DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(values[0])) return 'Must be a date (YYYY-MM-DD)';
  const rule = item.validation?.rule;
  if (rule && !passes(rule, values[0])) return item.validation?.helpText || ruleMessage(rule);
  return undefined;
}
