// Unit tests for issue 14 part A's pure rules: the survey form definition, parsing its responses, and ages.

import { formDefinitionProblems, needsSurveyForm, questionsOf } from '../../sheets-templates/forms';
import { DEFAULT_LANGUAGES, DEFAULT_TOPICS } from '../../sheets-templates/vocabularies';
import { responseFromNamedValues } from '../../src/core/intake/formResponse';
import { ageBetween } from '../../src/core/peers/age';
import { parseNeedsSurvey, surveyFormFor } from '../../src/core/peers/needsSurvey';

const LISTS = { topics: DEFAULT_TOPICS, languages: DEFAULT_LANGUAGES };
const AT = new Date('2026-03-10T09:00:00Z');
const FORM = surveyFormFor(LISTS);
const title = (key: string) => questionsOf(FORM).find((q) => q.key === key)!.title;

function response(byKey: Record<string, string>) {
  const named: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(byKey)) named[title(k)] = [v];
  return responseFromNamedValues(named, AT);
}

describe('the needs survey form', () => {
  it('is well formed for any topic list, with one priority question per topic and unique titles', () => {
    expect(formDefinitionProblems(FORM)).toEqual([]);
    const small = needsSurveyForm(['a', 'b']);
    expect(
      questionsOf(small)
        .filter((q) => q.key.startsWith('priority'))
        .map((q) => q.title),
    ).toEqual(['Priority: a / Priorité : a', 'Priority: b / Priorité : b']);
    expect(title('priority7')).toBe('Priority: youth engagement / Priorité : engagement des jeunes');
  });
});

describe('parseNeedsSurvey', () => {
  it('reads needs by topic and priority, practices with their year, and Settings languages only', () => {
    const out = parseNeedsSurvey(
      response({
        city: 'Irbid',
        country: 'Jordan',
        name: 'Amina',
        email: ' Amina@Irbid.Example ',
        languages: 'English, Klingon',
        priority7: 'High / haute',
        priority1: 'low / basse',
        practice1Topic: 'education',
        practice1Since: '2019',
      }),
      LISTS,
    );
    expect(out.kind).toBe('parsed');
    if (out.kind !== 'parsed') return;
    expect(out.value.needs).toEqual([
      { topic: 'social cohesion', priority: 'low' },
      { topic: 'youth engagement', priority: 'high' },
    ]);
    expect(out.value.practices).toEqual([{ topic: 'education', description: '', sinceYear: 2019 }]);
    expect(out.value.email).toBe('amina@irbid.example');
    expect(out.value.languages).toEqual(['en']);
    expect(out.problems.map((p) => p.en).join('\n')).toMatch(
      /Languages your team works in.*not one of the offered/,
    );
  });

  it('flags a year after the response, a practice without a topic, and records what it can', () => {
    const out = parseNeedsSurvey(
      response({
        city: 'Irbid',
        country: 'Jordan',
        name: 'Amina',
        email: 'a@b.example',
        languages: 'English',
        practice1Topic: 'education',
        practice1Since: '2031',
        practice2Description: 'No topic here.',
      }),
      LISTS,
    );
    if (out.kind !== 'parsed') throw new Error('ghost');
    expect(out.value.practices).toEqual([{ topic: 'education', description: '', sinceYear: null }]);
    const en = out.problems.map((p) => p.en);
    expect(en).toContain('Practice 1: "2031" is not a year up to 2026; recorded without a start year.');
    expect(en).toContain(
      'Practice 2: no topic from the list was chosen, so it was not recorded as an offer.',
    );
    expect(out.problems.every((p) => p.fr.trim() !== '')).toBe(true);
  });

  it('a response with nothing but the pre-filled city reference is a ghost', () => {
    expect(parseNeedsSurvey(response({ cityRef: 'CTY-000001' }), LISTS)).toEqual({ kind: 'ghost' });
  });
});

describe('ageBetween', () => {
  it.each([
    ['2026-03-10', '2026-03-10', { unit: 'days', n: 0 }],
    ['2026-03-10', '2026-03-09', { unit: 'days', n: 0 }],
    ['2026-03-10', '2026-03-11', { unit: 'days', n: 1 }],
    ['2026-03-15', '2026-04-14', { unit: 'days', n: 30 }],
    ['2026-03-15', '2026-04-15', { unit: 'months', n: 1 }],
    ['2026-03-10', '2026-11-12', { unit: 'months', n: 8 }],
    ['2024-03-10', '2026-03-09', { unit: 'months', n: 23 }],
    ['2024-03-10', '2026-03-10', { unit: 'years', n: 2 }],
  ])('%s → %s is %o', (from, to, age) => {
    expect(ageBetween(from, to)).toEqual(age);
  });
});
