// Reading an uploaded attendance or statistics CSV into its table: BOM, delimiter, title block, header row, data rows
// with their line numbers in the file. Parsing itself is the caller's (Utilities.parseCsv in the bundle).

import { csvRecords, type Delimiter, delimiterOf, sepLineOf, stripBom } from './csvShape';
import {
  type Field,
  fieldColumns,
  isHeaderRow,
  mentionsHeaderWords,
  type Platform,
  platformOf,
  titleWord,
} from './platforms';

/** Utilities.parseCsv(csv, delimiter), or the same in a test. */
export type CsvParser = (csv: string, delimiter: Delimiter) => string[][];

export interface FileRow {
  /** The line of the file where the row starts (1-based, title block and header counted). */
  line: number;
  cells: string[];
}

export interface FileTable {
  platform: Platform | null;
  delimiter: Delimiter;
  headerLine: number;
  /** The header row's cells as the file writes them (messages name columns this way). */
  header: string[];
  columns: Partial<Record<Field, number>>;
  /** What the title block says about the meeting (Zoom's meeting row, Teams' summary). */
  meeting: { id: string; title: string; start: string };
  rows: FileRow[];
  /** Lines after the table (another section of the report, e.g. Teams' in-meeting activities), not read. */
  after: { from: number; to: number } | null;
}

export type FileRefusal = { refused: 'empty' | 'noHeader' | 'unreadable' };

function meetingOf(above: readonly string[][]): FileTable['meeting'] {
  const meeting = { id: '', title: '', start: '' };
  above.forEach((cells, i) => {
    // Key/value pairs ("Meeting title", "Weekly sync"), as in Teams' summary.
    const key = titleWord(cells[0] ?? '');
    const value = (cells[1] ?? '').trim();
    if (key && value && cells.slice(2).every((c) => c.trim() === '') && !titleWord(value)) {
      if (!meeting[key]) meeting[key] = value;
      return;
    }
    // A row of title words above a row of values, as in Zoom's meeting block.
    const next = above[i + 1];
    if (!next || cells.filter((c) => titleWord(c)).length < 2) return;
    cells.forEach((c, j) => {
      const k = titleWord(c);
      const v = (next[j] ?? '').trim();
      if (k && v && !meeting[k]) meeting[k] = v;
    });
  });
  return meeting;
}

/**
 * The file's table: the delimiter is the one its first header-like line uses ("sep=" wins), the header is the first
 * row naming people or statistics columns, and the table runs to the first blank line after it.
 */
export function readFileTable(file: string, parse: CsvParser): FileTable | FileRefusal {
  const text = stripBom(file);
  const records = csvRecords(text);
  if (records.every((r) => r.blank)) return { refused: 'empty' };
  const sep = sepLineOf(records[0]);
  const body = sep ? text.slice(text.search(/\r\n|\n|\r/) + 1).replace(/^\n/, '') : text;
  const bodyRecords = sep ? records.slice(1) : records;
  const headerish = bodyRecords.find((r) => mentionsHeaderWords(r.text));
  const delimiter = sep ?? delimiterOf(headerish?.text ?? bodyRecords[0]?.text ?? '');
  let parsed: string[][];
  try {
    parsed = parse(body, delimiter);
  } catch {
    return { refused: 'unreadable' };
  }
  // Rows to lines: one row per record, or one per non-blank record if the parser skips blank lines.
  const nonBlank = bodyRecords.filter((r) => !r.blank);
  const lines =
    parsed.length === bodyRecords.length ? bodyRecords : parsed.length === nonBlank.length ? nonBlank : null;
  if (!lines) return { refused: 'unreadable' };
  const rows: FileRow[] = parsed.map((cells, i) => ({ line: lines[i]!.line, cells: cells.map(String) }));
  const h = rows.findIndex((r) => isHeaderRow(r.cells));
  if (h < 0) return { refused: 'noHeader' };
  const header = rows[h]!;
  const blank = (r: FileRow) => r.cells.every((c) => c.trim() === '');
  const tail = rows.slice(h + 1);
  const end = tail.findIndex(blank);
  const data = end < 0 ? tail : tail.slice(0, end);
  const rest = end < 0 ? [] : tail.slice(end).filter((r) => !blank(r));
  return {
    platform: platformOf(header.cells),
    delimiter,
    headerLine: header.line,
    header: header.cells,
    columns: fieldColumns(header.cells),
    meeting: meetingOf(rows.slice(0, h).map((r) => r.cells)),
    rows: data,
    after: rest.length > 0 ? { from: rest[0]!.line, to: rest[rest.length - 1]!.line } : null,
  };
}
