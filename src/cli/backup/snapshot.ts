// Reading a workbook through the Sheets API into the backup's form: per tab its grid properties, protections, and
// every cell's entered value (typed: number, text, boolean or formula — so text that looks like a formula or a
// number stays text), note, number format and data validation, read in blocks of rows with one
// spreadsheets.get (includeGridData, a fields mask) per block.
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get
// https://developers.google.com/sheets/api/guides/field-masks
import { columnLetters, quoteSheetName } from '../../emulator/services/spreadsheet/a1';
import type { Session } from '../session';
import type {
  CellData,
  DataValidationRule,
  ExtendedValue,
  NumberFormat,
  ProtectedRange,
} from '../sheets/cellCodec';

export interface TabMeta {
  sheetId: number;
  title: string;
  index: number;
  rowCount: number;
  columnCount: number;
  frozenRowCount?: number;
}

/** One cell: v the entered value, n the note, f and r indexes into the tab's formats and rules. */
export interface CompactCell {
  v?: ExtendedValue;
  n?: string;
  f?: number;
  r?: number;
}

export interface TabData {
  meta: TabMeta;
  protectedRanges: ProtectedRange[];
  formats: NumberFormat[];
  rules: DataValidationRule[];
  /** Row by row from row 1; null for an empty cell; trailing empty rows left out. */
  rows: (CompactCell | null)[][];
}

export interface WorkbookMeta {
  spreadsheetId: string;
  title: string;
  timeZone: string;
  locale: string;
  tabs: TabMeta[];
  protectedRanges: Record<string, ProtectedRange[]>;
}

export const CELL_FIELDS = 'userEnteredValue,note,userEnteredFormat.numberFormat,dataValidation';

export async function readMeta(session: Session, spreadsheetId: string): Promise<WorkbookMeta> {
  const data = await session.caller.call('read the spreadsheet', 'read', () =>
    session.clients.sheets.spreadsheets.get({
      spreadsheetId,
      fields: 'spreadsheetId,properties(title,timeZone,locale),sheets(properties,protectedRanges)',
    }),
  );
  const tabs: TabMeta[] = [];
  const protectedRanges: Record<string, ProtectedRange[]> = {};
  for (const s of data.sheets ?? []) {
    const p = s.properties!;
    tabs.push({
      sheetId: p.sheetId!,
      title: p.title!,
      index: p.index!,
      rowCount: p.gridProperties?.rowCount ?? 0,
      columnCount: p.gridProperties?.columnCount ?? 0,
      ...(p.gridProperties?.frozenRowCount ? { frozenRowCount: p.gridProperties.frozenRowCount } : {}),
    });
    protectedRanges[p.title!] = (s.protectedRanges ?? []) as ProtectedRange[];
  }
  return {
    spreadsheetId,
    title: data.properties?.title ?? '',
    timeZone: data.properties?.timeZone ?? 'Etc/UTC',
    locale: data.properties?.locale ?? 'en_US',
    tabs,
    protectedRanges,
  };
}

export interface Chunk {
  tab: string;
  /** 1-based first row and row count. */
  row: number;
  rows: number;
}

/** Blocks of whole rows of at most `cells` cells each, tab by tab. */
export function planChunks(tab: TabMeta, cells: number): Chunk[] {
  const per = Math.max(1, Math.floor(cells / Math.max(1, tab.columnCount)));
  const out: Chunk[] = [];
  for (let r = 1; r <= tab.rowCount; r += per)
    out.push({ tab: tab.title, row: r, rows: Math.min(per, tab.rowCount - r + 1) });
  return out;
}

/** A chunk's cells with its own dictionaries of formats and rules (merged into the tab's when assembled). */
export interface ChunkData {
  row: number;
  formats: NumberFormat[];
  rules: DataValidationRule[];
  rows: (CompactCell | null)[][];
}

export function compact(cells: CellData[][], row: number): ChunkData {
  const formats: NumberFormat[] = [];
  const rules: DataValidationRule[] = [];
  const fIndex = new Map<string, number>();
  const rIndex = new Map<string, number>();
  const indexOf = <T>(list: T[], index: Map<string, number>, x: T) => {
    const key = JSON.stringify(x);
    let i = index.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(x);
      index.set(key, i);
    }
    return i;
  };
  const rows = cells.map((line) =>
    line.map((c): CompactCell | null => {
      const out: CompactCell = {};
      if (c.userEnteredValue && Object.keys(c.userEnteredValue).length > 0) out.v = c.userEnteredValue;
      if (c.note) out.n = c.note;
      const nf = c.userEnteredFormat?.numberFormat;
      if (nf) out.f = indexOf(formats, fIndex, nf);
      if (c.dataValidation) out.r = indexOf(rules, rIndex, c.dataValidation);
      return Object.keys(out).length === 0 ? null : out;
    }),
  );
  return { row, formats, rules, rows };
}

export async function readChunk(
  session: Session,
  spreadsheetId: string,
  tab: TabMeta,
  chunk: Chunk,
): Promise<ChunkData> {
  const range = `${quoteSheetName(tab.title)}!A${chunk.row}:${columnLetters(Math.max(1, tab.columnCount))}${chunk.row + chunk.rows - 1}`;
  const data = await session.caller.call(
    `read ${tab.title} rows ${chunk.row}–${chunk.row + chunk.rows - 1}`,
    'read',
    () =>
      session.clients.sheets.spreadsheets.get({
        spreadsheetId,
        ranges: [range],
        includeGridData: true,
        fields: `sheets(data(startRow,rowData(values(${CELL_FIELDS}))))`,
      }),
  );
  const grid = data.sheets?.[0]?.data?.[0];
  const offset = (grid?.startRow ?? chunk.row - 1) - (chunk.row - 1);
  const cells: CellData[][] = [];
  for (let i = 0; i < offset; i++) cells.push([]);
  for (const rd of grid?.rowData ?? []) cells.push((rd.values ?? []) as CellData[]);
  return compact(cells, chunk.row);
}

/** Joins a tab's chunks (in row order) into one TabData with one dictionary of formats and one of rules. */
export function assemble(meta: TabMeta, protectedRanges: ProtectedRange[], chunks: ChunkData[]): TabData {
  const tab: TabData = { meta, protectedRanges, formats: [], rules: [], rows: [] };
  const fIndex = new Map<string, number>();
  const rIndex = new Map<string, number>();
  const merge = <T>(list: T[], index: Map<string, number>, x: T) => {
    const key = JSON.stringify(x);
    let i = index.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(x);
      index.set(key, i);
    }
    return i;
  };
  for (const ch of [...chunks].sort((a, b) => a.row - b.row)) {
    const fMap = ch.formats.map((f) => merge(tab.formats, fIndex, f));
    const rMap = ch.rules.map((r) => merge(tab.rules, rIndex, r));
    while (tab.rows.length < ch.row - 1) tab.rows.push([]);
    for (const line of ch.rows)
      tab.rows.push(
        line.map((c) =>
          c === null
            ? null
            : {
                ...c,
                ...(c.f !== undefined ? { f: fMap[c.f] } : {}),
                ...(c.r !== undefined ? { r: rMap[c.r] } : {}),
              },
        ),
      );
  }
  let last = tab.rows.length;
  while (last > 0 && tab.rows[last - 1]!.every((c) => c === null)) last--;
  tab.rows.length = last;
  for (const line of tab.rows) {
    let n = line.length;
    while (n > 0 && line[n - 1] === null) n--;
    line.length = n;
  }
  return tab;
}

/** Every tab (or the named ones) of a workbook, read now: what diff and restore compare a backup with. */
export async function readWorkbook(
  session: Session,
  spreadsheetId: string,
  only?: readonly string[],
): Promise<{ meta: WorkbookMeta; tabs: TabData[] }> {
  const meta = await readMeta(session, spreadsheetId);
  const tabs: TabData[] = [];
  for (const t of meta.tabs) {
    if (only && !only.includes(t.title)) continue;
    const chunks: ChunkData[] = [];
    for (const c of planChunks(t, session.chunkCells)) {
      chunks.push(await readChunk(session, spreadsheetId, t, c));
      session.progress.tick(`${t.title} rows ${c.row}–${c.row + c.rows - 1}`);
    }
    tabs.push(assemble(t, meta.protectedRanges[t.title] ?? [], chunks));
  }
  return { meta, tabs };
}
