// The emulated Google Forms: forms, their items and responses, ids and URLs, shared by all executions.
import type { SubmittedResponse } from './responseLanding';

/** FormApp.ItemType (https://developers.google.com/apps-script/reference/forms/item-type). */
export const ITEM_TYPE = {
  CHECKBOX: 'CHECKBOX',
  CHECKBOX_GRID: 'CHECKBOX_GRID',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  DURATION: 'DURATION',
  GRID: 'GRID',
  IMAGE: 'IMAGE',
  LIST: 'LIST',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  PAGE_BREAK: 'PAGE_BREAK',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  RATING: 'RATING',
  SCALE: 'SCALE',
  SECTION_HEADER: 'SECTION_HEADER',
  TEXT: 'TEXT',
  TIME: 'TIME',
  VIDEO: 'VIDEO',
  FILE_UPLOAD: 'FILE_UPLOAD',
} as const;
export type ItemTypeName = keyof typeof ITEM_TYPE;

/** FormApp.DestinationType (https://developers.google.com/apps-script/reference/forms/destination-type). */
export const DESTINATION_TYPE = { SPREADSHEET: 'SPREADSHEET' } as const;

/** Items that are layout, not questions: they get no answer and no response-sheet column. */
export const NON_QUESTION_TYPES: ReadonlySet<string> = new Set([
  'SECTION_HEADER',
  'PAGE_BREAK',
  'IMAGE',
  'VIDEO',
]);

/** One rule of a TextValidation / ParagraphTextValidation. */
export type TextRule =
  | { kind: 'email' }
  | { kind: 'url' }
  | { kind: 'number' }
  | { kind: 'wholeNumber' }
  | { kind: 'maxLength'; n: number }
  | { kind: 'minLength'; n: number }
  | { kind: 'contains'; pattern: string; negate: boolean }
  | { kind: 'matches'; pattern: string; negate: boolean };

export interface TextValidationModel {
  paragraph: boolean;
  rule: TextRule | null;
  helpText: string;
}

export interface ItemModel {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  showOther: boolean;
  validation: TextValidationModel | null;
  scale: { lower: number; upper: number; leftLabel: string; rightLabel: string };
  includesYear: boolean;
}

/** An answer as stored: text, the chosen values of a checkbox item, or a number for a scale. */
export type AnswerValue = string | string[];

export interface ResponseModel {
  id: string;
  timestamp: Date;
  respondentEmail: string;
  answers: { itemId: number; value: AnswerValue }[];
}

/** A column of the response sheet: the timestamp, the respondent's email, or a question (by item id). */
export type ResponseColumn = { kind: 'timestamp' } | { kind: 'email' } | { kind: 'item'; itemId: number };

export interface FormModel {
  id: string;
  /** The id in the public URL (`/forms/d/e/<publishedId>/viewform`), distinct from the edit id as in Google Forms. */
  publishedId: string;
  title: string;
  description: string;
  collectEmail: boolean;
  acceptingResponses: boolean;
  confirmationMessage: string;
  destination: { type: 'SPREADSHEET'; id: string; sheetName: string; columns: ResponseColumn[] } | null;
  items: ItemModel[];
  responses: ResponseModel[];
  owner: string;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A deterministic id of Google's shape (44 characters for files, 56 for published forms). */
function fakeId(seed: number, length: number, prefix: string): string {
  // 32-bit integer arithmetic: plain doubles lose the low bits past 2^53, which made distinct seeds collide.
  let x = (Math.imul(seed, 2654435761 | 0) + 97) >>> 0;
  let out = prefix;
  while (out.length < length) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += ID_ALPHABET[(x >>> 16) % ID_ALPHABET.length];
  }
  return out;
}

export class FormStore {
  readonly forms = new Map<string, FormModel>();
  /** The form a script is bound to, if any (FormApp.getActiveForm); null for a sheet-bound script. */
  activeFormId: string | null = null;
  /**
   * Called after every stored submission (host submitFormResponse or a script's FormResponse.submit()).
   * The trigger side can set it to fire installable onFormSubmit triggers for script-made submissions.
   */
  onSubmitted: ((submitted: SubmittedResponse) => void) | undefined;
  private seq = 1;
  private itemSeq = 1;
  private responseSeq = 1;

  create(title: string, owner: string): FormModel {
    const n = this.seq++;
    const form: FormModel = {
      id: fakeId(n, 44, '1F'),
      publishedId: fakeId(n + 7919, 56, '1FAIpQLS'),
      title,
      description: '',
      collectEmail: false,
      acceptingResponses: true,
      confirmationMessage: '',
      destination: null,
      items: [],
      responses: [],
      owner,
    };
    this.forms.set(form.id, form);
    return form;
  }

  get(id: string): FormModel | undefined {
    return this.forms.get(id);
  }

  /** Finds a form by its edit URL or its published (viewform) URL. */
  byUrl(url: string): FormModel | undefined {
    const edit = /\/forms\/d\/([A-Za-z0-9_-]{20,})/.exec(url);
    const pub = /\/forms\/d\/e\/([A-Za-z0-9_-]{20,})/.exec(url);
    for (const f of this.forms.values()) {
      if (pub && f.publishedId === pub[1]) return f;
      if (edit && f.id === edit[1]) return f;
    }
    return undefined;
  }

  newItem(type: ItemTypeName, title = ''): ItemModel {
    // Item ids are positive integers in Apps Script (Item.getId() returns Integer).
    return {
      id: 1_000_000_000 + ((this.itemSeq++ * 7_654_321) % 999_999_999),
      type,
      title,
      helpText: '',
      required: false,
      choices: [],
      showOther: false,
      validation: null,
      scale: { lower: 1, upper: 5, leftLabel: '', rightLabel: '' },
      includesYear: true,
    };
  }

  newResponseId(): string {
    return fakeId(this.responseSeq++ + 104729, 40, '2_ABaOnu');
  }
}

export function editUrl(form: FormModel): string {
  return `https://docs.google.com/forms/d/${form.id}/edit`;
}

export function publishedUrl(form: FormModel): string {
  return `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
}

/** A pre-filled link: `viewform?usp=pp_url&entry.<itemId>=<answer>`, one `entry.` pair per checkbox value. */
export function prefilledUrl(form: FormModel, answers: { itemId: number; value: AnswerValue }[]): string {
  const params = ['usp=pp_url'];
  for (const a of answers) {
    const values = Array.isArray(a.value) ? a.value : [a.value];
    for (const v of values) params.push(`entry.${a.itemId}=${encodeURIComponent(v).replace(/%20/g, '+')}`);
  }
  return `${publishedUrl(form)}?${params.join('&')}`;
}

/** The questions (items that take an answer) of a form, in form order. */
export function questionsOf(form: FormModel): ItemModel[] {
  return form.items.filter((i) => !NON_QUESTION_TYPES.has(i.type));
}
