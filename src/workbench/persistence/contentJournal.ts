// The cell rows changed since the .xlsx on disk, kept in the state file: the state file is written after every
// execution (small, fast), the .xlsx only in the background; on load the journal is replayed over the .xlsx's rows.
import type { CellValue } from '../../emulator/services/spreadsheet/install';
import type { LoadedSheet } from './xlsxRead';
import type { SheetContent } from './xlsxWrite';

/** A sheet's rows that differ from the file: [0-based row, values, formulas]; `rows` is its current row count. */
export interface SheetJournal {
  name: string;
  rows: number;
  lines: [number, CellValue[], (string | undefined)[]][];
}

export interface ContentJournal {
  /** Generations of the .xlsx files the journal can be replayed over (the one on disk, and one being written). */
  bases: number[];
  /** Every sheet of the workbook in order; sheets without changes have no lines. */
  sheets: SheetJournal[];
}

/** Cell contents by sheet name at one save generation (what an .xlsx holds, or is being written with). */
export interface ContentSnapshot {
  generation: number;
  sheets: Map<string, SheetContent>;
}

export function snapshotOf(generation: number, sheets: SheetContent[]): ContentSnapshot {
  return { generation, sheets: new Map(sheets.map((s) => [s.name, s])) };
}

function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
}

function sameLine(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  const n = Math.max(a?.length ?? 0, b?.length ?? 0);
  for (let i = 0; i < n; i++) if (!sameCell(a?.[i], b?.[i])) return false;
  return true;
}

function sameRow(a: SheetContent, b: SheetContent | undefined, r: number): boolean {
  if (!b || r >= b.values.length) return false;
  const av = a.values[r];
  const bv = b.values[r];
  return av.length === bv.length && sameLine(av, bv) && sameLine(a.formulas[r], b.formulas[r]);
}

/**
 * The rows of `current` that differ from any of `bases` (a row is left out only when every base file has it as is),
 * so replaying the journal over whichever of those files is on disk gives `current`.
 */
export function journalOf(current: SheetContent[], bases: ContentSnapshot[]): ContentJournal {
  return {
    bases: bases.map((b) => b.generation),
    sheets: current.map((sheet) => {
      const lines: SheetJournal['lines'] = [];
      const olds = bases.map((b) => b.sheets.get(sheet.name));
      for (let r = 0; r < sheet.values.length; r++) {
        if (olds.length > 0 && olds.every((old) => sameRow(sheet, old, r))) continue;
        lines.push([r, sheet.values[r], sheet.formulas[r] ?? []]);
      }
      return { name: sheet.name, rows: sheet.values.length, lines };
    }),
  };
}

function emptySheet(name: string): LoadedSheet {
  return {
    name,
    values: [],
    formulas: [],
    numberFormats: [],
    bold: [],
    notes: [],
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    widths: [],
  };
}

/** The file's sheets with the journal replayed: the journal's sheets, in its order, with their changed rows. */
export function replayJournal(file: LoadedSheet[], journal: ContentJournal): LoadedSheet[] {
  const byName = new Map(file.map((s) => [s.name, s]));
  return journal.sheets.map((j) => {
    const base = byName.get(j.name) ?? emptySheet(j.name);
    if (j.lines.length === 0 && base.values.length === j.rows) return base;
    const values = base.values.slice(0, j.rows);
    const formulas = base.formulas.slice(0, j.rows);
    for (const [r, line, fs] of j.lines) {
      values[r] = line;
      formulas[r] = fs;
    }
    const width = values.reduce((w, l) => Math.max(w, l?.length ?? 0), 0);
    const padded = values.map((l) => {
      const line = l ?? [];
      return line.length < width ? [...line, ...new Array<CellValue>(width - line.length).fill('')] : line;
    });
    const fill = <T>(grid: T[][], blank: T) =>
      padded.map((_, r) => grid[r] ?? new Array<T>(width).fill(blank));
    return {
      ...base,
      values: padded,
      formulas: padded.map((_, r) => formulas[r] ?? []),
      numberFormats: fill(base.numberFormats, undefined),
      bold: fill(base.bold, false),
    };
  });
}

/** The file's contents as a snapshot (deep copies: the workbook loaded from them may change its own rows). */
export function snapshotOfFile(generation: number, file: LoadedSheet[]): ContentSnapshot {
  return snapshotOf(
    generation,
    file.map((s) => ({
      name: s.name,
      values: structuredClone(s.values),
      formulas: structuredClone(s.formulas),
    })),
  );
}
