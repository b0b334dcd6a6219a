// Turns an enquiry form response into a typed Enquiry, with field-named problems and ghost detection.

import type { ChoiceLists } from '../../../sheets-templates/forms';
import { ENQUIRY_FORM } from '../../../sheets-templates/forms/enquiry';
import { newsletterAnswer } from '../../../sheets-templates/forms/newsletter';
import { normaliseEmail } from '../schema/text';
import { type CheckedAnswers, checkAnswers, type FieldProblem } from './answerSchema';
import { countryCodeOf } from './countryNames';
import { type FormResponse, isGhostResponse } from './formResponse';

export interface Enquiry {
  readonly submittedAt: Date | null;
  readonly name: string;
  /** Trimmed and lower-cased. */
  readonly email: string;
  readonly position: string;
  readonly cityName: string;
  readonly country: string;
  readonly countryCode: string | null;
  /** A language code from Settings; 'en' when the answer is missing or unknown. */
  readonly language: string;
  readonly message: string;
  readonly consent: boolean;
  /** The newsletter consent question's answer (issue 13). */
  readonly newsletter: 'given' | 'refused' | 'not asked';
}

/** A response is either a ghost (ignore it) or parsed; parsed values are kept even when problems exist. */
export type ParseOutcome<T> =
  | { readonly kind: 'ghost' }
  | { readonly kind: 'parsed'; readonly value: T; readonly problems: readonly FieldProblem[] };

export function text(a: CheckedAnswers, key: string): string {
  const v = a.values[key];
  return typeof v === 'string' ? v : (v ?? []).join(', ');
}

export function list(a: CheckedAnswers, key: string): string[] {
  const v = a.values[key];
  return Array.isArray(v) ? v.slice() : v ? [v] : [];
}

export function parseEnquiry(response: FormResponse, lists: ChoiceLists): ParseOutcome<Enquiry> {
  if (isGhostResponse(response)) return { kind: 'ghost' };
  const a = checkAnswers(ENQUIRY_FORM, response, lists);
  const language = text(a, 'language');
  const country = text(a, 'country');
  return {
    kind: 'parsed',
    problems: a.problems,
    value: {
      submittedAt: response.submittedAt,
      name: text(a, 'name'),
      email: normaliseEmail(text(a, 'email')),
      position: text(a, 'position'),
      cityName: text(a, 'city'),
      country,
      countryCode: countryCodeOf(country),
      language: lists.languages.indexOf(language) >= 0 ? language : 'en',
      message: text(a, 'message'),
      consent: list(a, 'consent').indexOf('yes') >= 0,
      newsletter: newsletterAnswer(text(a, 'newsletter')),
    },
  };
}
