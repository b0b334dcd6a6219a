// Reads a form response against its form definition: choice labels back to values, then a zod/mini check per question.

import * as z from 'zod/mini';
import { type ChoiceLists, resolveChoices } from '../../../sheets-templates/forms';
import type { Choice, FormDef, QuestionDef, Validation } from '../../../sheets-templates/forms/model';
import { questionsOf } from '../../../sheets-templates/forms/model';
import { isValidEmail } from '../schema/text';
import '../schema/zodLocale';
import { answerFor, type FormResponse } from './formResponse';

/** Text in the coordinator's two working languages (DESIGN §9). */
export interface Bilingual {
  readonly en: string;
  readonly fr: string;
}

export type ProblemCode =
  | 'required'
  | 'tooLong'
  | 'invalidEmail'
  | 'pattern'
  | 'notANumber'
  | 'outOfRange'
  | 'notAChoice';

/** One answer that does not pass its question's checks, named by the question the applicant saw. */
export interface FieldProblem {
  readonly key: string;
  readonly title: string;
  readonly code: ProblemCode;
  readonly message: Bilingual;
}

export type AnswerValue = string | string[];

export interface CheckedAnswers {
  /** Each question's answer by key: choice values (not labels), '' or [] when unanswered. */
  readonly values: Readonly<Record<string, AnswerValue>>;
  readonly problems: readonly FieldProblem[];
}

/** Numbers as people type them: "250000", "250,000", "250 000", "1.5". Null when it is not a number. */
export function parseNumberAnswer(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f,'’_]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(compact)) return null;
  const n = Number(compact);
  return Number.isFinite(n) ? n : null;
}

function findChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const t = text.trim();
  const lower = t.toLowerCase();
  return (
    choices.find((c) => c.label === t) ??
    choices.find((c) => c.label.toLowerCase() === lower || c.value.toLowerCase() === lower)
  );
}

/**
 * Checkbox answers may arrive as one string with the chosen labels joined by ", " (as in namedValues and the
 * response sheet). Labels can themselves contain commas, so known labels are matched first, longest first,
 * and only the remainder is split on commas.
 */
export function splitCheckboxAnswer(
  answer: string | readonly string[],
  choices: readonly Choice[],
): string[] {
  const out: string[] = [];
  const parts = typeof answer === 'string' ? [answer] : answer;
  const labels = choices
    .map((c) => c.label)
    .concat(choices.map((c) => c.value))
    .sort((a, b) => b.length - a.length);
  for (const part of parts) {
    let rest = part.trim();
    while (rest !== '') {
      const lower = rest.toLowerCase();
      const hit = labels.find((l) => {
        if (lower.indexOf(l.toLowerCase()) !== 0) return false;
        const after = rest.slice(l.length);
        return after === '' || /^\s*,/.test(after);
      });
      const piece = hit !== undefined ? rest.slice(0, hit.length) : rest.split(',')[0]!;
      rest = rest.slice(piece.length).replace(/^\s*,\s*/, '');
      const choice = findChoice(piece, choices);
      const value = choice ? choice.value : piece.trim();
      if (value !== '' && out.indexOf(value) < 0) out.push(value);
    }
  }
  return out;
}

function textSchema(q: QuestionDef): z.ZodMiniType<string> {
  let s: z.ZodMiniType<string> = q.required
    ? z.string().check(z.minLength(1, { error: 'required' }))
    : z.string();
  for (const v of q.validations) s = s.check(z.refine((x) => x === '' || passes(v, x), { error: codeOf(v) }));
  return s;
}

function passes(v: Validation, text: string): boolean {
  switch (v.kind) {
    case 'email':
      return isValidEmail(text);
    case 'maxLength':
      return text.length <= v.max;
    case 'pattern':
      return new RegExp(v.pattern).test(text);
    case 'number': {
      const n = parseNumberAnswer(text);
      if (n === null || (v.integer && !Number.isInteger(n))) return false;
      return (v.min === undefined || n >= v.min) && (v.max === undefined || n <= v.max);
    }
  }
}

function codeOf(v: Validation): string {
  switch (v.kind) {
    case 'email':
      return 'invalidEmail';
    case 'maxLength':
      return `tooLong:${v.max}`;
    case 'pattern':
      return `pattern:${v.message}`;
    case 'number':
      return 'notANumber';
  }
}

function questionSchema(q: QuestionDef, choices: readonly Choice[] | null): z.ZodMiniType<AnswerValue> {
  if (q.type === 'checkbox') {
    const values = (choices ?? []).map((c) => c.value);
    const list = z
      .array(z.string())
      .check(z.refine((xs) => xs.every((x) => values.indexOf(x) >= 0), { error: 'notAChoice' }));
    return q.required ? list.check(z.refine((xs) => xs.length > 0, { error: 'required' })) : list;
  }
  if (choices) {
    const values = choices.map((c) => c.value);
    return textSchema(q).check(z.refine((x) => x === '' || values.indexOf(x) >= 0, { error: 'notAChoice' }));
  }
  return textSchema(q);
}

/** Checks every question of `form` in `response`; problems name the question as the applicant saw it. */
export function checkAnswers(form: FormDef, response: FormResponse, lists: ChoiceLists): CheckedAnswers {
  const values: Record<string, AnswerValue> = {};
  const shape: Record<string, z.ZodMiniType<AnswerValue>> = {};
  const byKey: Record<string, QuestionDef> = {};
  for (const q of questionsOf(form)) {
    const choices = q.choices ? resolveChoices(q.choices, lists) : null;
    const raw = answerFor(response, q.title);
    if (q.type === 'checkbox') values[q.key] = splitCheckboxAnswer(raw, choices ?? []);
    else {
      const typed = typeof raw === 'string' ? raw : raw.join(', ');
      // README "Text kept as typed": a paragraph answer is kept exactly (blank is still blank); others are trimmed.
      const text = q.type === 'paragraph' && typed.trim() !== '' ? typed : typed.trim();
      const choice = choices && text !== '' ? findChoice(text, choices) : undefined;
      values[q.key] = choice ? choice.value : text;
    }
    shape[q.key] = questionSchema(q, choices);
    byKey[q.key] = q;
  }
  const result = z.object(shape).safeParse(values);
  const problems: FieldProblem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const q = byKey[String(issue.path[0])];
      if (q) problems.push(problemFor(q, issue.message));
    }
  }
  return { values, problems };
}

function problemFor(q: QuestionDef, message: string): FieldProblem {
  const [code, param = ''] = splitOnce(message, ':');
  const t = q.title;
  const text: Record<ProblemCode, Bilingual> = {
    required: { en: `${t}: an answer is required.`, fr: `${t} : une réponse est requise.` },
    tooLong: {
      en: `${t}: too long (at most ${param} characters).`,
      fr: `${t} : trop long (${param} caractères au plus).`,
    },
    invalidEmail: { en: `${t}: not a valid email address.`, fr: `${t} : adresse e-mail non valide.` },
    pattern: {
      en: `${t}: not in the expected format. ${param}`,
      fr: `${t} : le format attendu n’est pas respecté.`,
    },
    notANumber: { en: `${t}: should be a whole number.`, fr: `${t} : un nombre entier est attendu.` },
    outOfRange: { en: `${t}: out of range.`, fr: `${t} : valeur hors limites.` },
    notAChoice: {
      en: `${t}: not one of the offered choices.`,
      fr: `${t} : ne fait pas partie des choix proposés.`,
    },
  };
  const known = (Object.keys(text) as ProblemCode[]).indexOf(code as ProblemCode) >= 0;
  const c = (known ? code : 'outOfRange') as ProblemCode;
  return { key: q.key, title: t, code: c, message: text[c] };
}

function splitOnce(text: string, sep: string): [string, string] {
  const i = text.indexOf(sep);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + 1)];
}
