// Pure rules of the mail merge (issue 12 items 1–3): variant choice, the check before sending, audiences, built-in fallbacks.

import { EMAIL_TEMPLATES } from '../../sheets-templates/emails';
import { type AudienceContact, buildAudience, combineFilters } from '../../src/core/mail/audience';
import { resolveBuiltIn } from '../../src/core/mail/builtInTemplates';
import { checkMailing } from '../../src/core/mail/mailingCheck';
import { parseMailingDraft } from '../../src/core/mail/mailingDraft';
import { firstName, MAILING_FIELD_NAMES } from '../../src/core/mail/mergeFields';
import { renderVariant } from '../../src/core/mail/renderEmail';
import { familyFromRows, type TemplateRow } from '../../src/core/mail/templateRows';
import { chooseVariant } from '../../src/core/mail/variantChoice';

const row = (over: Partial<TemplateRow>): TemplateRow => ({
  id: 'TPL-000001',
  name: 'News',
  key: '',
  purpose: 'newsletter',
  language: 'en',
  subject: 'News for {{City}}',
  body: 'Dear {{Name}}',
  htmlBody: '',
  active: true,
  ...over,
});

describe('variant choice', () => {
  it('follows preferred → city languages (in order) → English, and says why', () => {
    expect(chooseVariant('fr', ['ar'], ['en', 'fr', 'ar'])).toEqual({ language: 'fr', reason: 'preferred' });
    expect(chooseVariant('es', ['de', 'ar', 'fr'], ['en', 'fr', 'ar'])).toEqual({
      language: 'ar',
      reason: 'city',
    });
    expect(chooseVariant('FR-ca', [], ['en', 'fr'])).toEqual({ language: 'fr', reason: 'preferred' });
    expect(chooseVariant('es', ['es'], ['en', 'fr'])).toEqual({ language: 'en', reason: 'fallback' });
    expect(chooseVariant('es', ['es'], ['fr'])).toBeNull();
  });
});

describe('the check before sending', () => {
  const recipient = (id: string, fields: Record<string, string>, lang = 'en') => ({
    contactId: id,
    email: `${id}@x.org`,
    name: fields.Name ?? '',
    preferredLanguage: lang,
    cityLanguages: [],
    fields,
  });

  it('names unknown tokens with their variant, lists required-empty recipients, refuses a header break', () => {
    const family = familyFromRows(
      [row({}), row({ id: 'TPL-000002', language: 'fr', body: 'Bonjour {{Prenom}}' })],
      'News',
    )!;
    const r = checkMailing(
      family,
      [
        recipient('a', { Name: 'Ana', City: 'Lima' }),
        recipient('b', { Name: '', City: 'Lima' }),
        recipient('c', { Name: 'Zoe', City: 'Lima\nBcc: evil@x.org' }),
        recipient('d', { Name: 'Jo', City: 'Paris' }, 'fr'),
      ],
      MAILING_FIELD_NAMES,
    );
    expect(r.ok).toBe(false);
    expect(r.variantProblems.map((p) => [p.language, p.unknownTokens])).toEqual([['fr', ['Prenom']]]);
    expect(r.blocked.map((b) => [b.contactId, b.kind, b.tokens])).toEqual([
      ['b', 'required empty', ['Name']],
      ['c', 'header', []],
    ]);
    expect(r.perLanguage).toEqual({ en: 3, fr: 1 });
  });

  it('escapes field values in an authored HTML body and keeps newlines as <br>', () => {
    const e = renderVariant('News', { subject: 'Hi', body: 'x', html: '<p>{{Name}}</p>' }, 'en', {
      Name: '<img src=x onerror=1>\nline 2',
    });
    expect(e.htmlBody).toContain('<p>&lt;img src=x onerror=1&gt;<br>\nline 2</p>');
  });
});

describe('audiences', () => {
  const contact = (id: string, email: string, over: Partial<AudienceContact> = {}): AudienceContact => ({
    id,
    orgId: 'CTY-1',
    name: id,
    email,
    category: 'practitioner',
    language: 'en',
    activeFrom: null,
    activeTo: null,
    optedOut: false,
    ...over,
  });
  const city = {
    id: 'CTY-1',
    name: 'Lima',
    country: 'Peru',
    hubId: '',
    status: 'member',
    languages: [],
    topics: [],
  };

  it('counts each exclusion once, under its first reason; a partner contact has no city to match', () => {
    const a = buildAudience(
      {},
      [
        contact('a', 'a@x.org'),
        contact('b', 'A@X.org '),
        contact('c', 'c@x.org', { optedOut: true, activeTo: new Date(2020, 0, 1) }),
        contact('d', 'd@x.org', { activeFrom: new Date(2099, 0, 1) }),
        contact('e', 'not an address'),
        contact('f', 'f@x.org', { orgId: 'PTN-1' }),
      ],
      { 'CTY-1': city },
      {},
      new Date(2026, 2, 1),
    );
    expect(a.recipients.map((c) => c.id)).toEqual(['a', 'f']);
    expect(a.counts).toEqual({
      'no email': 1,
      inactive: 2,
      'opted out': 0,
      suppressed: 0,
      'no consent': 0,
      duplicate: 1,
    });
    const members = buildAudience(
      { statuses: ['member'] },
      [contact('f', 'f@x.org', { orgId: 'PTN-1' })],
      {},
      {},
      new Date(),
    );
    expect(members.matched).toBe(0);
  });

  it('combines a saved audience with the filters set now, and refuses a malformed draft naming the field', () => {
    expect(
      combineFilters({ countries: ['Peru'], languages: ['fr'] }, { languages: ['es'], savedList: 'MLG-1' }),
    ).toEqual({
      countries: ['Peru'],
      languages: ['es'],
    });
    expect(parseMailingDraft({ name: 'x', templateName: 3 })).toEqual({ ok: false, field: 'templateName' });
    expect(parseMailingDraft({ name: 'x', templateName: 'y', audience: { hubIds: [' ', 'HUB-1'] } })).toEqual(
      {
        ok: true,
        draft: { name: 'x', templateName: 'y', audience: { hubIds: ['HUB-1'] }, attachments: [] },
      },
    );
  });

  it('first names skip courtesy titles', () => {
    expect(firstName('Dr. Amina Haddad')).toBe('Amina');
    expect(firstName('Mme Claire Dubois')).toBe('Claire');
  });
});

describe('built-in emails from the Templates tab', () => {
  const def = EMAIL_TEMPLATES.enquiryAcknowledgement;
  const keyed = (over: Partial<TemplateRow>) =>
    row({ key: def.key, name: def.name, subject: 'S {{Name}}', body: 'B {{City}}', ...over });

  it('uses a valid row, and the built-in text with the reason for a missing, unticked or invalid one', () => {
    const r = resolveBuiltIn(def, [
      keyed({ language: 'en' }),
      keyed({ id: 'TPL-000002', language: 'fr', active: false }),
      keyed({ id: 'TPL-000003', language: 'ar', body: 'B {{Unknown}}' }),
    ]);
    expect(r.template.variants.en!.subject).toBe('S {{Name}}');
    expect(r.fallbacks['en']).toBeUndefined();
    expect(r.template.variants.fr).toBe(def.variants.fr);
    expect(r.fallbacks['fr']).toMatch(/not ticked Active/);
    expect(r.fallbacks['ar']).toMatch(/unknown token \{\{Unknown\}\}/);
    expect(r.fallbacks['es']).toMatch(/no row in the Templates tab/);
  });
});
