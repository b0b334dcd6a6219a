// The batchUpdate requests the fake understands: each is checked (against the grid as the requests before it
// leave it) before any is applied, so a batch with one bad request changes nothing.
// Request shapes: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
// The "exceeds grid limits" wording is believed from public reports.

import {
  type CellData,
  cellFieldsOf,
  type GridRange,
  isWholeSheet,
  type ProtectedRange,
  rectOfGridRange,
  ruleOfValidation,
  writeCellData,
} from '../cli/sheets/cellCodec';
import type { SheetModel, SpreadsheetModel } from '../emulator/services/spreadsheet/install';
import type { ProtectionModel } from '../emulator/services/spreadsheet/sheetModel';
import { badRequest } from './fakeGoogle';

type Shape = Map<number, { rows: number; cols: number; name: string }>;
type Req = Record<string, unknown>;

const KNOWN = [
  'addSheet',
  'deleteSheet',
  'updateSheetProperties',
  'updateCells',
  'appendDimension',
  'repeatCell',
  'setDataValidation',
  'addProtectedRange',
  'updateProtectedRange',
];

function kindOf(r: Req, i: number): string {
  const keys = Object.keys(r);
  if (keys.length !== 1 || !KNOWN.includes(keys[0]!))
    throw badRequest(`Invalid requests[${i}]: unsupported or malformed request (${keys.join(', ')}).`);
  return keys[0]!;
}

function inGrid(shape: Shape, range: GridRange | undefined, i: number, kind: string): void {
  const s = range?.sheetId === undefined ? undefined : shape.get(range.sheetId);
  if (!s) throw badRequest(`Invalid requests[${i}].${kind}: No grid with id: ${range?.sheetId}`);
  const endRow = range!.endRowIndex ?? s.rows;
  const endCol = range!.endColumnIndex ?? s.cols;
  if (endRow > s.rows || endCol > s.cols)
    throw badRequest(
      `Invalid requests[${i}].${kind}: Range ('${s.name}'!R${endRow}C${endCol}) exceeds grid limits. Max rows: ${s.rows}, max columns: ${s.cols}`,
    );
}

export function checkRequest(book: SpreadsheetModel, shape: Shape, r: Req, i: number): void {
  const kind = kindOf(r, i);
  const body = r[kind] as Req;
  switch (kind) {
    case 'addSheet': {
      const p = (body.properties ?? {}) as { sheetId?: number; title?: string; gridProperties?: Req };
      const title = p.title ?? `Sheet${shape.size + 1}`;
      if ([...shape.values()].some((s) => s.name.toLowerCase() === title.toLowerCase()))
        throw badRequest(
          `Invalid requests[${i}].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`,
        );
      const id = p.sheetId ?? -1 - i;
      const g = p.gridProperties as { rowCount?: number; columnCount?: number } | undefined;
      shape.set(id, { rows: g?.rowCount ?? 1000, cols: g?.columnCount ?? 26, name: title });
      return;
    }
    case 'deleteSheet':
      if (!shape.has(body.sheetId as number))
        throw badRequest(`Invalid requests[${i}].deleteSheet: No grid with id: ${body.sheetId}`);
      shape.delete(body.sheetId as number);
      return;
    case 'updateSheetProperties': {
      const p = body.properties as { sheetId: number; title?: string };
      const s = shape.get(p.sheetId);
      if (!s) throw badRequest(`Invalid requests[${i}].updateSheetProperties: No grid with id: ${p.sheetId}`);
      if (p.title) s.name = p.title;
      return;
    }
    case 'appendDimension': {
      const s = shape.get(body.sheetId as number);
      if (!s) throw badRequest(`Invalid requests[${i}].appendDimension: No grid with id: ${body.sheetId}`);
      if (body.dimension === 'ROWS') s.rows += body.length as number;
      else s.cols += body.length as number;
      return;
    }
    case 'updateCells': {
      const rows = (body.rows ?? []) as { values?: CellData[] }[];
      if (typeof body.fields !== 'string' || body.fields === '')
        throw badRequest(`Invalid requests[${i}].updateCells: At least one field must be updated.`);
      if (body.start) {
        const st = body.start as { sheetId: number; rowIndex?: number; columnIndex?: number };
        const width = rows.reduce((w, x) => Math.max(w, x.values?.length ?? 0), 0);
        inGrid(
          shape,
          {
            sheetId: st.sheetId,
            endRowIndex: (st.rowIndex ?? 0) + rows.length,
            endColumnIndex: (st.columnIndex ?? 0) + width,
          },
          i,
          kind,
        );
      } else inGrid(shape, body.range as GridRange, i, kind);
      for (const row of rows)
        for (const c of row.values ?? [])
          if (c.dataValidation)
            try {
              ruleOfValidation(
                c.dataValidation,
                (n) => book.sheetByName(n)?.id ?? [...shape].find(([, s]) => s.name === n)?.[0],
              );
            } catch (e) {
              throw badRequest(`Invalid requests[${i}].updateCells: ${(e as Error).message}`);
            }
      return;
    }
    case 'repeatCell':
    case 'setDataValidation':
    case 'addProtectedRange':
      inGrid(
        shape,
        (kind === 'addProtectedRange'
          ? (body.protectedRange as ProtectedRange).range
          : body.range) as GridRange,
        i,
        kind,
      );
      return;
    case 'updateProtectedRange': {
      const id = (body.protectedRange as ProtectedRange).protectedRangeId;
      if (!book.sheets.some((s) => s.protections.some((p) => p.id === id)))
        throw badRequest(`Invalid requests[${i}].updateProtectedRange: No protected range with id: ${id}`);
      return;
    }
  }
}

function sheetOf(book: SpreadsheetModel, id: number | undefined): SheetModel {
  const s = book.sheetById(id ?? -1);
  if (!s) throw badRequest(`No grid with id: ${id}`);
  return s;
}

export function applyRequest(book: SpreadsheetModel, r: Req): unknown {
  const kind = Object.keys(r)[0]!;
  const body = r[kind] as Req;
  switch (kind) {
    case 'addSheet': {
      const p = (body.properties ?? {}) as {
        title?: string;
        index?: number;
        gridProperties?: { rowCount?: number; columnCount?: number; frozenRowCount?: number };
      };
      const s = book.insertSheet(p.title, p.index, p.gridProperties?.rowCount, p.gridProperties?.columnCount);
      if (p.gridProperties?.frozenRowCount) s.frozenRows = p.gridProperties.frozenRowCount;
      return { addSheet: { properties: { sheetId: s.id, title: s.name, index: book.sheets.indexOf(s) } } };
    }
    case 'deleteSheet':
      book.deleteSheet(sheetOf(book, body.sheetId as number));
      return {};
    case 'updateSheetProperties': {
      const p = body.properties as {
        sheetId: number;
        title?: string;
        gridProperties?: { frozenRowCount?: number };
      };
      const s = sheetOf(book, p.sheetId);
      const fields = String(body.fields ?? '');
      if (p.title && /title|\*/.test(fields)) book.renameSheet(s, p.title);
      if (/frozenRowCount|gridProperties|\*/.test(fields))
        s.frozenRows = p.gridProperties?.frozenRowCount ?? 0;
      return {};
    }
    case 'appendDimension': {
      const s = sheetOf(book, body.sheetId as number);
      if (body.dimension === 'ROWS') s.insertRows(s.maxRows + 1, body.length as number);
      else s.insertColumns(s.maxColumns + 1, body.length as number);
      return {};
    }
    case 'updateCells': {
      const rows = (body.rows ?? []) as { values?: CellData[] }[];
      const fields = cellFieldsOf(body.fields as string);
      if (body.start) {
        const st = body.start as { sheetId: number; rowIndex?: number; columnIndex?: number };
        writeCellData(
          sheetOf(book, st.sheetId),
          (st.rowIndex ?? 0) + 1,
          (st.columnIndex ?? 0) + 1,
          rows,
          fields,
        );
      } else {
        const g = body.range as GridRange;
        const s = sheetOf(book, g.sheetId);
        const rect = rectOfGridRange(g, s);
        // A range with fewer rows given than it spans clears the rest of the named fields.
        const filled = Array.from({ length: rect.numRows }, (_, i) => ({
          values: Array.from({ length: rect.numCols }, (_, j) => rows[i]?.values?.[j] ?? {}),
        }));
        writeCellData(s, rect.row, rect.col, filled, fields);
      }
      return {};
    }
    case 'repeatCell': {
      const g = body.range as GridRange;
      const s = sheetOf(book, g.sheetId);
      const rect = rectOfGridRange(g, s);
      const cell = (body.cell ?? {}) as CellData;
      const mask = String(body.fields);
      if (mask === 'userEnteredFormat.numberFormat') {
        // One format over the rectangle: stored as one entry, as a whole-column format is.
        s.formats.numberFormat.set(rect, cell.userEnteredFormat?.numberFormat?.pattern || undefined);
        return {};
      }
      const line = Array.from({ length: rect.numCols }, () => cell);
      writeCellData(
        s,
        rect.row,
        rect.col,
        Array.from({ length: rect.numRows }, () => ({ values: line })),
        cellFieldsOf(String(body.fields)),
      );
      return {};
    }
    case 'setDataValidation': {
      const g = body.range as GridRange;
      const s = sheetOf(book, g.sheetId);
      const rule = body.rule
        ? ruleOfValidation(body.rule as never, (n) => book.sheetByName(n)?.id)
        : undefined;
      s.formats.validation.set(rectOfGridRange(g, s), rule);
      return {};
    }
    case 'addProtectedRange': {
      const pr = body.protectedRange as ProtectedRange;
      const s = sheetOf(book, pr.range.sheetId);
      const p: ProtectionModel = {
        id: book.newProtectionId(),
        kind: isWholeSheet(pr.range) ? 'SHEET' : 'RANGE',
        sheet: s,
        rect: rectOfGridRange(pr.range, s),
        description: pr.description ?? '',
        warningOnly: pr.warningOnly === true,
        editors: pr.warningOnly ? [] : [...new Set([book.owner, ...(pr.editors?.users ?? [])])],
        unprotected: (pr.unprotectedRanges ?? []).map((u) => rectOfGridRange(u, s)),
      };
      s.protections.push(p);
      return { addProtectedRange: { protectedRange: { ...pr, protectedRangeId: p.id } } };
    }
    case 'updateProtectedRange': {
      const pr = body.protectedRange as ProtectedRange;
      const p = book.sheets.flatMap((s) => s.protections).find((x) => x.id === pr.protectedRangeId)!;
      const fields = String(body.fields ?? '*');
      const has = (f: string) => fields === '*' || fields.split(',').includes(f);
      if (has('description')) p.description = pr.description ?? '';
      if (has('warningOnly')) p.warningOnly = pr.warningOnly === true;
      if (has('editors')) p.editors = [...(pr.editors?.users ?? [])];
      if (has('unprotectedRanges'))
        p.unprotected = (pr.unprotectedRanges ?? []).map((u) => rectOfGridRange(u, p.sheet));
      if (has('range')) p.rect = rectOfGridRange(pr.range, p.sheet);
      return {};
    }
  }
  return {};
}
