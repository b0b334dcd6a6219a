// A table tab read once per execution and mapped by header: rows, raw cells, typed records, lookup by id.

import type { ColumnDef, TabDef } from '../../../sheets-templates';
import { message } from '../../core/messages';
import { fromCell } from '../../core/schema/cells';
import {
  columnLetter,
  type HeaderMatch,
  matchHeaders,
  structureProblem,
} from '../../core/workbook/headerMatch';
import { RecordNotFoundError, WorkbookStructureError } from './errors';
import type { WorkbookSession } from './session';
import { insertRecords, type SaveOptions, updateRecord } from './tableWrites';

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

export class Table {
  private data: Loaded | undefined;

  constructor(
    readonly session: WorkbookSession,
    readonly def: TabDef,
  ) {}

  sheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.session.sheet(this.def.name);
    if (!sheet) {
      throw new WorkbookStructureError(
        `The tab "${this.def.name}" is missing. Run SCN CRM › Data › Set up or repair workbook to recreate it.`,
      );
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
    return this.data;
  }

  headers(): unknown[] {
    return this.load().headers;
  }

  match(): HeaderMatch {
    return this.load().match;
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

  lastRow(): number {
    return this.load().lastRow;
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
    return this.index().has(id);
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
    return `Tab "${this.def.name}", column "${col.header}" (${letter}): the id ${id} is on rows ${rows
      .map((r) => r.row)
      .join(' and ')}. Each record needs its own id; run SCN CRM › Data › Validate workbook.`;
  }

  /** The row of an id, or undefined; throws when the id is duplicated (which row would be meant?). */
  findRow(id: string): TableRow | undefined {
    const rows = this.index().get(id.trim());
    if (!rows) return undefined;
    if (rows.length > 1) throw new WorkbookStructureError(this.duplicateMessage(id, rows));
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
    return this.session.write(() => insertRecords(this, this.load(), inputs, options));
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
    return this.session.write(() => updateRecord(this, this.load(), id, changes, expectedVersion, options));
  }

  /** Used by the write functions: records rows appended or changed so later reads in this execution see them. */
  afterWrite(): void {
    if (this.data) this.data.byId = undefined;
    this.session.dirty = true;
  }
}

/** A row's version; rows typed in by hand have none yet and count as version 1. */
export function versionOf(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : 1;
}
