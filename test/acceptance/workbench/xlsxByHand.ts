// Reads an .xlsx by hand (zip entries + regular expressions over the XML parts), sharing no code with exceljs, which
// writes it: the independent reader of issue 7's "Done when". Parts and attributes per ECMA-376 Part 1 (SpreadsheetML).
import { zipEntries } from './zipEntries';

export interface SheetByHand {
  /** Cell values by A1 address: strings, numbers (dates stay Excel serials), booleans. */
  cells: Map<string, string | number | boolean>;
  /** `<dataValidation type="list">` rules: the ranges (sqref) and the list (formula1, quotes removed). */
  lists: { sqref: string; formula: string }[];
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()] ?? '';
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** The text of every <t> inside `xml` (a shared string may be split in rich-text runs). */
function textOf(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)]
    .map((m) => unescapeXml(m[1] ?? ''))
    .join('');
}

/** An Excel date serial (days since 1899-12-30, wall-clock time) as "yyyy-mm-dd" text. */
export function serialToDay(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

export class XlsxByHand {
  private readonly parts: Map<string, string>;
  private readonly shared: string[];
  /** Sheet name → part path (xl/worksheets/sheetN.xml), in tab order. */
  readonly sheets = new Map<string, string>();

  constructor(file: Buffer) {
    this.parts = zipEntries(file);
    const sst = this.parts.get('xl/sharedStrings.xml') ?? '';
    this.shared = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
    const rels = new Map(
      [...(this.parts.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)].map(
        (m) => [attr(m[0], 'Id'), attr(m[0], 'Target')],
      ),
    );
    for (const m of (this.parts.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)) {
      const target = rels.get(attr(m[0], 'r:id'));
      if (!target) continue;
      this.sheets.set(attr(m[0], 'name')!, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }

  sheet(name: string): SheetByHand {
    const part = this.sheets.get(name);
    const xml = part && this.parts.get(part);
    if (!xml) throw new Error(`No sheet ${name} in the file (sheets: ${[...this.sheets.keys()].join(', ')})`);
    const cells = new Map<string, string | number | boolean>();
    for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(m[1], 'r')!;
      const type = attr(m[1], 't');
      const inner = m[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      if (type === 's' && v !== undefined) cells.set(ref, this.shared[Number(v)]!);
      else if (type === 'inlineStr') cells.set(ref, textOf(inner));
      else if (type === 'str' && v !== undefined) cells.set(ref, unescapeXml(v));
      else if (type === 'b' && v !== undefined) cells.set(ref, v === '1');
      else if (v !== undefined) cells.set(ref, Number(v));
    }
    const lists = [...xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)]
      .filter((m) => attr(m[1], 'type') === 'list')
      .map((m) => ({
        sqref: attr(m[1], 'sqref') ?? '',
        formula: unescapeXml(/<formula1>([\s\S]*?)<\/formula1>/.exec(m[2])?.[1] ?? '').replace(/^"|"$/g, ''),
      }));
    return { cells, lists };
  }
}

/** "A1"-style address of a 1-based row and column. */
export function a1(row: number, col: number): string {
  let letters = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}
