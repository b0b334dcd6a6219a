// Setup's part of the Settings tab: appends the keys a workbook lacks and keeps the built-in notes in its language.

import { languageOf, message } from '../../core/messages';
import { readSettings, type SettingsReadResult, settingsRows } from '../../core/schema/settings';
import type { TabStructure } from './tabStructure';

/**
 * Settings keys missing from the tab (new workbook, or keys added by a later version) are appended with defaults.
 * Notes are stored in the grid and read later by anyone, so they are in the workbook's language, as header notes
 * are: a built-in note left in the other language is rewritten; a note someone wrote is kept.
 */
export function completeSettings(structure: TabStructure, changes: string[]): SettingsReadResult {
  const values = structure.values ?? [];
  const keyIndex = structure.headers.indexOf('Key');
  const valueIndex = structure.headers.indexOf('Value');
  const notesIndex = structure.headers.indexOf('Notes');
  const pairs = values.slice(1).map((r) => [r[keyIndex], r[valueIndex]]);
  const read = readSettings(pairs);
  const lang = languageOf(read.settings.defaultLanguage);
  const builtIn = settingsRows(undefined, lang);
  const keyOf = (r: readonly unknown[]) =>
    String(r[keyIndex] ?? '')
      .trim()
      .toLowerCase();
  if (notesIndex >= 0) relanguageNotes(structure, builtIn, keyOf, notesIndex, changes);
  const present = new Set(values.slice(1).map(keyOf));
  const missing = builtIn.filter((r) => !present.has(r[0]!.toLowerCase()));
  if (missing.length === 0) return read;
  const width = Math.max(keyIndex, valueIndex, notesIndex) + 1;
  const rows = missing.map((r) => {
    const line = new Array<string>(width).fill('');
    line[keyIndex] = r[0]!;
    line[valueIndex] = r[1]!;
    if (notesIndex >= 0) line[notesIndex] = r[2]!;
    return line;
  });
  const first = Math.max(values.length, 1) + 1;
  structure.sheet.getRange(first, 1, rows.length, width).setValues(rows);
  changes.push(message('setup.settingsAdded', { n: missing.length }));
  return readSettings(pairs.concat(missing.map((r) => [r[0], r[1]])));
}

/**
 * Rewrites the built-in notes that are in the other language: one write per run of consecutive rows to change (one
 * in practice), so a cell someone wrote, or a formula, is never written back.
 */
function relanguageNotes(
  structure: TabStructure,
  builtIn: string[][],
  keyOf: (r: readonly unknown[]) => string,
  notesIndex: number,
  changes: string[],
): void {
  const rows = (structure.values ?? []).slice(1);
  const wanted = new Map(builtIn.map((r) => [r[0]!.toLowerCase(), r[2]!]));
  const anyBuiltIn = new Set(
    [...settingsRows(undefined, 'en'), ...settingsRows(undefined, 'fr')].map((r) => r[2]!),
  );
  const next = rows.map((r) => {
    const now = r[notesIndex];
    const want = wanted.get(keyOf(r));
    return typeof now === 'string' && want !== undefined && now !== want && anyBuiltIn.has(now) ? want : null;
  });
  let changed = 0;
  for (let i = 0; i < next.length; i++) {
    if (next[i] === null || (i > 0 && next[i - 1] !== null)) continue;
    let end = i;
    while (end + 1 < next.length && next[end + 1] !== null) end++;
    const run = next.slice(i, end + 1).map((n) => [n as string]);
    structure.sheet.getRange(i + 2, notesIndex + 1, run.length, 1).setValues(run);
    changed += run.length;
  }
  if (changed > 0) changes.push(message('setup.settingsNotesRelanguaged', { n: changed }));
}
