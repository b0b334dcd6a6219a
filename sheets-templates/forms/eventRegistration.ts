// The per-event registration form (issue 16), as data: made on demand for one event, bilingual English / French.

import { type FormDef, type QuestionDef, question } from './model';

export const YES = 'Yes / Oui';
export const NO = 'No / Non';
const YES_NO = {
  kind: 'inline',
  choices: [
    { value: 'yes', label: YES },
    { value: 'no', label: NO },
  ],
} as const;
const DAY = {
  kind: 'pattern',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  message: 'A date as YYYY-MM-DD / Une date au format AAAA-MM-JJ',
} as const;

/** The questions, in form order; keys are what the CRM reads, titles what the person sees. */
export const REGISTRATION_QUESTIONS: readonly QuestionDef[] = [
  question('reference', 'Registration reference / Référence d’inscription', 'text', {
    helpText:
      'Filled in by your invitation link; leave it as it is. / Rempli par votre lien ; ne le modifiez pas.',
    prefilled: true,
    validations: [{ kind: 'maxLength', max: 20 }],
  }),
  question('name', 'Your name / Votre nom', 'text', {
    required: true,
    validations: [{ kind: 'maxLength', max: 120 }],
  }),
  question('email', 'Your email address / Votre adresse e-mail', 'text', {
    required: true,
    validations: [{ kind: 'email' }, { kind: 'maxLength', max: 254 }],
  }),
  question('attending', 'Will you attend? / Participerez-vous ?', 'multipleChoice', {
    required: true,
    choices: YES_NO,
  }),
  question('language', 'Language you will listen in / Langue dans laquelle vous écouterez', 'list', {
    choices: { kind: 'setting', setting: 'languages' },
  }),
  question('travel', 'Do you need travel arranged? / Faut-il organiser votre voyage ?', 'multipleChoice', {
    choices: YES_NO,
  }),
  question('travelFrom', 'Travelling from / Vous venez de', 'text', {
    validations: [{ kind: 'maxLength', max: 120 }],
  }),
  question('arrivesOn', 'Arrival date / Date d’arrivée', 'text', { validations: [DAY] }),
  question('departsOn', 'Departure date / Date de départ', 'text', { validations: [DAY] }),
  question(
    'accommodation',
    'Do you need a hotel room? / Avez-vous besoin d’une chambre ?',
    'multipleChoice',
    {
      choices: YES_NO,
    },
  ),
  question(
    'visa',
    'Do you need a visa invitation letter? / Avez-vous besoin d’une lettre d’invitation pour un visa ?',
    'multipleChoice',
    { choices: YES_NO },
  ),
  question('nationality', 'Nationality (visa letter only) / Nationalité (lettre de visa seulement)', 'text', {
    validations: [{ kind: 'maxLength', max: 80 }],
  }),
  question(
    'passportNumber',
    'Passport number (visa letter only) / Numéro de passeport (lettre de visa seulement)',
    'text',
    { validations: [{ kind: 'maxLength', max: 30 }] },
  ),
  question('dietary', 'Dietary needs / Régime alimentaire', 'text', {
    validations: [{ kind: 'maxLength', max: 200 }],
  }),
  question('access', 'Access needs / Besoins d’accessibilité', 'text', {
    validations: [{ kind: 'maxLength', max: 200 }],
  }),
];

/** The form for one event; its language question lists the event's working languages (via the lists given). */
export function eventRegistrationForm(eventName: string, startsOn: string): FormDef {
  return {
    key: 'eventRegistration',
    title: `${eventName} – registration / inscription`,
    description:
      `Strong Cities Network – ${eventName}, ${startsOn}. Please register with the link in your invitation. / ` +
      `Merci de vous inscrire avec le lien de votre invitation.`,
    confirmationMessage: 'Thank you, your answer is recorded. / Merci, votre réponse est enregistrée.',
    sections: [{ title: eventName, description: '', questions: REGISTRATION_QUESTIONS }],
  };
}
