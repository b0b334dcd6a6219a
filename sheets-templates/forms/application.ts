// The membership application form, as data: sent to a city after its enquiry, pre-filled with the application id.

import { CONTACT_CATEGORIES, PRINCIPLES } from '../vocabularies';
import { type Choice, type FormDef, question, repeatedGroup } from './model';
import { NEWSLETTER_QUESTION } from './newsletter';

type Principle = (typeof PRINCIPLES)[number];

/** Each principle as the applicant reads it: the network's commitments, in our own words. */
export const PRINCIPLE_STATEMENTS: Readonly<Record<Principle, string>> = {
  'human rights':
    'We will protect human rights in everything we do to prevent and respond to violent extremism, in all its forms.',
  'no association with any religion or group':
    'We will not associate violent extremism, or the work to prevent it, with any religion, nationality, civilisation or ethnic group.',
  'against discrimination':
    'We will stand against discrimination based on religion or on any related ground.',
  'against backlash and hate crimes':
    'We will support policies and programmes that counter guilt by association, backlash, bigotry and hate crimes, which can follow violent extremist incidents.',
  'partnership with communities':
    'We will work in partnership with local communities – including young people, women and religious leaders – in a way that is inclusive, collaborative, non-discriminatory and respectful of rights.',
  'monitoring and evaluation':
    'We will monitor and evaluate our work on social cohesion and resilience, and share what we learn (where it is not sensitive) with the network.',
  'funding transparency':
    'We support full transparency about where the funding for the network’s operations and activities comes from.',
};

/** The answer that records a principle as accepted; anything else is "not yet accepted". */
export const PRINCIPLE_ACCEPTED = 'accepted';

const PRINCIPLE_CHOICES: readonly Choice[] = [
  { value: PRINCIPLE_ACCEPTED, label: 'Yes, we commit to this principle' },
  { value: 'discuss', label: 'We would like to discuss this principle with the network first' },
];

const CATEGORY_LABELS: Readonly<Record<(typeof CONTACT_CATEGORIES)[number], string>> = {
  "mayor's office": "Mayor's or governor's office",
  'policy team': 'Policy team or department',
  practitioner: 'Practitioner (frontline or CVE-relevant service)',
  other: 'Other',
};

/** Form question key of each principle ("principleHumanRights"). */
export function principleKey(principle: Principle): string {
  return (
    'principle' +
    principle
      .split(/[^a-z]+/)
      .filter((w) => w !== '')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join('')
  );
}

export const CONTACT_GROUP_KEY = 'contact';

export const APPLICATION_FORM: FormDef = {
  key: 'application',
  title: 'Strong Cities Network – membership application',
  description:
    'Thank you for applying to join the Strong Cities Network. This short form asks for 2–3 points of contact, ' +
    'some background on your city, and your commitment to the principles that guide the network. ' +
    'We aim to confirm membership within 2–3 working days of receiving it.',
  confirmationMessage:
    'Thank you. Your application has been received; we will be in touch within 2–3 working days.',
  sections: [
    {
      title: 'Your city',
      description: '',
      questions: [
        question('applicationId', 'Application reference', 'text', {
          required: true,
          prefilled: true,
          helpText: 'Filled in for you from the link we sent. Please do not change it.',
          validations: [
            { kind: 'pattern', pattern: '^APP-\\d{6,}$', message: 'A reference looks like APP-000123.' },
          ],
        }),
        question('city', 'City or local government name', 'text', {
          required: true,
          validations: [{ kind: 'maxLength', max: 120 }],
        }),
        question('country', 'Country of the city', 'list', {
          required: true,
          choices: { kind: 'countries' },
        }),
        question('population', 'Population', 'text', {
          required: true,
          helpText: 'An approximate number of residents is fine, e.g. 250000.',
          validations: [{ kind: 'number', integer: true, min: 1 }],
        }),
      ],
    },
    {
      title: 'Points of contact',
      description:
        'Please give 2–3 people. Ideally one works in the mayor’s office or the relevant policy team, with the ' +
        'authority’s mandate to represent the city in the network, and another is a practitioner working on ' +
        'prevention or a related field. The third contact is optional.',
      questions: repeatedGroup({
        key: CONTACT_GROUP_KEY,
        title: 'Contact',
        copies: 3,
        requiredCopies: 2,
        fields: [
          {
            field: 'name',
            label: 'name',
            type: 'text',
            required: true,
            validations: [{ kind: 'maxLength', max: 120 }],
          },
          {
            field: 'title',
            label: 'job title',
            type: 'text',
            required: true,
            validations: [{ kind: 'maxLength', max: 160 }],
          },
          {
            field: 'email',
            label: 'email',
            type: 'text',
            required: true,
            validations: [{ kind: 'email' }, { kind: 'maxLength', max: 254 }],
          },
          {
            field: 'phone',
            label: 'phone',
            type: 'text',
            required: false,
            helpText: 'International format, e.g. +44 20 7946 0000.',
            validations: [{ kind: 'maxLength', max: 32 }],
          },
          {
            field: 'category',
            label: 'role',
            type: 'multipleChoice',
            required: true,
            choices: {
              kind: 'inline',
              choices: CONTACT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
            },
          },
        ],
      }),
    },
    {
      title: 'Your city’s context',
      description: '',
      questions: [
        question('background', 'Background on your city', 'paragraph', {
          required: true,
          helpText:
            'A brief description of the issues your city faces around extremism, hate and polarisation, and the ' +
            'approaches you already take or plan.',
          validations: [{ kind: 'maxLength', max: 5000 }],
        }),
        question('priorityTopics', 'Priority topics', 'checkbox', {
          helpText: 'The themes your city would most like to work on with the network.',
          choices: { kind: 'setting', setting: 'topics' },
        }),
        question('languages', 'Working languages', 'checkbox', {
          required: true,
          helpText: 'Languages your team can work in with the network.',
          choices: { kind: 'setting', setting: 'languages' },
        }),
        NEWSLETTER_QUESTION,
      ],
    },
    {
      title: 'Principles of the network',
      description:
        'Members of the Strong Cities Network commit to the principles below, set out in full in the Terms of ' +
        'Reference. Please answer for each one.',
      questions: PRINCIPLES.map((p) =>
        question(principleKey(p), `Principle: ${p}`, 'multipleChoice', {
          required: true,
          helpText: PRINCIPLE_STATEMENTS[p],
          choices: { kind: 'inline', choices: PRINCIPLE_CHOICES },
        }),
      ),
    },
  ],
};
