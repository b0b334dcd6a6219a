// Unit tests for email rendering: tokens and fallbacks, missing fields, HTML escaping, languages, Arabic RTL, header injection.

import { EMAIL_TEMPLATES } from '../../sheets-templates/emails';
import { assertMailbox, HeaderInjectionError } from '../../src/core/mail/headerSafety';
import { optOutFooter } from '../../src/core/mail/optOut';
import { normaliseLanguage, renderEmail } from '../../src/core/mail/renderEmail';
import { familyFromRows, type TemplateRow } from '../../src/core/mail/templateRows';
import {
  fillTemplate,
  MissingFieldsError,
  TemplateSyntaxError,
  templateFields,
} from '../../src/core/mail/tokens';

const WELCOME_FIELDS = {
  Name: 'Amina Benali',
  City: 'Sfax',
  TermsOfReferenceLink: 'https://example.org/tor.pdf',
  OnlineHubLink: 'https://hub.example.org/?a=1&b=2',
};

describe('tokens', () => {
  it('fills {{Field}} and {{ Field }} and uses {{Field|fallback}} only when empty', () => {
    expect(fillTemplate('Dear {{Name}}, from {{ City }}', { Name: 'Ana', City: 'Lima' })).toBe(
      'Dear Ana, from Lima',
    );
    expect(fillTemplate('Hi {{Name|colleague}}', {})).toBe('Hi colleague');
    expect(fillTemplate('Hi {{Name|colleague}}', { Name: '  ' })).toBe('Hi colleague');
    expect(fillTemplate('Hi {{Name|colleague}}', { Name: 'Ana' })).toBe('Hi Ana');
    expect(fillTemplate('n={{Count}}', { Count: 0 })).toBe('n=0');
    expect(fillTemplate('[{{Note|}}]', {})).toBe('[]');
  });

  it('refuses to leave a field blank, listing every missing one', () => {
    try {
      fillTemplate('{{Name}} {{City}} {{Name}} {{Country|x}}', { City: '' }, 'Test');
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(MissingFieldsError);
      expect((e as MissingFieldsError).fields).toEqual(['Name', 'City']);
      expect((e as Error).message).toBe(
        'Test: no value for {{Name}}, {{City}}. Give a value or a fallback ({{Field|fallback}}).',
      );
    }
  });

  it('reports malformed tokens', () => {
    expect(() => fillTemplate('Hello {{Name', {})).toThrow(TemplateSyntaxError);
    expect(() => fillTemplate('Hello {{ }}', {})).toThrow(/not a field name/);
    expect(templateFields('{{A}} {{B|x}} {{A}}')).toEqual(['A', 'B']);
  });
});

describe('renderEmail', () => {
  it('renders subject, text and HTML in the preferred language', () => {
    const e = renderEmail('welcome', 'fr', WELCOME_FIELDS);
    expect(e.language).toBe('fr');
    expect(e.direction).toBe('ltr');
    expect(e.subject).toBe('Bienvenue au Strong Cities Network, Sfax');
    expect(e.textBody).toContain('Bonjour Amina Benali,');
    expect(e.textBody).toContain('https://hub.example.org/?a=1&b=2');
    expect(e.htmlBody).toContain('<html lang="fr" dir="ltr">');
    expect(e.htmlBody).toContain('<a href="https://hub.example.org/?a=1&amp;b=2">');
  });

  it('falls back to English for a language without a variant and normalises codes', () => {
    expect(renderEmail('welcome', 'de', WELCOME_FIELDS).language).toBe('en');
    expect(renderEmail('welcome', 'ES-mx', WELCOME_FIELDS).language).toBe('es');
    expect(renderEmail('welcome', '', WELCOME_FIELDS).language).toBe('en');
    expect(normaliseLanguage('fr_FR')).toBe('fr');
  });

  it('wraps Arabic right to left: dir and lang on the HTML root, RLM on plain-text lines', () => {
    const e = renderEmail('welcome', 'ar', WELCOME_FIELDS);
    expect(e.language).toBe('ar');
    expect(e.direction).toBe('rtl');
    expect(e.htmlBody).toMatch(/<html lang="ar" dir="rtl">/);
    const lines = e.textBody.split('\n').filter((l) => l.trim() !== '');
    expect(lines.every((l) => l.charAt(0) === '\u200F')).toBe(true);
    expect(e.htmlBody).not.toContain('\u200F');
    expect(e.subject.charAt(0)).not.toBe('\u200F');
  });

  it('HTML-escapes field values such as <script>, keeping them as text in the plain body', () => {
    const e = renderEmail('decline', 'en', {
      Name: '<script>alert("x")</script>',
      City: 'Tom & Jerry "Town"',
      Reason: "It's <b>not</b> a local authority.",
    });
    expect(e.htmlBody).not.toContain('<script>');
    expect(e.htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(e.htmlBody).toContain('Tom &amp; Jerry &quot;Town&quot;');
    expect(e.htmlBody).toContain('It&#39;s &lt;b&gt;not&lt;/b&gt;');
    expect(e.textBody).toContain('Dear <script>alert("x")</script>,');
  });

  it('keeps paragraphs and line breaks of multi-line values (the digest lists)', () => {
    const e = renderEmail('dailyDigest', 'en', {
      Date: '19 March 2025',
      DueTodayCount: 2,
      DueTodayList: 'APP-000001 Sfax\nAPP-000002 Irbid',
      OverdueCount: 0,
      OverdueList: '',
    });
    expect(e.subject).toBe('Strong Cities CRM – 19 March 2025: 2 due today, 0 overdue');
    expect(e.textBody).toContain('Good morning colleague,');
    expect(e.textBody).toContain('Nothing overdue – well done.');
    expect(e.htmlBody).toContain('APP-000001 Sfax<br>\nAPP-000002 Irbid');
  });

  it('names every missing field of subject and body together', () => {
    expect(() => renderEmail('applicationInvitation', 'es', { Name: 'Ana' })).toThrow(
      'Email "Application form invitation" (es): no value for {{ApplicationId}}, {{City}}, {{ApplicationFormLink}}.',
    );
  });

  it('refuses a subject that would carry a line break (header injection)', () => {
    expect(() =>
      renderEmail('welcome', 'en', { ...WELCOME_FIELDS, City: 'Sfax\r\nBcc: victim@example.org' }),
    ).toThrow(HeaderInjectionError);
    expect(() => renderEmail('welcome', 'en', { ...WELCOME_FIELDS, City: 'Sfax\u2028x' })).toThrow(
      /line breaks/,
    );
  });

  it('appends the opt-out footer in the language used', () => {
    const footer = optOutFooter('https://example.org/optout?c=CON-000001');
    expect(renderEmail('welcome', 'es', WELCOME_FIELDS, { footer }).textBody).toMatch(
      /Para dejar de recibir nuestros envíos: https:\/\/example\.org\/optout\?c=CON-000001$/,
    );
    const ar = renderEmail('welcome', 'ar', WELCOME_FIELDS, { footer });
    expect(ar.htmlBody).toContain('<a href="https://example.org/optout?c=CON-000001">');
    expect(() => optOutFooter('https://x\nBcc: y')).toThrow(HeaderInjectionError);
  });

  it('throws for an unknown template and finds one by its name', () => {
    expect(() => renderEmail('nope', 'en', {})).toThrow(/no email template "nope"/);
    expect(renderEmail('Welcome to the network', 'en', WELCOME_FIELDS).subject).toBe(
      'Welcome to the Strong Cities Network, Sfax',
    );
  });
});

describe('built-in templates', () => {
  it('exist in en, fr, ar and es, with the same tokens in every language', () => {
    for (const t of Object.values(EMAIL_TEMPLATES)) {
      const en = templateFields(t.variants.en.subject + t.variants.en.body).sort();
      for (const lang of ['fr', 'ar', 'es']) {
        const v = t.variants[lang];
        expect(v).toBeDefined();
        expect(templateFields(v!.subject + v!.body).sort()).toEqual(en);
      }
      expect([...en].sort()).toEqual([...t.fields].sort());
    }
  });

  it('the invitation carries the pre-filled link and the welcome the Settings links', () => {
    const inv = renderEmail('applicationInvitation', 'en', {
      Name: 'Ana',
      City: 'Lima',
      ApplicationId: 'APP-000042',
      ApplicationFormLink: 'https://docs.google.com/forms/d/e/x/viewform?entry.1=APP-000042',
    });
    expect(inv.textBody).toContain('viewform?entry.1=APP-000042');
    expect(renderEmail('welcome', 'en', WELCOME_FIELDS).textBody).toContain('https://example.org/tor.pdf');
  });
});

describe('mailboxes and Templates tab rows', () => {
  it('refuses line breaks in names and addresses and invalid addresses', () => {
    expect(() => assertMailbox('Recipient', 'a@example.org', 'Ana')).not.toThrow();
    expect(() => assertMailbox('Recipient', 'a@example.org', 'Ana\nBcc: x@y.z')).toThrow(
      HeaderInjectionError,
    );
    expect(() => assertMailbox('Recipient', 'a@example.org\r\nBcc: x@y.z')).toThrow(HeaderInjectionError);
    expect(() => assertMailbox('Recipient', 'a@example.org, b@example.org')).toThrow(/not one valid email/);
  });

  it('reads a template from its rows, leaving out broken variants and inactive rows', () => {
    const row = (over: Partial<TemplateRow>): TemplateRow => ({
      id: 'TPL-1',
      name: 'News',
      key: '',
      purpose: 'newsletter',
      language: 'en',
      subject: 'x',
      body: 'y',
      htmlBody: '',
      active: true,
      ...over,
    });
    const rows = [
      row({ id: 'TPL-1', subject: 'News for {{City}}', body: 'Hi {{Name}}' }),
      row({ id: 'TPL-2', language: 'fr', subject: 'Nouvelles', body: 'Bonjour {{Name' }),
      row({ id: 'TPL-3', name: 'Off', active: false }),
    ];
    const family = familyFromRows(rows, 'news')!;
    expect(Object.keys(family.variants)).toEqual(['en']);
    expect(family.problems).toHaveLength(1);
    expect(family.problems[0]!.message).toMatch(/Template "News" \(fr\): body: A "\{\{" at character 9/);
    expect(familyFromRows(rows, 'Off')).toBeNull();
    const e = renderEmail(
      'News',
      'fr',
      { City: 'Lima', Name: 'Ana' },
      {
        catalog: {
          News: {
            ...family,
            key: 'News',
            description: '',
            fields: [],
            variants: { en: family.variants['en']! },
          },
        },
      },
    );
    expect(e.language).toBe('en');
    expect(e.subject).toBe('News for Lima');
  });
});
