// The physical shape of an uploaded CSV before it is parsed: BOM, lines, records (a quoted field may span lines),
// Excel's "sep=" line, and the delimiter used on the header line (comma, semicolon or tab).

/** One record of the file: the text of its lines and the line (1-based, of the file) where it starts. */
export interface CsvRecord {
  line: number;
  text: string;
  blank: boolean;
}

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The text without a leading UTF-8 byte order mark (U+FEFF, which a browser's UTF-8 decoding keeps). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Records with their first line: a line break inside quotes (an odd count of quote characters so far) continues the
 * record. Doubled quotes count twice, so they leave the state unchanged, as RFC 4180 reads them.
 */
export function csvRecords(text: string): CsvRecord[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const out: CsvRecord[] = [];
  let open: CsvRecord | null = null;
  lines.forEach((line, i) => {
    const quotes = (line.match(/"/g) ?? []).length;
    if (open) {
      open.text += `\n${line}`;
      if (quotes % 2 === 1) open = null;
      return;
    }
    const record = { line: i + 1, text: line, blank: line.trim() === '' };
    out.push(record);
    if (quotes % 2 === 1) open = record;
  });
  return out;
}

/** How often `delimiter` separates fields of a record (occurrences outside quotes). */
export function delimiterCount(record: string, delimiter: string): number {
  let quoted = false;
  let n = 0;
  for (const c of record) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) n++;
  }
  return n;
}

/** Excel writes "sep=;" as a first line to name the delimiter; it is not part of the table. */
export function sepLineOf(record: CsvRecord | undefined): Delimiter | null {
  const m = /^\s*sep=(.)\s*$/i.exec(record?.text ?? '');
  const d = m?.[1];
  return d === ',' || d === ';' || d === '\t' ? d : null;
}

/** The delimiter of a header line: the candidate that splits it most (comma on a tie). */
export function delimiterOf(headerLine: string): Delimiter {
  let best: Delimiter = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = delimiterCount(headerLine, d);
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}
