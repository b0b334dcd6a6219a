// The intake forms as data, with the choice lists they draw on; setup and intake import from here.

import { COUNTRIES } from './countries';
import { languageLabel } from './languages';
import type { Choice, ChoicesSource, FormDef, QuestionDef } from './model';

export * from './application';
export * from './countries';
export * from './enquiry';
export * from './eventRegistration';
export * from './languages';
export * from './model';
export * from './needsSurvey';
export * from './newsletter';

/** The Settings lists that feed choices; read from the Settings tab at setup time. */
export interface ChoiceLists {
  readonly topics: readonly string[];
  readonly languages: readonly string[];
}

/** The concrete choices of a question, from its source. */
export function resolveChoices(source: ChoicesSource, lists: ChoiceLists): Choice[] {
  switch (source.kind) {
    case 'inline':
      return source.choices.slice();
    case 'countries':
      return COUNTRIES.map(([, name]) => ({ value: name, label: name }));
    case 'setting':
      return source.setting === 'topics'
        ? lists.topics.map((t) => ({ value: t, label: t }))
        : lists.languages.map((code) => ({ value: code, label: languageLabel(code) }));
  }
}

/** Headers a response sheet gets besides the questions' titles (Google adds the submission time). */
export const RESPONSE_SHEET_FIXED_HEADERS = ['Timestamp'] as const;

/** Problems with a form definition: duplicate keys or titles (titles are response-sheet headers). */
export function formDefinitionProblems(form: FormDef): string[] {
  const problems: string[] = [];
  const keys: Record<string, true> = {};
  const titles: Record<string, true> = {};
  for (const h of RESPONSE_SHEET_FIXED_HEADERS) titles[h.toLowerCase()] = true;
  const all: QuestionDef[] = [];
  for (const s of form.sections) all.push(...s.questions);
  for (const q of all) {
    if (keys[q.key]) problems.push(`${form.key}: question key "${q.key}" is used twice.`);
    keys[q.key] = true;
    const t = q.title.trim().toLowerCase();
    if (titles[t]) problems.push(`${form.key}: question title "${q.title}" is not unique.`);
    titles[t] = true;
    const needsChoices = q.type === 'list' || q.type === 'multipleChoice' || q.type === 'checkbox';
    if (needsChoices !== (q.choices !== undefined))
      problems.push(`${form.key}: "${q.title}" choices do not fit its type.`);
  }
  return problems;
}
