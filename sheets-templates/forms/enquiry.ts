// The public membership enquiry form, as data: setup builds the Google Form from it and intake parses its responses.

import { type FormDef, question } from './model';
import { NEWSLETTER_QUESTION } from './newsletter';

export const ENQUIRY_FORM: FormDef = {
  key: 'enquiry',
  title: 'Strong Cities Network – membership enquiry',
  description:
    'Thank you for your interest in the Strong Cities Network. If you work for your city or local government – ' +
    'in the political leadership, a policy team or a frontline service – tell us a little about yourself and we ' +
    'will reply within 2–3 working days with the next steps.',
  confirmationMessage:
    'Thank you. We have received your enquiry and will be in touch within 2–3 working days. ' +
    'A confirmation has been sent to your email address.',
  sections: [
    {
      title: 'About you',
      description: '',
      questions: [
        question('name', 'Your name', 'text', {
          required: true,
          validations: [{ kind: 'maxLength', max: 120 }],
        }),
        question('email', 'Your email address', 'text', {
          required: true,
          helpText: 'We will reply to this address.',
          validations: [{ kind: 'email' }, { kind: 'maxLength', max: 254 }],
        }),
        question('position', 'Your position', 'text', {
          required: true,
          helpText: 'Your job title and department, e.g. "Adviser, Office of the Mayor".',
          validations: [{ kind: 'maxLength', max: 160 }],
        }),
        question('city', 'City or local government', 'text', {
          required: true,
          helpText: 'The city, town, municipality or region you work for.',
          validations: [{ kind: 'maxLength', max: 120 }],
        }),
        question('country', 'Country', 'list', { required: true, choices: { kind: 'countries' } }),
        question('language', 'Preferred language for our correspondence', 'multipleChoice', {
          required: true,
          choices: { kind: 'setting', setting: 'languages' },
        }),
        question('message', 'Your message', 'paragraph', {
          helpText:
            'Anything you would like us to know: your interest in the network, questions, or current work.',
          validations: [{ kind: 'maxLength', max: 5000 }],
        }),
        question('consent', 'Consent to be contacted', 'checkbox', {
          required: true,
          helpText:
            'We use your details only to answer your enquiry and to manage your city’s membership. ' +
            'You can ask us to stop contacting you at any time.',
          choices: {
            kind: 'inline',
            choices: [
              {
                value: 'yes',
                label: 'I agree that the Strong Cities Network may contact me about membership.',
              },
            ],
          },
        }),
        NEWSLETTER_QUESTION,
      ],
    },
  ],
};
