// Finding text-only columns whose data cells lost the plain-text format '@' (a paste of formats, "Clear formatting").
//
// The store writes text into text-only columns as typed, relying on the '@' format setup gives them
// (src/core/schema/text.ts). A cell that lost it would let Sheets read "+44…", "0123" or "=…" typed there as a
// number or formula, so Validate workbook reports such columns and Set up or repair puts the format back.

import type { TabDef } from '../../../sheets-templates/model';
import { message } from '../messages/catalogue';
import { columnLetter, type HeaderMatch } from './headerMatch';
import type { WorkbookProblem } from './validation';

/** The plain-text number format setup applies. */
export const PLAIN_TEXT_FORMAT = '@';

/** The sheet columns (0-based, inclusive) to read formats of: from the first to the last text-only column. */
export function textOnlyBounds(def: TabDef, match: HeaderMatch): { from: number; to: number } | undefined {
  const cols = def.columns
    .filter((c) => c.textOnly)
    .map((c) => match.index[c.key])
    .filter((i): i is number => i !== undefined);
  if (cols.length === 0) return undefined;
  return { from: Math.min(...cols), to: Math.max(...cols) };
}

/**
 * One problem per text-only column with data cells not formatted '@', located at its first such cell.
 * `formats` are the number formats of sheet rows 2.. over the columns `from`..; `dataRows` are the 1-based rows
 * holding data (empty rows are not checked: setup formats the whole column, the store formats rows it adds).
 */
export function lostPlainTextProblems(
  def: TabDef,
  match: HeaderMatch,
  from: number,
  formats: readonly (readonly string[])[],
  dataRows: readonly number[],
): WorkbookProblem[] {
  const out: WorkbookProblem[] = [];
  for (const c of def.columns) {
    const i = match.index[c.key];
    if (!c.textOnly || i === undefined || i < from) continue;
    const bad = dataRows.filter((row) => {
      const f = formats[row - 2]?.[i - from];
      return f !== undefined && f !== PLAIN_TEXT_FORMAT;
    });
    if (bad.length === 0) continue;
    out.push({
      tab: def.name,
      row: bad[0]!,
      col: i + 1,
      column: c.header,
      message: message('validate.lostPlainText', {
        column: c.header,
        letter: columnLetter(i),
        n: bad.length,
      }),
    });
  }
  return out;
}
