// Unit tests for the form definitions: unique titles (they become response-sheet headers), choices and the country list.

import {
  APPLICATION_FORM,
  COUNTRIES,
  ENQUIRY_FORM,
  formDefinitionProblems,
  questionsOf,
  resolveChoices,
} from '../../sheets-templates/forms';
import {
  CONTACT_CATEGORIES,
  DEFAULT_LANGUAGES,
  DEFAULT_TOPICS,
  PRINCIPLES,
} from '../../sheets-templates/vocabularies';
import { countryCodeOf } from '../../src/core/intake/countryNames';

const LISTS = { topics: DEFAULT_TOPICS, languages: DEFAULT_LANGUAGES };

describe('form definitions', () => {
  it.each([ENQUIRY_FORM, APPLICATION_FORM])(
    '$key has unique keys and titles and consistent choices',
    (form) => {
      expect(formDefinitionProblems(form)).toEqual([]);
    },
  );

  it('the enquiry asks what the FAQ asks, with the country from a list', () => {
    const keys = questionsOf(ENQUIRY_FORM).map((q) => q.key);
    expect(keys).toEqual([
      'name',
      'email',
      'position',
      'city',
      'country',
      'language',
      'message',
      'consent',
      'newsletter',
    ]);
    const country = questionsOf(ENQUIRY_FORM).find((q) => q.key === 'country')!;
    expect(country.type).toBe('list');
    expect(country.choices).toEqual({ kind: 'countries' });
    const email = questionsOf(ENQUIRY_FORM).find((q) => q.key === 'email')!;
    expect(email.validations).toContainEqual({ kind: 'email' });
  });

  it('the application has 3 contact groups, the third optional, and one required question per principle', () => {
    const qs = questionsOf(APPLICATION_FORM);
    const contactQs = qs.filter((q) => q.group?.key === 'contact');
    expect(contactQs).toHaveLength(15);
    expect(contactQs.filter((q) => q.group!.index === 3).every((q) => !q.required)).toBe(true);
    expect(qs.find((q) => q.key === 'contact2Email')!.required).toBe(true);
    const category = qs.find((q) => q.key === 'contact1Category')!;
    expect(resolveChoices(category.choices!, LISTS).map((c) => c.value)).toEqual([...CONTACT_CATEGORIES]);
    const principles = qs.filter((q) => q.key.indexOf('principle') === 0);
    expect(principles).toHaveLength(PRINCIPLES.length);
    expect(principles.every((q) => q.required)).toBe(true);
    expect(qs.find((q) => q.key === 'applicationId')!.prefilled).toBe(true);
  });

  it('topic and language choices come from Settings at setup time', () => {
    const topics = questionsOf(APPLICATION_FORM).find((q) => q.key === 'priorityTopics')!;
    expect(resolveChoices(topics.choices!, { topics: ['a', 'b'], languages: [] })).toEqual([
      { value: 'a', label: 'a' },
      { value: 'b', label: 'b' },
    ]);
    const lang = questionsOf(ENQUIRY_FORM).find((q) => q.key === 'language')!;
    expect(resolveChoices(lang.choices!, LISTS).map((c) => c.label)).toEqual([
      'English',
      'Français (French)',
      'العربية (Arabic)',
      'Español (Spanish)',
    ]);
  });

  it('ships the world’s countries with unique ISO codes and names', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(249);
    expect(new Set(COUNTRIES.map((c) => c[0])).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c[1])).size).toBe(COUNTRIES.length);
    expect(countryCodeOf('Cote d’Ivoire')).toBe('CI');
    expect(countryCodeOf('ivory coast')).toBe('CI');
    expect(countryCodeOf('UK')).toBe('GB');
    expect(countryCodeOf('Atlantis')).toBeNull();
  });
});
