// Turns an application form response into a typed Application: city, points of contact, background, principles.

import type { ChoiceLists } from '../../../sheets-templates/forms';
import {
  APPLICATION_FORM,
  CONTACT_GROUP_KEY,
  PRINCIPLE_ACCEPTED,
  principleKey,
} from '../../../sheets-templates/forms/application';
import { questionsOf } from '../../../sheets-templates/forms/model';
import { newsletterAnswer } from '../../../sheets-templates/forms/newsletter';
import { CONTACT_CATEGORIES, PRINCIPLES } from '../../../sheets-templates/vocabularies';
import { normaliseEmail } from '../schema/text';
import { checkAnswers, parseNumberAnswer } from './answerSchema';
import { countryCodeOf } from './countryNames';
import { list, type ParseOutcome, text } from './enquiry';
import { type FormResponse, isGhostResponse } from './formResponse';

export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];
export type Principle = (typeof PRINCIPLES)[number];

export interface PointOfContact {
  /** 1–3: which copy of the contact questions it came from. */
  readonly index: number;
  readonly name: string;
  readonly title: string;
  /** Trimmed and lower-cased; may be invalid (see validationFindings). */
  readonly email: string;
  readonly phone: string;
  readonly category: ContactCategory | null;
}

export interface Application {
  readonly submittedAt: Date | null;
  /** The APP-… reference pre-filled from the link; '' when missing. */
  readonly applicationId: string;
  readonly cityName: string;
  readonly country: string;
  readonly countryCode: string | null;
  readonly population: number | null;
  /** Only contacts with at least one answer filled in. */
  readonly contacts: readonly PointOfContact[];
  readonly background: string;
  readonly priorityTopics: readonly string[];
  readonly languages: readonly string[];
  readonly principlesAccepted: readonly Principle[];
  readonly principlesNotAccepted: readonly Principle[];
  /** The submitter's answer to the newsletter consent question (issue 13). */
  readonly newsletter: 'given' | 'refused' | 'not asked';
}

const CONTACT_FIELDS = ['name', 'title', 'email', 'phone', 'category'] as const;

/** Titles of pre-filled questions: an answer there alone does not make a response real. */
const PREFILLED_TITLES = questionsOf(APPLICATION_FORM)
  .filter((q) => q.prefilled)
  .map((q) => q.title);

export function parseApplication(response: FormResponse, lists: ChoiceLists): ParseOutcome<Application> {
  if (isGhostResponse(response, PREFILLED_TITLES)) return { kind: 'ghost' };
  const a = checkAnswers(APPLICATION_FORM, response, lists);
  const contacts: PointOfContact[] = [];
  const copies = questionsOf(APPLICATION_FORM).reduce(
    (n, q) => (q.group && q.group.key === CONTACT_GROUP_KEY ? Math.max(n, q.group.index) : n),
    0,
  );
  for (let i = 1; i <= copies; i++) {
    const field = (f: (typeof CONTACT_FIELDS)[number]) =>
      text(a, `${CONTACT_GROUP_KEY}${i}${f.charAt(0).toUpperCase()}${f.slice(1)}`);
    if (CONTACT_FIELDS.every((f) => field(f) === '')) continue;
    const category = field('category');
    contacts.push({
      index: i,
      name: field('name'),
      title: field('title'),
      email: normaliseEmail(field('email')),
      phone: field('phone'),
      category:
        (CONTACT_CATEGORIES as readonly string[]).indexOf(category) >= 0
          ? (category as ContactCategory)
          : null,
    });
  }
  const accepted: Principle[] = [];
  const notAccepted: Principle[] = [];
  for (const p of PRINCIPLES)
    (text(a, principleKey(p)) === PRINCIPLE_ACCEPTED ? accepted : notAccepted).push(p);
  const country = text(a, 'country');
  return {
    kind: 'parsed',
    problems: a.problems,
    value: {
      submittedAt: response.submittedAt,
      applicationId: text(a, 'applicationId').toUpperCase(),
      cityName: text(a, 'city'),
      country,
      countryCode: countryCodeOf(country),
      population: parseNumberAnswer(text(a, 'population')),
      contacts,
      background: text(a, 'background'),
      priorityTopics: list(a, 'priorityTopics'),
      languages: list(a, 'languages'),
      principlesAccepted: accepted,
      principlesNotAccepted: notAccepted,
      newsletter: newsletterAnswer(text(a, 'newsletter')),
    },
  };
}
