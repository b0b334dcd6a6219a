// Makes a form submission's fields recordable: content the tab's schema refuses is neutralised or left out, never fatal.
//
// Rule (README "Intake: nothing lost for bad content"): a response is always recorded. Per field, in order:
// 1. a one-line field holding line breaks gets each break (with the white space around it) replaced by one space;
// 2. text longer than the column allows is cut to the column's limit;
// 3. a value the column still refuses (an invalid email address sent through the Forms API…) is left out of its
//    column.
// Each change is one "[error] …" line for Issues found, naming the column and quoting the answer, so a person
// sees it in the review sidebar and the digest; the answer as sent stays whole in the form's response tab.

import type { ColumnDef, TabDef } from '../../../sheets-templates/model';
import { message } from '../messages/catalogue';
import type { Language } from '../messages/language';
import { quote } from '../schema/cells';
import { checkField } from '../schema/recordSchema';
import { hasLineBreak } from '../schema/text';

export interface RecordableFields {
  /** The fields to save: every value the column accepts; refused ones are absent. */
  readonly fields: Record<string, unknown>;
  /** One "[error] …" line per field that was changed or left out. */
  readonly issues: readonly string[];
}

const BREAK_RUN = /[^\S\r\n\u0085\u2028\u2029]*[\r\n\u0085\u2028\u2029]+\s*/g;

/** One-line text: every run of line breaks (and the spaces around it) becomes one space. */
export function oneLine(text: string): string {
  return text.replace(BREAK_RUN, ' ');
}

const oneLineType = (c: ColumnDef) => c.type !== 'longText' && c.type !== 'json';

function cut(text: string, max: number): string {
  // Never split a surrogate pair: the cell would hold half a character.
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/**
 * Checks each given field against `tab`'s columns (formats only, as the store does) and returns what can be saved,
 * with the problems as Issues found lines (in `lang`, the workbook's language). Keys that are not columns of the
 * tab are passed through unchanged.
 */
export function recordableFields(
  tab: TabDef,
  input: Record<string, unknown>,
  lang: Language = 'en',
): RecordableFields {
  const fields: Record<string, unknown> = {};
  const issues: string[] = [];
  for (const key of Object.keys(input)) {
    const column = tab.columns.find((c) => c.key === key);
    let value = input[key];
    if (!column || value === undefined || checkField(tab, column, value, { lang }).ok) {
      fields[key] = value;
      continue;
    }
    const notes: string[] = [];
    if (typeof value === 'string') {
      if (oneLineType(column) && hasLineBreak(value)) {
        value = oneLine(value).trim();
        notes.push(message('intake.lineBreaksReplaced', {}, lang));
      }
      const max = column.maxLength;
      if (max !== undefined && (value as string).length > max) {
        const length = (value as string).length;
        value = cut(value as string, max);
        notes.push(message('intake.cut', { length, max }, lang));
      }
    }
    const again = checkField(tab, column, value, { lang });
    if (again.ok) {
      fields[key] = value;
      issues.push(
        `[error] ${message('intake.changed', { column: column.header, notes: notes.join('; ') }, lang)}`,
      );
    } else {
      const params = {
        column: column.header,
        value: quote(oneLine(String(input[key]))),
        problem: again.problem.replace(/\.$/, ''),
      };
      issues.push(`[error] ${message('intake.notRecorded', params, lang)}`);
    }
  }
  return { fields, issues };
}

/** Issues found holds at most this many characters (the column's limit): a longer list ends with a note. */
const ISSUES_MAX = 5000;

/** The Issues found cell for these lines: blank lines dropped, kept within the column's limit; null when none. */
export function issuesFoundText(
  lines: readonly (string | null | undefined)[],
  lang: Language = 'en',
): string | null {
  const text = lines.filter((l): l is string => !!l && l.trim() !== '').join('\n');
  if (text === '') return null;
  const more = `\n[error] ${message('intake.moreProblems', {}, lang)}`;
  return text.length <= ISSUES_MAX ? text : cut(text, ISSUES_MAX - more.length) + more;
}
