// Turns a needs-survey response into typed needs, offers and the city's languages, with every problem named for a person.

import { type ChoiceLists, needsSurveyForm, SURVEY_PRACTICES } from '../../../sheets-templates/forms';
import { PRIORITY_TITLE_START, priorityKey } from '../../../sheets-templates/forms/needsSurvey';
import { type Bilingual, checkAnswers } from '../intake/answerSchema';
import { countryCodeOf } from '../intake/countryNames';
import { list, text } from '../intake/enquiry';
import { answerFor, type FormResponse, isGhostResponse } from '../intake/formResponse';
import { displayValue } from '../messages/display';
import { normaliseEmail } from '../schema/text';

export interface SurveyNeed {
  readonly topic: string;
  readonly priority: 'high' | 'medium' | 'low';
}

export interface SurveyPractice {
  readonly topic: string;
  readonly description: string;
  /** Null when not given or not a plausible year (the problem says which). */
  readonly sinceYear: number | null;
}

export interface NeedsSurvey {
  readonly submittedAt: Date | null;
  /** A CTY-… reference from a pre-filled link, or ''. */
  readonly cityRef: string;
  readonly cityName: string;
  readonly country: string;
  readonly countryCode: string | null;
  readonly name: string;
  readonly email: string;
  /** Language codes from Settings only. */
  readonly languages: string[];
  readonly needs: SurveyNeed[];
  readonly description: string;
  readonly supportWanted: string;
  readonly practices: SurveyPractice[];
}

/** One problem of a response, in the coordinator's two languages, for the Surveys tab's Issues found. */
export type SurveyProblem = Bilingual;

/** The form for the current Settings topics, French topic names as the CRM displays them. */
export function surveyFormFor(lists: ChoiceLists) {
  return needsSurveyForm(lists.topics, (t) => displayValue(t, 'fr'));
}

const PRIORITIES = ['high', 'medium', 'low'] as const;

/**
 * Parses a response against the form built from the current topics. A priority question for a topic no longer in
 * Settings (the taxonomy was edited after setup) is reported, not recorded: a Needs row must name a listed topic.
 */
export type SurveyOutcome =
  | { readonly kind: 'ghost' }
  | { readonly kind: 'parsed'; readonly value: NeedsSurvey; readonly problems: readonly SurveyProblem[] };

export function parseNeedsSurvey(response: FormResponse, lists: ChoiceLists): SurveyOutcome {
  const form = surveyFormFor(lists);
  if (isGhostResponse(response, [form.sections[0]!.questions[0]!.title])) return { kind: 'ghost' };
  const a = checkAnswers(form, response, lists);
  const needs: SurveyNeed[] = [];
  lists.topics.forEach((topic, i) => {
    const p = text(a, priorityKey(i));
    const priority = PRIORITIES.find((x) => x === p);
    if (priority) needs.push({ topic, priority });
  });
  const practices: SurveyPractice[] = [];
  const extra: SurveyProblem[] = [];
  const year = (response.submittedAt ?? new Date()).getFullYear();
  for (let i = 1; i <= SURVEY_PRACTICES; i++) {
    const topic = text(a, `practice${i}Topic`);
    const description = text(a, `practice${i}Description`);
    const sinceText = text(a, `practice${i}Since`);
    if (topic === '' || lists.topics.indexOf(topic) < 0) {
      // A description without a topic cannot be matched: the answer stays in the response tab for a person.
      if (description.trim() !== '' || sinceText !== '') {
        extra.push({
          en: `Practice ${i}: no topic from the list was chosen, so it was not recorded as an offer.`,
          fr: `Pratique ${i} : aucun thème de la liste n’a été choisi, elle n’a donc pas été enregistrée comme offre.`,
        });
      }
      continue;
    }
    let sinceYear: number | null = null;
    if (sinceText !== '') {
      const n = Number(sinceText.replace(/\s/g, ''));
      if (Number.isInteger(n) && n >= 1900 && n <= year) sinceYear = n;
      else
        extra.push({
          en: `Practice ${i}: "${sinceText}" is not a year up to ${year}; recorded without a start year.`,
          fr: `Pratique ${i} : « ${sinceText} » n’est pas une année jusqu’à ${year} ; enregistrée sans année de début.`,
        });
    }
    practices.push({ topic, description, sinceYear });
  }
  const known = form.sections[1]!.questions.map((q) => q.title.trim().toLowerCase());
  for (const title of Object.keys(response.answers)) {
    if (title.indexOf(PRIORITY_TITLE_START) !== 0 || known.indexOf(title.trim().toLowerCase()) >= 0) continue;
    const answer = answerFor(response, title);
    if ((typeof answer === 'string' ? answer : answer.join('')).trim() === '') continue;
    extra.push({
      en: `"${title}" is not a topic in Settings any more; that priority was not recorded as a need.`,
      fr: `« ${title} » n’est plus un thème des réglages ; cette priorité n’a pas été enregistrée comme besoin.`,
    });
  }
  const country = text(a, 'country');
  return {
    kind: 'parsed',
    problems: [...a.problems.map((p) => p.message), ...extra],
    value: {
      submittedAt: response.submittedAt,
      cityRef: text(a, 'cityRef'),
      cityName: text(a, 'city'),
      country,
      countryCode: countryCodeOf(country),
      name: text(a, 'name'),
      email: normaliseEmail(text(a, 'email')),
      languages: list(a, 'languages').filter((l) => lists.languages.indexOf(l) >= 0),
      needs,
      description: text(a, 'description'),
      supportWanted: text(a, 'supportWanted'),
      practices,
    },
  };
}
