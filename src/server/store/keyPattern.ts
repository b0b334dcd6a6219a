// The pattern a keyed lookup searches for: one TextFinder regular expression for a set of keys, and its in-memory twin.
//
// Sheets' TextFinder takes RE2 regular expressions (https://developers.google.com/apps-script/reference/spreadsheet/text-finder#useregularexpressionuseregex);
// the patterns below use only anchors, alternation, \s and a character class, which RE2 and JavaScript read alike.

/**
 * How a cell holds the key: the whole cell (an id, an email), one item of a comma-separated list, the cell's
 * start (a compound key such as a Sends message key "APP-000001:welcome:…"), or the whole cell whatever its case
 * (an email typed by hand: "Ana@City.org" is ana@city.org).
 */
export type KeyMode = 'whole' | 'listItem' | 'prefix' | 'caseless';

/** Whether the search ignores case (TextFinder.matchCase(false)). */
export const ignoresCase = (mode: KeyMode): boolean => mode === 'caseless';

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** The regular expression source matching a cell that holds any of `keys` (surrounding spaces allowed). */
export function keyPatternSource(keys: readonly string[], mode: KeyMode): string {
  const alternatives = keys.map((k) => escapeRegExp(k.trim())).join('|');
  if (mode === 'prefix') return `^\\s*(?:${alternatives})`;
  return mode === 'whole' || mode === 'caseless'
    ? `^\\s*(?:${alternatives})\\s*$`
    : `(?:^|,)\\s*(?:${alternatives})\\s*(?:,|$)`;
}

/** The same test in JavaScript, for rows already read (and to drop anything the search over-matched). */
export function keyTest(keys: readonly string[], mode: KeyMode): (cell: unknown) => boolean {
  const re = new RegExp(keyPatternSource(keys, mode), ignoresCase(mode) ? 'i' : '');
  return (cell) => re.test(cell instanceof Date ? '' : String(cell ?? ''));
}

/**
 * The regular expression source matching an id of `prefix` whose number is `n` or more, whatever its zero padding
 * ("CTY-000050" for n = 3): a number of more digits than n, or as many digits and greater at the first digit that
 * differs, or n itself. One search with it tells whether any row holds an id at or above a candidate (idIssue.ts).
 */
export function idAtLeastSource(prefix: string, n: number): string {
  const s = String(Math.max(1, Math.floor(n)));
  const k = s.length;
  const alternatives = [`[1-9]\\d{${k},}`];
  for (let i = 0; i < k; i++) {
    const d = Number(s[i]);
    if (d < 9) alternatives.push(`${s.slice(0, i)}[${d + 1}-9]${i < k - 1 ? `\\d{${k - i - 1}}` : ''}`);
  }
  alternatives.push(s);
  return `^\\s*${escapeRegExp(prefix)}-0*(?:${alternatives.join('|')})\\s*$`;
}
