// Before the store writes a block: '@' set on the text-only cells whose text Sheets would otherwise convert.
//
// Text-only columns are written raw, relying on the plain-text format setup gives them (core/schema/text.ts).
// A paste or "Clear formatting" can remove that format from a cell, and the next save would then store "=1+1" as
// a live formula or "01234" as 1234. Reading formats on every save would cost a read; instead, when a block holds
// text Sheets might convert (sheetsWouldConvert), exactly those cells get '@' again in one call before the values
// are written. Blocks of ordinary text cost nothing extra.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangelista1notations
// https://developers.google.com/apps-script/reference/spreadsheet/range-list#setnumberformatformat

import { sheetsWouldConvert } from '../../core/schema/convertibleText';
import { columnLetter } from '../../core/workbook/headerMatch';

/** One block about to be written: its first sheet row and column (1-based) and its values. */
export interface PendingBlock {
  row: number;
  col: number;
  values: readonly (readonly unknown[])[];
}

/**
 * A1 ranges of the cells in text-only columns (0-based sheet column indexes) holding convertible text; cells
 * one under another in the same column share one range, so a bulk insert stays a short list.
 */
export function convertibleTextRanges(
  blocks: readonly PendingBlock[],
  textOnly: ReadonlySet<number>,
): string[] {
  const ranges: string[] = [];
  for (const b of blocks) {
    const width = b.values[0]?.length ?? 0;
    for (let j = 0; j < width; j++) {
      const col = b.col + j;
      if (!textOnly.has(col - 1)) continue;
      let start = -1;
      for (let r = 0; r <= b.values.length; r++) {
        const v = r < b.values.length ? b.values[r]![j] : undefined;
        const risky = typeof v === 'string' && sheetsWouldConvert(v);
        if (risky && start < 0) start = r;
        if (!risky && start >= 0) {
          const letter = columnLetter(col - 1);
          const first = b.row + start;
          const last = b.row + r - 1;
          ranges.push(first === last ? `${letter}${first}` : `${letter}${first}:${letter}${last}`);
          start = -1;
        }
      }
    }
  }
  return ranges;
}

/** Sets '@' on the convertible text cells of the blocks, in one call; no call when there are none. */
export function keepConvertibleTextAsText(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  blocks: readonly PendingBlock[],
  textOnly: ReadonlySet<number>,
): void {
  const ranges = convertibleTextRanges(blocks, textOnly);
  if (ranges.length > 0) sheet.getRangeList(ranges).setNumberFormat('@');
}
