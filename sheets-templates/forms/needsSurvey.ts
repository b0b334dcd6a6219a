// The needs-and-practice survey form (issue 14), as data: bilingual texts, one priority question per Settings topic.
//
// Google Forms has one text per question, so every title and help text carries English then French ("… / …"): the
// coordinator's two working languages (DESIGN §9). Titles stay unique: they are the response tab's headers.
// Topics come from Settings at setup, one multiple-choice question each (GridItem would fit, but the CRM neither
// builds nor emulates grids; one question per topic reads the same in the response tab and on the form).

import { NEED_PRIORITIES } from '../vocabularies';
import { type Choice, type FormDef, type QuestionDef, question } from './model';

/** English then French, as every survey text shows them. */
export const bilingual = (en: string, fr: string): string => `${en} / ${fr}`;

const PRIORITY_FR: Readonly<Record<(typeof NEED_PRIORITIES)[number], string>> = {
  high: 'haute',
  medium: 'moyenne',
  low: 'basse',
};

/** The priority choices: stored as the Needs vocabulary (high, medium, low), shown in both languages. */
export const PRIORITY_CHOICES: readonly Choice[] = NEED_PRIORITIES.map((p) => ({
  value: p,
  label: bilingual(p.charAt(0).toUpperCase() + p.slice(1), PRIORITY_FR[p]),
}));

/** How many practices a city can describe (Forms has no repeating sections: numbered copies). */
export const SURVEY_PRACTICES = 3;

/** The first words of every topic's priority question: what the response tab's headers start with. */
export const PRIORITY_TITLE_START = 'Priority: ';

/** The question key of a topic's priority (topics are Settings text: the key only needs to be unique). */
export const priorityKey = (index: number): string => `priority${index + 1}`;

export function priorityTitle(topic: string, topicFr: string): string {
  return `${PRIORITY_TITLE_START}${topic} / Priorité : ${topicFr}`;
}

function practiceQuestions(i: number): QuestionDef[] {
  return [
    question(`practice${i}Topic`, bilingual(`Practice ${i}: topic`, `Pratique ${i} : thème`), 'list', {
      choices: { kind: 'setting', setting: 'topics' },
    }),
    question(
      `practice${i}Description`,
      bilingual(`Practice ${i}: what you do`, `Pratique ${i} : ce que vous faites`),
      'paragraph',
      { validations: [{ kind: 'maxLength', max: 5000 }] },
    ),
    question(
      `practice${i}Since`,
      bilingual(`Practice ${i}: since (year)`, `Pratique ${i} : depuis (année)`),
      'text',
      {
        helpText: bilingual('The year it started, e.g. 2019.', 'L’année de son début, p. ex. 2019.'),
        validations: [{ kind: 'number', integer: true, min: 1900, max: 2100 }],
      },
    ),
  ];
}

/**
 * The survey for the given topics (Settings › topics at setup). `topicFr` names a topic in French
 * (src/core/messages displayValue); it defaults to the topic itself.
 */
export function needsSurveyForm(
  topics: readonly string[],
  topicFr: (topic: string) => string = (t) => t,
): FormDef {
  const practices: QuestionDef[] = [];
  for (let i = 1; i <= SURVEY_PRACTICES; i++) practices.push(...practiceQuestions(i));
  return {
    key: 'needsSurvey',
    title: bilingual(
      'Strong Cities Network – needs and practice survey',
      'Strong Cities Network – enquête sur les besoins et les pratiques',
    ),
    description: bilingual(
      'Tell us what your city needs and what it can share, so that we can connect you with peers.',
      'Dites-nous ce dont votre ville a besoin et ce qu’elle peut partager, pour que nous vous mettions en relation avec vos pairs.',
    ),
    confirmationMessage: bilingual(
      'Thank you. Your answers have been recorded.',
      'Merci. Vos réponses ont été enregistrées.',
    ),
    sections: [
      {
        title: bilingual('Your city', 'Votre ville'),
        description: '',
        questions: [
          question('cityRef', bilingual('City reference', 'Référence de la ville'), 'text', {
            prefilled: true,
            helpText: bilingual(
              'Filled in for you when you follow our link; leave it empty otherwise.',
              'Renseignée pour vous si vous suivez notre lien ; sinon laissez-la vide.',
            ),
            validations: [
              {
                kind: 'pattern',
                pattern: '^CTY-\\d{6,}$',
                message: bilingual(
                  'A reference looks like CTY-000123.',
                  'Une référence a la forme CTY-000123.',
                ),
              },
            ],
          }),
          question('city', bilingual('City or local government', 'Ville ou collectivité locale'), 'text', {
            required: true,
            validations: [{ kind: 'maxLength', max: 120 }],
          }),
          question('country', bilingual('Country', 'Pays'), 'list', {
            required: true,
            choices: { kind: 'countries' },
          }),
          question('name', bilingual('Your name', 'Votre nom'), 'text', {
            required: true,
            validations: [{ kind: 'maxLength', max: 120 }],
          }),
          question('email', bilingual('Your email address', 'Votre adresse e-mail'), 'text', {
            required: true,
            validations: [{ kind: 'email' }, { kind: 'maxLength', max: 254 }],
          }),
          question(
            'languages',
            bilingual('Languages your team works in', 'Langues de travail de votre équipe'),
            'checkbox',
            { required: true, choices: { kind: 'setting', setting: 'languages' } },
          ),
        ],
      },
      {
        title: bilingual('Your needs', 'Vos besoins'),
        description: bilingual(
          'Give a priority to each topic your city wants support on; leave the others empty.',
          'Donnez une priorité à chaque thème sur lequel votre ville souhaite un soutien ; laissez les autres vides.',
        ),
        questions: [
          ...topics.map((t, i) =>
            question(priorityKey(i), priorityTitle(t, topicFr(t)), 'multipleChoice', {
              choices: { kind: 'inline', choices: PRIORITY_CHOICES },
            }),
          ),
          question('description', bilingual('Describe your needs', 'Décrivez vos besoins'), 'paragraph', {
            validations: [{ kind: 'maxLength', max: 5000 }],
          }),
          question('supportWanted', bilingual('Support wanted', 'Soutien souhaité'), 'paragraph', {
            helpText: bilingual(
              'E.g. a peer exchange, a study visit, mentoring, training.',
              'P. ex. un échange entre pairs, une visite d’étude, un mentorat, une formation.',
            ),
            validations: [{ kind: 'maxLength', max: 5000 }],
          }),
        ],
      },
      {
        title: bilingual('Practice you can offer', 'Pratiques que vous pouvez partager'),
        description: bilingual(
          'Up to three practices, programmes or approaches other cities could learn from.',
          'Jusqu’à trois pratiques, programmes ou approches dont d’autres villes pourraient s’inspirer.',
        ),
        questions: practices,
      },
    ],
  };
}
