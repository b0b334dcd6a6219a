// The newsletter consent question both intake forms ask (issue 13), and how its answer is read.

import { question } from './model';

export const NEWSLETTER_QUESTION = question('newsletter', 'Newsletter', 'multipleChoice', {
  helpText:
    'May we also send you the network’s newsletter (news, events and opportunities)? You can unsubscribe at any ' +
    'time. Our privacy notice (linked above) explains what we keep about you and why.',
  choices: {
    kind: 'inline',
    choices: [
      { value: 'yes', label: 'Yes, send me the newsletter.' },
      { value: 'no', label: 'No, thank you.' },
    ],
  },
});

/** The Newsletter consent value an answer records: given, refused, or not asked when the question was skipped. */
export function newsletterAnswer(answer: string): 'given' | 'refused' | 'not asked' {
  return answer === 'yes' ? 'given' : answer === 'no' ? 'refused' : 'not asked';
}
