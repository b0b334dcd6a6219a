// Text safety and normalisation: formula neutralising, header injection, email and city-name keys.

import {
  hasLineBreak,
  headerProblem,
  isFormulaLike,
  isValidEmail,
  isValidPhone,
  neutraliseText,
  normaliseCityName,
  normaliseCountryName,
  normaliseEmail,
  restoreText,
} from '../../src/core/schema';

describe('neutraliseText (DESIGN §8 formula injection)', () => {
  it.each([['=HYPERLINK("http://x","y")'], ['+1+2'], ['-2+3'], ['@SUM(A1)'], ['\t=1+1'], ['\r=1+1']])(
    'makes %j inert and reads back exactly',
    (text) => {
      const safe = neutraliseText(text);
      expect(isFormulaLike(safe)).toBe(false);
      expect(safe).toBe("'" + text);
      expect(restoreText(safe)).toBe(text);
    },
  );

  it('keeps a phone number’s + (after the text marker) and reads it back unchanged', () => {
    expect(neutraliseText('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(restoreText(neutraliseText('+44 20 7946 0000'))).toBe('+44 20 7946 0000');
  });

  it('leaves ordinary text alone, including text that only looks like a number or a date', () => {
    for (const text of [
      'Nairobi',
      '01234',
      '1/2',
      'TRUE',
      ' =not first',
      "'quoted",
      'a=b',
      'Ελληνικά',
      'بيروت',
    ]) {
      expect(neutraliseText(text)).toBe(text);
      expect(restoreText(text)).toBe(text);
    }
  });

  it('round-trips every string', () => {
    for (const text of ['', "'", "'=", "''=x", '=', '-', '@', '\t', '\r\n', "'+44"]) {
      expect(restoreText(neutraliseText(text))).toBe(text);
    }
  });
});

describe('header injection', () => {
  it('finds CR, LF and Unicode line separators', () => {
    expect(hasLineBreak('Welcome\r\nBcc: x@y.org')).toBe(true);
    expect(hasLineBreak('a\u2028b')).toBe(true);
    expect(hasLineBreak('One line — fine')).toBe(false);
    expect(headerProblem('Subject', 'Hi\nBcc: evil@x.org')).toBe(
      'Subject: line breaks are not allowed here.',
    );
    expect(headerProblem('Subject', 'Hello')).toBeNull();
  });
});

describe('emails', () => {
  it('normalise by trimming and lower-casing', () => {
    expect(normaliseEmail('  Amina.Otieno@Nairobi.GO.KE ')).toBe('amina.otieno@nairobi.go.ke');
  });

  it.each([
    'bob@',
    '@x.org',
    'bob@x',
    'bob x@y.org',
    'a@b.c',
    'a..b@x.org',
    'a@x.org\nBcc: c@d.org',
    'a<b>@x.org',
  ])('reject %j', (email) => expect(isValidEmail(email)).toBe(false));

  it.each([
    'a@x.org',
    'amina.otieno@nairobi.go.ke',
    'o.brien+scn@city.gov.uk',
    'x@municipality-tripoli.gov.lb.example',
  ])('accept %j', (email) => expect(isValidEmail(email)).toBe(true));
});

describe('phones', () => {
  it('accept international formats and reject text', () => {
    expect(isValidPhone('+44 20 7946 0000')).toBe(true);
    expect(isValidPhone('+1 (202) 555-0143')).toBe(true);
    expect(isValidPhone('call me')).toBe(false);
    expect(isValidPhone('+12')).toBe(false);
  });
});

describe('city names for de-duplication', () => {
  it('fold case, accents, punctuation, whitespace and official prefixes', () => {
    expect(normaliseCityName('Ville de Montréal')).toBe('montreal');
    expect(normaliseCityName('  MONTREAL ')).toBe('montreal');
    expect(normaliseCityName('City of  Cape-Town')).toBe('cape town');
    expect(normaliseCityName('Niš')).toBe(normaliseCityName('NIS'));
    expect(normaliseCityName('Cox’s Bazar')).toBe(normaliseCityName("Cox's bazar"));
    expect(normaliseCityName('Municipality of Tetovo')).toBe('tetovo');
  });

  it('keep non-Latin names comparable (Arabic short vowels dropped)', () => {
    expect(normaliseCityName('عَمّان')).toBe(normaliseCityName('عمان'));
    expect(normaliseCityName('Нови  Сад')).toBe('нови сад');
  });

  it('do not strip a prefix that is the whole name', () => {
    expect(normaliseCityName('Grad')).toBe('grad');
  });

  it('compare countries the same way', () => {
    expect(normaliseCountryName('Côte d’Ivoire')).toBe(normaliseCountryName("cote d'ivoire"));
  });
});
