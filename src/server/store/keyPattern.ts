// The pattern a keyed lookup searches for: one TextFinder regular expression for a set of keys, and its in-memory twin.
//
// Sheets' TextFinder takes RE2 regular expressions (https://developers.google.com/apps-script/reference/spreadsheet/text-finder#useregularexpressionuseregex);
// the patterns below use only anchors, alternation, \s and a character class, which RE2 and JavaScript read alike.

/**
 * How a cell holds the key: the whole cell (an id, an email), one item of a comma-separated list, or the cell's
 * start (a compound key such as a Sends message key "APP-000001:welcome:…").
 */
export type KeyMode = 'whole' | 'listItem' | 'prefix';

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** The regular expression source matching a cell that holds any of `keys` (surrounding spaces allowed). */
export function keyPatternSource(keys: readonly string[], mode: KeyMode): string {
  const alternatives = keys.map((k) => escapeRegExp(k.trim())).join('|');
  if (mode === 'prefix') return `^\\s*(?:${alternatives})`;
  return mode === 'whole' ? `^\\s*(?:${alternatives})\\s*$` : `(?:^|,)\\s*(?:${alternatives})\\s*(?:,|$)`;
}

/** The same test in JavaScript, for rows already read (and to drop anything the search over-matched). */
export function keyTest(keys: readonly string[], mode: KeyMode): (cell: unknown) => boolean {
  const re = new RegExp(keyPatternSource(keys, mode));
  return (cell) => re.test(cell instanceof Date ? '' : String(cell ?? ''));
}
