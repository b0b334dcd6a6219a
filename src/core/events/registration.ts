// A registration form response read into participant fields, with what cannot be taken flagged in both languages.

import { NO, REGISTRATION_QUESTIONS, YES } from '../../../sheets-templates/forms/eventRegistration';
import { LANGUAGE_LABELS } from '../../../sheets-templates/forms/languages';

export interface RegistrationProblem {
  readonly en: string;
  readonly fr: string;
}

export interface Registration {
  readonly reference: string;
  readonly name: string;
  readonly email: string;
  /** null: the question was not answered (or not with Yes / No). */
  readonly attending: boolean | null;
  /** Participant fields the answers give (only those answered). */
  readonly fields: Record<string, string>;
  readonly problems: readonly RegistrationProblem[];
}

const title = (key: string) => REGISTRATION_QUESTIONS.find((q) => q.key === key)!.title;

function answerOf(answers: Readonly<Record<string, string | readonly string[]>>, key: string): string {
  const v = answers[title(key)];
  return (typeof v === 'string' ? v : (v ?? []).join(', ')).trim();
}

/** The language code of a label as the form lists it ("French / français" → "fr"), or the text itself. */
function languageCode(label: string): string {
  for (const [code, l] of Object.entries(LANGUAGE_LABELS)) if (l === label) return code;
  return label;
}

function yesNo(value: string, key: string, problems: RegistrationProblem[]): boolean | null {
  if (value === '') return null;
  if (value === YES) return true;
  if (value === NO) return false;
  problems.push({
    en: `${title(key)}: "${value}" is neither Yes nor No`,
    fr: `${title(key)} : « ${value} » n’est ni Oui ni Non`,
  });
  return null;
}

/**
 * Reads a response. Yes / No answers become the logistics statuses (travel and accommodation "requested" or
 * "not needed", visa "letter requested" or "not needed"); dates and the rest are passed as written, for the
 * Participants schema to check field by field (what fails is flagged, never dropped silently).
 */
export function parseRegistration(
  answers: Readonly<Record<string, string | readonly string[]>>,
): Registration {
  const problems: RegistrationProblem[] = [];
  const fields: Record<string, string> = {};
  const attending = yesNo(answerOf(answers, 'attending'), 'attending', problems);
  const logistics = (key: 'travel' | 'accommodation' | 'visa', yes: string) => {
    const v = yesNo(answerOf(answers, key), key, problems);
    if (v !== null) fields[key] = v ? yes : 'not needed';
  };
  logistics('travel', 'requested');
  logistics('accommodation', 'requested');
  logistics('visa', 'letter requested');
  for (const key of [
    'travelFrom',
    'arrivesOn',
    'departsOn',
    'nationality',
    'passportNumber',
    'dietary',
    'access',
  ]) {
    const v = answerOf(answers, key);
    if (v !== '') fields[key] = v;
  }
  const language = answerOf(answers, 'language');
  if (language !== '') fields['interpretationLanguage'] = languageCode(language);
  if (fields['arrivesOn'] && fields['departsOn'] && fields['departsOn'] < fields['arrivesOn']) {
    problems.push({
      en: `Departure ${fields['departsOn']} is before arrival ${fields['arrivesOn']}: check the dates`,
      fr: `Le départ (${fields['departsOn']}) précède l’arrivée (${fields['arrivesOn']}) : vérifiez les dates`,
    });
    delete fields['departsOn'];
  }
  return {
    reference: answerOf(answers, 'reference').toUpperCase(),
    name: answerOf(answers, 'name'),
    email: answerOf(answers, 'email'),
    attending,
    fields,
    problems,
  };
}
