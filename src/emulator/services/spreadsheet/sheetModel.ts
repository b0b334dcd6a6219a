// One tab of a workbook, host side: dense rows of values, sparse formulas and per-rectangle metadata.
export type { ConditionalRuleModel, ProtectionModel } from './sheetMetadata';

import { GoogleError } from '../../runtime/serviceObject';
import { type Rect, shiftRect } from './a1';
import { evaluateFormula, type FormulaContext } from './formula';
import { type ConditionalRuleModel, type ProtectionModel, SheetFormats } from './sheetMetadata';
import type { SpreadsheetModel } from './spreadsheetModel';
import {
  type CellContent,
  type CellValue,
  contentOfScriptValue,
  contentOfTypedText,
  type TypingContext,
} from './valueConversion';

export class SheetModel {
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  /** Values by row (index row-1); a missing row or cell is empty. */
  rows: (CellValue[] | undefined)[] = [];
  /** Formulas by row, sparse. */
  formulas: (Array<string | undefined> | undefined)[] = [];
  readonly formats = new SheetFormats();
  protections: ProtectionModel[] = [];
  conditionalRules: ConditionalRuleModel[] = [];

  constructor(
    readonly parent: SpreadsheetModel,
    readonly id: number,
    public name: string,
    rows = 1000,
    columns = 26,
  ) {
    this.maxRows = rows;
    this.maxColumns = columns;
  }

  /** What a formula in this tab sees: its own and other tabs' cells (by name), their used size, the clock. */
  private formulaContext(depth: number): FormulaContext {
    const tab = (name: string | null) => (name === null ? this : this.parent.sheetByName(name));
    return {
      cell: (name, r, c) => {
        const t = tab(name);
        if (!t) return undefined;
        return depth > 50 ? '#REF!' : t.valueAt(r, c, depth + 1);
      },
      used: (name) => {
        const t = tab(name);
        return t ? { rows: t.lastRow(), cols: t.lastColumn() } : undefined;
      },
      now: () => this.parent.now(),
      timeZone: this.parent.timeZone,
    };
  }

  /** The stored value of a cell, formulas computed. */
  valueAt(row: number, col: number, depth = 0): CellValue {
    const f = this.formulas[row - 1]?.[col - 1];
    if (f !== undefined) return evaluateFormula(f, this.formulaContext(depth), depth);
    const v = this.rows[row - 1]?.[col - 1];
    return v === undefined ? '' : v;
  }

  /** Values of a block, as getValues returns them ('' for empty, Date copies). */
  getValues(row: number, col: number, numRows: number, numCols: number): CellValue[][] {
    const out: CellValue[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const src = this.rows[row - 1 + i];
      const fs = this.formulas[row - 1 + i];
      const line: CellValue[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) {
        let v: CellValue | undefined;
        if (fs?.[col - 1 + j] !== undefined) v = this.valueAt(row + i, col + j);
        else v = src?.[col - 1 + j];
        line[j] = v === undefined ? '' : v instanceof Date ? new Date(v.getTime()) : v;
      }
      out[i] = line;
    }
    return out;
  }

  getFormulas(row: number, col: number, numRows: number, numCols: number): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < numRows; i++) {
      const fs = this.formulas[row - 1 + i];
      const line: string[] = new Array(numCols).fill('');
      if (fs) for (let j = 0; j < numCols; j++) line[j] = fs[col - 1 + j] ?? '';
      out.push(line);
    }
    return out;
  }

  /** Writes values as they are, without any conversion (host API: fixtures, benchmarks, form responses). */
  setValuesRaw(row: number, col: number, values: CellValue[][]): void {
    this.writeContents(
      row,
      col,
      values.map((line) => line.map((value) => ({ value: value ?? '' }))),
    );
  }

  /** Writes converted contents; grows the grid when needed. */
  writeContents(row: number, col: number, contents: CellContent[][]): void {
    const lastRow = row + contents.length - 1;
    let widest = 0;
    for (const l of contents) if (l.length > widest) widest = l.length;
    const lastCol = col + widest - 1;
    if (lastRow > this.maxRows) this.maxRows = lastRow;
    if (lastCol > this.maxColumns) this.maxColumns = lastCol;
    for (let i = 0; i < contents.length; i++) {
      const r = row - 1 + i;
      const line = contents[i];
      let dst = this.rows[r];
      if (!dst) {
        dst = [];
        this.rows[r] = dst;
      }
      while (dst.length < col - 1) dst.push('');
      let fs = this.formulas[r];
      for (let j = 0; j < line.length; j++) {
        const c = line[j];
        dst[col - 1 + j] = c.value;
        if (c.formula !== undefined) {
          if (!fs) {
            fs = [];
            this.formulas[r] = fs;
          }
          fs[col - 1 + j] = c.formula;
        } else if (fs && fs[col - 1 + j] !== undefined) fs[col - 1 + j] = undefined;
      }
    }
  }

  /** The typing context of a block: which cells are plain text ('@'). */
  typingContext(): Omit<TypingContext, 'plainText'> {
    return { locale: this.parent.locale, timeZone: this.parent.timeZone, now: this.parent.now() };
  }

  /** Converts values written by a script or a person into contents for the block at (row, col). */
  convert(row: number, col: number, values: unknown[][], as: 'script' | 'typed'): CellContent[][] {
    assertCellTextFits(values);
    const base = this.typingContext();
    const rect = { row, col, numRows: values.length, numCols: values[0]?.length ?? 0 };
    const formats = this.formats.numberFormat.touches(rect)
      ? this.formats.numberFormat.getGrid(rect)
      : undefined;
    const plain: TypingContext = { ...base, plainText: true };
    const normal: TypingContext = { ...base, plainText: false };
    return values.map((line, i) =>
      line.map((v, j) => {
        const ctx = formats?.[i][j] === '@' ? plain : normal;
        if (as === 'typed' && typeof v === 'string') return contentOfTypedText(v, ctx);
        if (ctx.plainText && typeof v === 'string') return { value: v };
        return contentOfScriptValue(v, ctx);
      }),
    );
  }

  /** Appends a row after the last row with content, growing the sheet (Sheet.appendRow). */
  appendRow(values: unknown[]): number {
    const row = this.lastRow() + 1;
    this.writeContents(row, 1, this.convert(row, 1, [values], 'script'));
    return row;
  }

  private rowHasContent(i: number): boolean {
    const r = this.rows[i];
    const fs = this.formulas[i];
    if (fs?.some((f) => f !== undefined)) return true;
    return !!r && r.some((v) => v !== '' && v !== undefined);
  }

  /** The last row holding a value or formula; 0 when the sheet is empty. */
  lastRow(): number {
    for (let i = Math.min(this.rows.length, this.maxRows) - 1; i >= 0; i--) {
      if (this.rowHasContent(i)) return i + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    const n = Math.min(this.rows.length, this.maxRows);
    for (let i = 0; i < n; i++) {
      const r = this.rows[i];
      if (r)
        for (let j = Math.min(r.length, this.maxColumns) - 1; j >= last; j--) {
          if (r[j] !== '' && r[j] !== undefined) {
            last = j + 1;
            break;
          }
        }
      const fs = this.formulas[i];
      if (fs)
        for (let j = fs.length - 1; j >= last; j--) {
          if (fs[j] !== undefined) {
            last = j + 1;
            break;
          }
        }
    }
    return last;
  }

  /** Inserts `count` empty rows before row `before`; everything below moves down. */
  insertRows(before: number, count: number): void {
    if (before - 1 < this.rows.length) {
      this.rows.splice(before - 1, 0, ...new Array<undefined>(count));
      this.formulas.splice(before - 1, 0, ...new Array<undefined>(count));
    }
    this.maxRows += count;
    this.shiftMetadata('row', before, count);
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
    this.formulas.splice(at - 1, count);
    this.maxRows -= count;
    this.shiftMetadata('row', at, -count);
  }

  insertColumns(before: number, count: number): void {
    const blanks = new Array<CellValue>(count).fill('');
    for (const r of this.rows) if (r && r.length >= before) r.splice(before - 1, 0, ...blanks);
    for (const f of this.formulas)
      if (f && f.length >= before) f.splice(before - 1, 0, ...new Array<undefined>(count));
    this.maxColumns += count;
    const widths = [...this.columnWidths].map(([c, w]) => [c >= before ? c + count : c, w] as const);
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(c, w);
    this.shiftMetadata('col', before, count);
  }

  deleteColumns(at: number, count: number): void {
    for (const r of this.rows) if (r) r.splice(at - 1, count);
    for (const f of this.formulas) if (f) f.splice(at - 1, count);
    this.maxColumns -= count;
    const widths = [...this.columnWidths]
      .filter(([c]) => c < at || c >= at + count)
      .map(([c, w]) => [c >= at + count ? c - count : c, w] as const);
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(c, w);
    this.shiftMetadata('col', at, -count);
  }

  /**
   * Formats, validation, notes, protections and named ranges follow inserted or deleted rows/columns. Inserted
   * rows take the formats and data validation of the row above (of the row after when inserted at row 1), as
   * Sheets' inserts do (believed from public reports for Apps Script's insertRows*; the
   * Sheets API documents the same inheritance as InsertDimensionRequest.inheritFromBefore:
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest).
   * Notes are content, not formatting, and are not copied. Columns are only shifted (not modelled).
   */
  private shiftMetadata(axis: 'row' | 'col', at: number, count: number): void {
    const inherit =
      count > 0 && axis === 'row' ? [...this.formats.formatLayers(), this.formats.validation] : [];
    for (const layer of this.formats.all()) {
      if (inherit.indexOf(layer) >= 0) layer.insertInheriting(axis, at, count);
      else layer.shift(axis, at, count);
    }
    for (const p of this.protections) {
      const moved = shiftRect(p.rect, axis, at, count);
      if (moved) p.rect = moved;
      else p.removed = true;
      p.unprotected = p.unprotected.flatMap((u) => shiftRect(u, axis, at, count) ?? []);
    }
    this.protections = this.protections.filter((p) => !p.removed);
    for (const rule of this.conditionalRules)
      rule.ranges = rule.ranges.flatMap((r) => {
        if (r.sheet !== this) return [r];
        const moved = shiftRect(r.rect, axis, at, count);
        return moved ? [{ sheet: r.sheet, rect: moved }] : [];
      });
    this.parent.shiftNamedRanges(this, axis, at, count);
  }

  /** Empties values and formulas of a block (formats stay). */
  clearContent(rect: Rect): void {
    for (let i = 0; i < rect.numRows; i++) {
      const r = this.rows[rect.row - 1 + i];
      if (r) for (let j = 0; j < rect.numCols; j++) if (rect.col - 1 + j < r.length) r[rect.col - 1 + j] = '';
      const f = this.formulas[rect.row - 1 + i];
      if (f) for (let j = 0; j < rect.numCols; j++) f[rect.col - 1 + j] = undefined;
    }
  }

  clearFormat(rect: Rect): void {
    for (const layer of this.formats.formatLayers()) layer.set(rect, undefined);
  }

  fullRect(): Rect {
    return { row: 1, col: 1, numRows: this.maxRows, numCols: this.maxColumns };
  }

  columnWidth(col: number): number {
    // 100 px is Sheets' default column width.
    return this.columnWidths.get(col) ?? 100;
  }
}

/**
 * A Sheets cell holds at most 50,000 characters; a longer string is refused with this message, whichever way it
 * is written. Google's reference pages do not list the limit; it is reported for the Sheets API
 * (https://qiita.com/koshilife/items/5aff56c1bb9e5d31067f, "1セル 50000文字までの制限") and widely for Apps Script.
 */
export const MAX_CELL_CHARACTERS = 50_000;

function assertCellTextFits(values: unknown[][]): void {
  for (const line of values)
    for (const v of line)
      if (typeof v === 'string' && v.length > MAX_CELL_CHARACTERS)
        throw new GoogleError(
          `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
        );
}
