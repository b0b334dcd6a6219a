// Utilities.parseCsv: comma- (or other one-character-) separated text into rows of strings, as Apps Script returns it.
// Source: https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String)
import { GoogleError } from '../../runtime/serviceObject';

/**
 * Rows of cells from CSV text. Quoted fields may hold the delimiter, line breaks and doubled quotes ("" → ");
 * a line break (\n, \r\n or \r) outside quotes ends a row; a final line break does not start an empty row; a blank
 * line inside the text is a row of one empty cell (believed, from public reports: the reference page shows only
 * "a,b,c\nd,e,f" → [[a, b, c], [d, e, f]] and "a\tb\nc\td" with "\t"). An unterminated quote is refused with
 * "Could not parse text." (believed, public reports).
 */
export function parseCsvText(csv: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  while (i < csv.length) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"') {
        if (csv[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && csv[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  if (quoted) throw new GoogleError('Could not parse text.');
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** The delimiter argument is a Java char: one character. */
export function csvDelimiter(value: unknown): string {
  if (value === undefined) return ',';
  const d = String(value);
  if (d.length !== 1 || d === '"' || d === '\r' || d === '\n')
    throw new GoogleError('Invalid argument: delimiter');
  return d;
}
