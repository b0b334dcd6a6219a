// The vocabulary of form definitions: question types, validations, choice sources and repeated groups, as plain data.

/** Google Forms item kinds this project uses (FormApp: TextItem, ParagraphTextItem, ListItem, …). */
export type QuestionType = 'text' | 'paragraph' | 'list' | 'multipleChoice' | 'checkbox' | 'date' | 'scale';

/**
 * Answer checks. Setup maps them to FormApp's own validation where it exists (text is email, text
 * length, number ≥, text matches pattern); intake checks them again because a response row can be
 * typed or pasted by a person.
 */
export type Validation =
  | { readonly kind: 'email' }
  | { readonly kind: 'maxLength'; readonly max: number }
  | { readonly kind: 'number'; readonly integer: boolean; readonly min?: number; readonly max?: number }
  | { readonly kind: 'pattern'; readonly pattern: string; readonly message: string };

/** A choice as shown on the form (label) and as stored by the CRM (value). */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** Where a question's choices come from. Settings lists are read at setup time. */
export type ChoicesSource =
  | { readonly kind: 'inline'; readonly choices: readonly Choice[] }
  | { readonly kind: 'countries' }
  | { readonly kind: 'setting'; readonly setting: 'topics' | 'languages' };

export interface QuestionDef {
  /** Stable key used in code; never shown. */
  readonly key: string;
  /** The question as shown; also the response-sheet header, hence unique within a form. */
  readonly title: string;
  readonly helpText: string;
  readonly type: QuestionType;
  readonly required: boolean;
  readonly validations: readonly Validation[];
  readonly choices?: ChoicesSource;
  /** For 'scale' questions. */
  readonly scale?: { readonly low: number; readonly high: number };
  /** Set on questions that belong to a repeated group (a point of contact): the group, its 1-based index, the field. */
  readonly group?: { readonly key: string; readonly index: number; readonly field: string };
  /** For a pre-filled question (the application id): the URL parameter it is filled from. */
  readonly prefilled?: boolean;
}

/** A page of a form: a section header shown above its questions. */
export interface FormSection {
  readonly title: string;
  readonly description: string;
  readonly questions: readonly QuestionDef[];
}

export interface FormDef {
  readonly key: 'enquiry' | 'application' | 'needsSurvey' | 'eventRegistration';
  readonly title: string;
  readonly description: string;
  readonly confirmationMessage: string;
  readonly sections: readonly FormSection[];
}

export interface QuestionOptions {
  readonly helpText?: string;
  readonly required?: boolean;
  readonly validations?: readonly Validation[];
  readonly choices?: ChoicesSource;
  readonly scale?: { readonly low: number; readonly high: number };
  readonly prefilled?: boolean;
}

/** Builds a question with defaults (optional, no help text, no validation). */
export function question(
  key: string,
  title: string,
  type: QuestionType,
  options: QuestionOptions = {},
): QuestionDef {
  return {
    key,
    title,
    helpText: options.helpText ?? '',
    type,
    required: options.required === true,
    validations: options.validations ?? [],
    choices: options.choices,
    scale: options.scale,
    prefilled: options.prefilled,
  };
}

export interface GroupField {
  readonly field: string;
  readonly label: string;
  readonly type: QuestionType;
  readonly helpText?: string;
  /** Required within a required copy of the group (the first `requiredCopies`). */
  readonly required: boolean;
  readonly validations?: readonly Validation[];
  readonly choices?: ChoicesSource;
}

/**
 * A repeated group of questions expanded into numbered copies (Google Forms has no repeating sections):
 * copy i's questions have keys `${key}${i}${Field}` and titles `${title} ${i}: ${label}`, which keeps titles
 * unique. Copies after `requiredCopies` are optional throughout.
 */
export function repeatedGroup(def: {
  readonly key: string;
  readonly title: string;
  readonly copies: number;
  readonly requiredCopies: number;
  readonly fields: readonly GroupField[];
}): QuestionDef[] {
  const questions: QuestionDef[] = [];
  for (let i = 1; i <= def.copies; i++) {
    for (const f of def.fields) {
      questions.push({
        ...question(
          `${def.key}${i}${f.field.charAt(0).toUpperCase()}${f.field.slice(1)}`,
          `${def.title} ${i}: ${f.label}`,
          f.type,
          {
            helpText: f.helpText,
            required: f.required && i <= def.requiredCopies,
            validations: f.validations,
            choices: f.choices,
          },
        ),
        group: { key: def.key, index: i, field: f.field },
      });
    }
  }
  return questions;
}

/** Every question of a form in order. */
export function questionsOf(form: FormDef): QuestionDef[] {
  const all: QuestionDef[] = [];
  for (const s of form.sections) all.push(...s.questions);
  return all;
}

export function inlineChoices(values: readonly string[]): ChoicesSource {
  return { kind: 'inline', choices: values.map((v) => ({ value: v, label: v })) };
}
