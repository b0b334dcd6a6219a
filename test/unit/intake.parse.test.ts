// Unit tests for parsing form responses: enquiries and applications, field-named problems, ghosts, formula-like text.

import { APPLICATION_FORM, ENQUIRY_FORM, type FormDef, questionsOf } from '../../sheets-templates/forms';
import { DEFAULT_LANGUAGES, DEFAULT_TOPICS, PRINCIPLES } from '../../sheets-templates/vocabularies';
import { splitCheckboxAnswer } from '../../src/core/intake/answerSchema';
import { parseApplication } from '../../src/core/intake/application';
import { parseEnquiry } from '../../src/core/intake/enquiry';
import { responseFromNamedValues, responseFromRow } from '../../src/core/intake/formResponse';
import { formulaLikeFields, neutralisedForSheet } from '../../src/core/intake/sheetText';

const LISTS = { topics: DEFAULT_TOPICS, languages: DEFAULT_LANGUAGES };
const AT = new Date('2025-03-14T17:00:00Z');

/** namedValues as the form-submit event carries them: title → [answer]. */
function namedValues(form: FormDef, byKey: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = { Timestamp: ['14/03/2025 17:00:00'] };
  for (const q of questionsOf(form)) out[q.title] = [byKey[q.key] ?? ''];
  return out;
}

const ENQUIRY = {
  name: 'Amina Benali',
  email: ' Amina.Benali@Example.org ',
  position: 'Adviser, Office of the Mayor',
  city: 'Sfax',
  country: 'Tunisia',
  language: 'Français (French)',
  message: 'We would like to join.',
  consent: 'I agree that the Strong Cities Network may contact me about membership.',
};

const APPLICATION: Record<string, string> = {
  applicationId: 'APP-000042',
  city: 'Sfax',
  country: 'Tunisia',
  population: '330,000',
  contact1Name: 'Amina Benali',
  contact1Title: 'Adviser to the Mayor',
  contact1Email: 'amina@sfax.example.tn',
  contact1Phone: '+216 74 000 000',
  contact1Category: "Mayor's or governor's office",
  contact2Name: 'Karim Haddad',
  contact2Title: 'Youth services lead',
  contact2Email: 'karim@sfax.example.tn',
  contact2Category: 'Practitioner (frontline or CVE-relevant service)',
  background:
    'Sfax works with youth centres and religious leaders on social cohesion after tensions linked to online hate campaigns.',
  priorityTopics: 'youth engagement, online harms',
  languages: 'Français (French), العربية (Arabic)',
  ...Object.fromEntries(PRINCIPLES.map((p) => [principleKeyOf(p), 'Yes, we commit to this principle'])),
};

function principleKeyOf(p: string): string {
  return questionsOf(APPLICATION_FORM).find((q) => q.title === `Principle: ${p}`)!.key;
}

describe('parseEnquiry', () => {
  it('parses a valid enquiry from namedValues', () => {
    const out = parseEnquiry(responseFromNamedValues(namedValues(ENQUIRY_FORM, ENQUIRY), AT), LISTS);
    expect(out.kind).toBe('parsed');
    if (out.kind !== 'parsed') return;
    expect(out.problems).toEqual([]);
    expect(out.value).toMatchObject({
      name: 'Amina Benali',
      email: 'amina.benali@example.org',
      cityName: 'Sfax',
      country: 'Tunisia',
      countryCode: 'TN',
      language: 'fr',
      consent: true,
      submittedAt: AT,
    });
  });

  it('names the field of each problem, in English and French', () => {
    const bad = { ...ENQUIRY, email: 'not-an-email', city: '', country: 'Narnia', consent: '' };
    const out = parseEnquiry(responseFromNamedValues(namedValues(ENQUIRY_FORM, bad), AT), LISTS);
    if (out.kind !== 'parsed') throw new Error('expected parsed');
    const byKey = Object.fromEntries(out.problems.map((p) => [p.key, p]));
    expect(byKey.email!.code).toBe('invalidEmail');
    expect(byKey.email!.message.en).toBe('Your email address: not a valid email address.');
    expect(byKey.email!.message.fr).toBe('Your email address : adresse e-mail non valide.');
    expect(byKey.city!.code).toBe('required');
    expect(byKey.country!.code).toBe('notAChoice');
    expect(byKey.consent!.code).toBe('required');
    expect(out.value.consent).toBe(false);
  });

  it('falls back to English for an unknown language and rejects too-long text', () => {
    const out = parseEnquiry(
      responseFromNamedValues(
        namedValues(ENQUIRY_FORM, { ...ENQUIRY, language: 'Klingon', name: 'x'.repeat(121) }),
        AT,
      ),
      LISTS,
    );
    if (out.kind !== 'parsed') throw new Error('expected parsed');
    expect(out.value.language).toBe('en');
    expect(out.problems.find((p) => p.key === 'name')!.message.en).toMatch(/at most 120 characters/);
  });

  it('treats an all-blank submission as a ghost', () => {
    expect(parseEnquiry(responseFromNamedValues(namedValues(ENQUIRY_FORM, {}), AT), LISTS)).toEqual({
      kind: 'ghost',
    });
    const blankRow = responseFromRow(
      ['Timestamp', 'Your name', 'Your email address'],
      [AT, '', '  '],
      'Europe/London',
    );
    expect(parseEnquiry(blankRow, LISTS).kind).toBe('ghost');
  });
});

describe('parseApplication', () => {
  it('parses contacts, topics, languages and principles', () => {
    const out = parseApplication(
      responseFromNamedValues(namedValues(APPLICATION_FORM, APPLICATION), AT),
      LISTS,
    );
    if (out.kind !== 'parsed') throw new Error('expected parsed');
    expect(out.problems).toEqual([]);
    const app = out.value;
    expect(app.applicationId).toBe('APP-000042');
    expect(app.population).toBe(330000);
    expect(app.contacts.map((c) => [c.index, c.category])).toEqual([
      [1, "mayor's office"],
      [2, 'practitioner'],
    ]);
    expect(app.priorityTopics).toEqual(['youth engagement', 'online harms']);
    expect(app.languages).toEqual(['fr', 'ar']);
    expect(app.principlesAccepted).toEqual([...PRINCIPLES]);
    expect(app.principlesNotAccepted).toEqual([]);
  });

  it('reads the same answers from a response-sheet row (numbers come back as numbers)', () => {
    const qs = questionsOf(APPLICATION_FORM);
    const headers = ['Timestamp', ...qs.map((q) => q.title)];
    const row = [AT, ...qs.map((q) => (q.key === 'population' ? 330000 : (APPLICATION[q.key] ?? '')))];
    const out = parseApplication(responseFromRow(headers, row, 'Europe/London'), LISTS);
    if (out.kind !== 'parsed') throw new Error('expected parsed');
    expect(out.problems).toEqual([]);
    expect(out.value.population).toBe(330000);
    expect(out.value.submittedAt).toEqual(AT);
  });

  it('an application with only its pre-filled reference is a ghost', () => {
    const only = namedValues(APPLICATION_FORM, { applicationId: 'APP-000042' });
    expect(parseApplication(responseFromNamedValues(only, AT), LISTS)).toEqual({ kind: 'ghost' });
  });

  it('reports a population that is not a number and a malformed reference', () => {
    const out = parseApplication(
      responseFromNamedValues(
        namedValues(APPLICATION_FORM, {
          ...APPLICATION,
          population: 'about half a million',
          applicationId: 'x',
        }),
        AT,
      ),
      LISTS,
    );
    if (out.kind !== 'parsed') throw new Error('expected parsed');
    expect(out.problems.map((p) => [p.key, p.code])).toEqual([
      ['applicationId', 'pattern'],
      ['population', 'notANumber'],
    ]);
    expect(out.value.population).toBeNull();
  });
});

describe('checkbox answers', () => {
  it('splits joined labels even when a label contains a comma', () => {
    const choices = [
      { value: 'a', label: 'Rehabilitation, reintegration' },
      { value: 'b', label: 'Youth' },
    ];
    expect(splitCheckboxAnswer('Rehabilitation, reintegration, Youth', choices)).toEqual(['a', 'b']);
    expect(splitCheckboxAnswer(['Youth', 'Rehabilitation, reintegration'], choices)).toEqual(['b', 'a']);
    expect(splitCheckboxAnswer('Youth, Something else', choices)).toEqual(['b', 'Something else']);
  });
});

describe('formula-like text', () => {
  it.each(['=HYPERLINK("http://x","y")', '+44 20 7946 0000', '-1+2', '@SUM(A1)', '\t=1', '\r=1'])(
    'is neutralised for the sheet: %j',
    (text) => {
      const out = parseEnquiry(
        responseFromNamedValues(namedValues(ENQUIRY_FORM, { ...ENQUIRY, message: text, position: text }), AT),
        LISTS,
      );
      if (out.kind !== 'parsed') throw new Error('expected parsed');
      const forSheet = neutralisedForSheet(out.value);
      expect(forSheet.message.charAt(0)).toBe("'");
      expect(forSheet.message.slice(1)).toBe(out.value.message);
      expect(forSheet.submittedAt).toEqual(AT);
      expect(forSheet.consent).toBe(true);
      expect(formulaLikeFields(out.value)).toEqual(expect.arrayContaining(['message', 'position']));
    },
  );

  it('leaves ordinary text alone', () => {
    expect(neutralisedForSheet({ a: 'Sfax', b: ['x', '01234'], n: 5 })).toEqual({
      a: 'Sfax',
      b: ['x', '01234'],
      n: 5,
    });
  });
});
