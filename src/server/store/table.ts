// A table tab mapped by header: read whole or by key (TextFinder), raw cells, typed records, lookup by id.

import type { ColumnDef, TabDef } from '../../../sheets-templates';
import { message } from '../../core/messages';
import { fromCell } from '../../core/schema/cells';
import {
  columnLetter,
  type HeaderMatch,
  matchHeaders,
  structureProblem,
} from '../../core/workbook/headerMatch';
import { type BlockChange, type BlockOptions, updateRecordsInBlocks } from './blockUpdate';
import { RecordNotFoundError, WorkbookStructureError } from './errors';
import { issueIds } from './idIssue';
import { ignoresCase, type KeyMode, keyPatternSource, keyTest } from './keyPattern';
import type { WorkbookSession } from './session';
import { insertRecords, type SaveOptions, updateRecord } from './tableWrites';
import { versionOf } from './version';

/** One data row as read: its 1-based sheet row and every cell of the used width (unknown columns included). */
export interface TableRow {
  row: number;
  cells: unknown[];
}

/** A record as sidebars get it: typed values, its version for the optimistic check, and where it lives. */
export interface StoredRecord {
  id: string;
  version: number;
  row: number;
  values: Record<string, unknown>;
}

interface Loaded {
  headers: unknown[];
  match: HeaderMatch;
  rows: TableRow[];
  /** The sheet's last row with content (header included) when read; inserts go below it. */
  lastRow: number;
  byId?: Map<string, TableRow[]>;
}

/** The header row alone: what a keyed lookup needs before it reads any data row. */
interface Head {
  headers: unknown[];
  match: HeaderMatch;
  /** Columns read per data row: the sheet's last column with content (unknown columns included). */
  width: number;
}

/**
 * A table tab of one execution. Two ways to read it:
 * - whole (`rows()`): one read of the used range, for batch jobs (validate, digest, sweeps) and small tabs;
 * - keyed (`findRows`, `findRow`, `get`, `has`): the header row, one TextFinder search of the key column and a
 *   read of only the matching rows, so interactive operations read cells in proportion to what they show,
 *   not to the history a tab holds (README, "Reading at scale").
 * Both views are forgotten when the session takes the lock, so a read-modify-write reads inside the lock.
 */
export class Table {
  private data: Loaded | undefined;
  private head: Head | undefined;
  private last: number | undefined;
  /** Rows read by keyed lookups (or written) in this lock period, by sheet row. */
  private readonly byRow = new Map<number, TableRow>();
  /** Rows this lock period inserted, by id: their ids were checked free under this lock, so no search finds them. */
  private readonly insertedRows = new Map<string, number>();
  /** Rows this lock period found by id (a search) or wrote, by id: found again without a search. */
  private readonly rowOfId = new Map<string, number>();
  /** Ids checked free under this lock and not used yet (reserve): the next inserts take them without a search. */
  private reserved: string[] = [];
  /**
   * Searches made outside the lock since the last write (locate): a profile locates first, reads the rows of many
   * tabs in one batch (batchRead.ts), then its readers locate again and find them here. Never used under the lock.
   */
  private readonly located = new Map<string, number[]>();

  constructor(
    readonly session: WorkbookSession,
    readonly def: TabDef,
  ) {}

  sheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.session.sheet(this.def.name);
    if (!sheet) {
      throw new WorkbookStructureError(message('structure.tabMissing', { tab: this.def.name }));
    }
    return sheet;
  }

  /** Whether the tab exists (without throwing). */
  exists(): boolean {
    return this.session.sheet(this.def.name) !== null;
  }

  /**
   * Called when the session takes the lock: anything read before it (outside a lock or under an earlier one)
   * may be stale, so the next read-modify-write reads the table again inside this lock.
   */
  forget(): void {
    this.data = undefined;
    this.head = undefined;
    this.last = undefined;
    this.byRow.clear();
    this.insertedRows.clear();
    this.rowOfId.clear();
    this.reserved = [];
    this.located.clear();
  }

  /**
   * Checks `count` new ids free in one search and keeps them for this lock period's next inserts: a caller that
   * knows it will add several rows one by one (a send per welcomed contact) searches the id column once.
   */
  reserve(count: number): void {
    if (this.reserved.length > 0 || count <= 0) return;
    // The counter moves past them at once (deferred: it lands with the next property or data write), so an id
    // reserved and not used is a gap, never an id handed out twice.
    this.reserved = issueIds(this, count);
  }

  /** Ids for `count` new rows: reserved ones first, then newly issued ones (after the counter). */
  takeIds(count: number): string[] {
    const taken = this.reserved.splice(0, count);
    return count > taken.length ? taken.concat(issueIds(this, count - taken.length)) : taken;
  }

  /** One read of the whole used range (header included); later calls use the copy. */
  private load(): Loaded {
    if (this.data) return this.data;
    const sheet = this.sheet();
    const lastRow = sheet.getLastRow();
    const values = lastRow > 0 ? sheet.getDataRange().getValues() : [];
    const headers = values[0] ?? [];
    const rows: TableRow[] = [];
    for (let i = 1; i < values.length; i++) {
      const cells = values[i]!;
      if (cells.some((c) => c !== '')) rows.push({ row: i + 1, cells });
    }
    this.data = {
      headers,
      match: matchHeaders(this.def, headers),
      rows,
      lastRow,
    };
    this.last = lastRow;
    return this.data;
  }

  /** The header row: from the whole read when there was one, else one read of row 1. */
  private header(): Head {
    if (this.data) {
      const d = this.data;
      return { headers: d.headers, match: d.match, width: Math.max(d.headers.length, 1) };
    }
    if (!this.head) {
      const sheet = this.sheet();
      const width = Math.max(sheet.getLastColumn(), 1);
      const headers = this.lastRow() > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : [];
      this.head = { headers, match: matchHeaders(this.def, headers), width };
    }
    return this.head;
  }

  /**
   * Sheet rows (ascending) whose `key` cell holds one of `keys`: one TextFinder search of that column
   * (https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findall) and one getRow per
   * match; in memory when the whole table was read. Nothing is read of rows that do not match.
   */
  locate(key: string, keys: readonly string[], mode: KeyMode = 'whole'): number[] {
    // A tab with no data row holds no key: its header need not be read (one getLastRow, no getValues).
    if (!this.data && this.lastRow() < 2) return [];
    const wanted = keys.filter((k) => k.trim() !== '');
    const col = this.header().match.index[key];
    if (wanted.length === 0 || col === undefined) return [];
    const test = keyTest(wanted, mode);
    if (this.data) return this.data.rows.filter((r) => test(r.cells[col])).map((r) => r.row);
    const last = this.lastRow();
    if (last < 2) return [];
    const memo = `${key}\u0000${mode}\u0000${wanted.join('\u0000')}`;
    // Kept only outside the lock (reads for display): under the lock every search is made again, as before.
    const keep = !this.session.locked;
    const seen = keep ? this.located.get(memo) : undefined;
    if (seen) return [...seen];
    const found = this.sheet()
      .getRange(2, col + 1, last - 1, 1)
      .createTextFinder(keyPatternSource(wanted, mode))
      .useRegularExpression(true)
      .matchCase(!ignoresCase(mode))
      .findAll();
    const rows = new Set<number>();
    for (const cell of found) rows.add(cell.getRow());
    const sorted = [...rows].sort((a, b) => a - b);
    if (keep) this.located.set(memo, sorted);
    return [...sorted];
  }

  /** Sheet rows of `rowNumbers` not in memory yet (ascending, distinct): what a batched read (batchRead.ts) fetches. */
  rowsToRead(rowNumbers: readonly number[]): number[] {
    if (this.data) return [];
    return [...new Set(rowNumbers)].filter((n) => n >= 2 && !this.byRow.has(n)).sort((a, b) => a - b);
  }

  /** Columns read per data row (the header's width): one getLastColumn when the header was not read. */
  width(): number {
    return this.data || this.head ? this.header().width : Math.max(this.sheet().getLastColumn(), 1);
  }

  /** Whether the header row is in memory (read whole, or read or primed). */
  hasHeader(): boolean {
    return this.data !== undefined || this.head !== undefined;
  }

  /** The header row read by a batched read (batchRead.ts), as header() would have read it. */
  primeHeader(headers: unknown[], width: number): void {
    if (this.hasHeader()) return;
    this.head = { headers, match: matchHeaders(this.def, headers), width };
  }

  /** Data rows read by a batched read, kept as readRows keeps its own reads. */
  primeRows(rows: readonly TableRow[]): void {
    if (this.data) return;
    for (const r of rows) this.byRow.set(r.row, r);
  }

  /** The given sheet rows, each contiguous run read in one call (rows already read are not read again). */
  readRows(rowNumbers: readonly number[]): TableRow[] {
    if (this.data) {
      const wanted = new Set(rowNumbers);
      return this.data.rows.filter((r) => wanted.has(r.row));
    }
    const { width } = this.header();
    const missing = [...new Set(rowNumbers)]
      .filter((n) => n >= 2 && !this.byRow.has(n))
      .sort((a, b) => a - b);
    for (let i = 0; i < missing.length; ) {
      let j = i;
      while (j + 1 < missing.length && missing[j + 1] === missing[j]! + 1) j++;
      const first = missing[i]!;
      const values = this.sheet()
        .getRange(first, 1, j - i + 1, width)
        .getValues();
      values.forEach((cells, k) => {
        this.byRow.set(first + k, { row: first + k, cells });
      });
      i = j + 1;
    }
    const out: TableRow[] = [];
    for (const n of [...new Set(rowNumbers)].sort((a, b) => a - b)) {
      const r = this.byRow.get(n);
      if (r && r.cells.some((c) => c !== '')) out.push(r);
    }
    return out;
  }

  /** Rows already in memory (read whole, or read or written by this lock period); undefined when one is not. */
  readRowsInMemory(rowNumbers: readonly number[]): TableRow[] | undefined {
    if (this.data) return this.readRows(rowNumbers);
    if (rowNumbers.some((n) => !this.byRow.has(n))) return undefined;
    return this.readRows(rowNumbers);
  }

  /** The rows whose `key` holds one of `keys` (exactly, after the search): locate, then read those rows. */
  findRows(key: string, keys: readonly string[], mode: KeyMode = 'whole'): TableRow[] {
    if (!this.data && this.lastRow() < 2) return [];
    const col = this.header().match.index[key];
    if (col === undefined) return [];
    const test = keyTest(
      keys.filter((k) => k.trim() !== ''),
      mode,
    );
    const rows = this.readRows(this.locate(key, keys, mode)).filter((r) => test(r.cells[col]));
    // An id search under the lock proves each id found on one row unique for the lock period, as findRow's does.
    if (key === this.idKey() && mode === 'whole' && this.session.locked && !this.data) {
      const idOf = (r: TableRow) => String(r.cells[col]).trim();
      const count = new Map<string, number>();
      for (const r of rows) count.set(idOf(r), (count.get(idOf(r)) ?? 0) + 1);
      for (const r of rows) if (count.get(idOf(r)) === 1) this.rowOfId.set(idOf(r), r.row);
    }
    return rows;
  }

  /**
   * Every data row with only the columns of `keys` filled (one read of the block of columns spanning them):
   * for a whole-table scan that needs a few fields of a tab that is not history (e.g. intake's city matching).
   */
  columnRows(keys: readonly string[]): TableRow[] {
    if (this.data) return this.data.rows;
    const index = this.header().match.index;
    const cols = keys.map((k) => index[k]).filter((i): i is number => i !== undefined);
    const last = this.lastRow();
    if (cols.length === 0 || last < 2) return [];
    const from = Math.min(...cols);
    const to = Math.max(...cols);
    const values = this.sheet()
      .getRange(2, from + 1, last - 1, to - from + 1)
      .getValues();
    const rows: TableRow[] = [];
    values.forEach((line, i) => {
      if (!line.some((c) => c !== '')) return;
      const cells: unknown[] = new Array(from).fill('');
      rows.push({ row: i + 2, cells: cells.concat(line) });
    });
    return rows;
  }

  /**
   * Records rows written by this execution so later lookups see them without reading them back; `insertedIds`
   * (for rows just inserted under the lock) lets findRow find them without a search (a send updates its intent).
   */
  remember(rows: readonly TableRow[], lastRow: number, insertedIds: readonly string[] = []): void {
    this.located.clear();
    for (const r of rows) this.byRow.set(r.row, r);
    if (this.session.locked)
      insertedIds.forEach((id, n) => {
        this.insertedRows.set(id, rows[n]!.row);
      });
    if (this.data) {
      for (const r of rows) if (!this.data.rows.includes(r)) this.data.rows.push(r);
      this.data.lastRow = Math.max(this.data.lastRow, lastRow);
    }
    this.last = Math.max(this.last ?? 0, lastRow);
  }

  /**
   * Whether a cell of the id column matches `pattern` (a regular expression): one TextFinder search, no getRow and
   * no cell read (https://developers.google.com/apps-script/reference/spreadsheet/text-finder#findall); in memory
   * when the table was read whole.
   */
  idColumnHolds(pattern: string): boolean {
    const col = this.header().match.index[this.idKey()];
    if (col === undefined) return false;
    if (this.data) {
      const re = new RegExp(pattern);
      return this.data.rows.some((r) => re.test(String(r.cells[col] ?? '')));
    }
    const last = this.lastRow();
    if (last < 2) return false;
    return (
      this.sheet()
        .getRange(2, col + 1, last - 1, 1)
        .createTextFinder(pattern)
        .useRegularExpression(true)
        .matchCase(true)
        .findAll().length > 0
    );
  }

  /** Every id in the id column (one read of that column alone): the rare path of id issuing (idIssue.ts). */
  idColumn(): unknown[] {
    if (this.data) return this.ids();
    const col = this.header().match.index[this.idKey()];
    const last = this.lastRow();
    if (col === undefined || last < 2) return [];
    return this.sheet()
      .getRange(2, col + 1, last - 1, 1)
      .getValues()
      .map((r) => r[0]);
  }

  headers(): unknown[] {
    return this.header().headers;
  }

  match(): HeaderMatch {
    return this.header().match;
  }

  /** Throws the store's clear message when a required header is missing or doubled. */
  requireStructure(): HeaderMatch {
    const match = this.match();
    const problem = structureProblem(this.def, match);
    if (problem) throw new WorkbookStructureError(problem);
    return match;
  }

  rows(): TableRow[] {
    return this.load().rows;
  }

  /** The sheet's last row with content (one getLastRow when the table was not read whole). */
  lastRow(): number {
    if (this.data) return this.data.lastRow;
    if (this.last === undefined) this.last = this.sheet().getLastRow();
    return this.last;
  }

  /** The column definition of a key. */
  column(key: string): ColumnDef {
    const c = this.def.columns.find((col) => col.key === key);
    if (!c) throw new Error(`Tab "${this.def.name}" has no field "${key}".`);
    return c;
  }

  /** The raw cell of a field ('' when the tab has no such column). */
  cell(row: TableRow, key: string): unknown {
    const i = this.match().index[key];
    return i === undefined ? '' : (row.cells[i] ?? '');
  }

  /** Raw cells keyed by field. */
  raw(row: TableRow): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const c of this.def.columns) out[c.key] = this.cell(row, c.key);
    return out;
  }

  /** Typed values (per sheets-templates' record conventions); a cell that cannot be read keeps its raw value. */
  values(row: TableRow): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const c of this.def.columns) {
      const v = fromCell(c, this.cell(row, c.key));
      out[c.key] = v.ok ? v.value : this.cell(row, c.key);
    }
    return out;
  }

  idKey(): string {
    return this.def.columns[0]!.key;
  }

  /** Rows by id; ids appearing on several rows keep all of them (see requireUniqueIds). */
  private index(): Map<string, TableRow[]> {
    const data = this.load();
    if (!data.byId) {
      data.byId = new Map();
      const key = this.idKey();
      for (const r of data.rows) {
        const id = String(this.cell(r, key)).trim();
        if (id === '') continue;
        const list = data.byId.get(id);
        if (list) list.push(r);
        else data.byId.set(id, [r]);
      }
    }
    return data.byId;
  }

  /** Every id in use (for id generation and reference checks). */
  ids(): string[] {
    return [...this.index().keys()];
  }

  has(id: string): boolean {
    return this.data ? this.index().has(id) : this.locate(this.idKey(), [id]).length > 0;
  }

  /** Throws naming the tab, column and rows when an id is on more than one row (e.g. a pasted-over id column). */
  requireUniqueIds(): void {
    for (const [id, rows] of this.index()) {
      if (rows.length > 1) throw new WorkbookStructureError(this.duplicateMessage(id, rows));
    }
  }

  private duplicateMessage(id: string, rows: TableRow[]): string {
    const col = this.def.columns[0]!;
    const letter = columnLetter(this.match().index[col.key] ?? 0);
    const at = rows.map((r) => r.row).join(message('structure.and'));
    return message('structure.idTwice', { tab: this.def.name, column: col.header, letter, id, rows: at });
  }

  /** The row of an id, or undefined; throws when the id is duplicated (which row would be meant?). */
  findRow(id: string): TableRow | undefined {
    const key = id.trim();
    if (key === '') return undefined;
    // Rows inserted, or found by id, under this lock are known without a search: the lock keeps other
    // executions out, and the search that found one row proved the id unique for this lock period.
    const known = this.data ? undefined : (this.insertedRows.get(key) ?? this.rowOfId.get(key));
    const mine = known === undefined ? undefined : this.readRowsInMemory([known]);
    const rows = this.data ? this.index().get(key) : (mine ?? this.findRows(this.idKey(), [key]));
    if (!rows || rows.length === 0) return undefined;
    if (rows.length > 1) throw new WorkbookStructureError(this.duplicateMessage(id, rows));
    if (this.session.locked && !this.data) this.rowOfId.set(key, rows[0]!.row);
    return rows[0];
  }

  /** A record with its version, for sidebars (which send the version back when saving). */
  get(id: string): StoredRecord {
    const row = this.findRow(id);
    if (!row) throw new RecordNotFoundError(message('store.notFound', { tab: this.def.name, id }));
    return this.stored(row);
  }

  stored(row: TableRow): StoredRecord {
    const values = this.values(row);
    return {
      id: String(values[this.idKey()] ?? ''),
      version: versionOf(values['version']),
      row: row.row,
      values,
    };
  }

  /** Adds records (under the script lock): ids, versions and timestamps set here; one block written. */
  insert(inputs: readonly Record<string, unknown>[], options: SaveOptions = {}): StoredRecord[] {
    return this.session.write(() => insertRecords(this, inputs, options));
  }

  /**
   * Saves changes to one record if nobody changed it since `expectedVersion` was read; otherwise throws
   * StaleRecordError with a message for the coordinator. Writes only the changed span of the row.
   */
  update(
    id: string,
    changes: Record<string, unknown>,
    expectedVersion: number,
    options: SaveOptions = {},
  ): StoredRecord {
    return this.session.write(() => updateRecord(this, id, changes, expectedVersion, options));
  }

  /** Many updates at once (under the script lock), written as one block per run of adjacent rows (blockUpdate.ts). */
  updateMany(updates: readonly BlockChange[], options: BlockOptions = {}): StoredRecord[] {
    return this.session.write(() => updateRecordsInBlocks(this, updates, options));
  }

  /** Used by the write functions: records rows appended or changed so later reads in this execution see them. */
  afterWrite(): void {
    if (this.data) this.data.byId = undefined;
    this.located.clear();
    this.session.dirty = true;
  }
}

export { versionOf };
