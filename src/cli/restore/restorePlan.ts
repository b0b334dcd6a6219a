// The writes a restore makes for one tab, as Sheets API batchUpdate requests: grow the grid to the backup's size,
// write back each removed record (appended after the current rows), each changed record (in its current row) and
// blank rows whose formats or validation differ (by position), whole rows with every part of every cell (see
// blockWrites); put back
// missing or changed protections. Rows the backup does not know are never touched, and nothing is deleted.
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#UpdateCellsRequest
import type { CompactCell, TabData } from '../backup/snapshot';
import type { CellData, GridRange } from '../sheets/cellCodec';
import { differingFields, isBlankRow, protectionChanges, rowKeys } from './diff';

export type Request = Record<string, unknown>;

export interface TabPlan {
  title: string;
  /** Grid growth (appendDimension), applied first. */
  grow: Request[];
  /** Row writes: each an updateCells of contiguous rows, with its cell count. */
  writes: { request: Request; cells: number }[];
  protections: Request[];
  rowsWritten: number;
}

function withSheet(g: GridRange, sheetId: number): GridRange {
  return { ...g, sheetId };
}

/** `current` is undefined when the tab is missing (it is added first, with the backup's grid size, as `sheetId`). */
export function planTab(
  b: TabData,
  current: TabData | undefined,
  sheetId: number,
  currentGrid: { rows: number; cols: number },
): TabPlan {
  const targets = new Map<number, number>(); // current row → backup row
  if (!current) for (let i = 0; i < b.rows.length; i++) targets.set(i + 1, i + 1);
  else {
    const bk = rowKeys(b);
    const ck = rowKeys(current);
    let next = current.rows.length + 1;
    for (const [k, row] of bk) {
      const now = ck.get(k);
      if (now === undefined) targets.set(next++, row);
      else if (differingFields(b, row, current, now).length > 0) targets.set(now, row);
    }
    for (let i = 1; i < b.rows.length; i++) {
      const r = i + 1;
      if (targets.has(r) || !isBlankRow(b.rows[i]) || !isBlankRow(current.rows[i])) continue;
      if (differingFields(b, r, current, r).length > 0) targets.set(r, r);
    }
  }
  const widest = (t: TabData | undefined) => (t?.rows ?? []).reduce((w, l) => Math.max(w, l.length), 0);
  const width = Math.max(1, b.meta.columnCount, widest(b), widest(current));
  let lastRow = b.meta.rowCount;
  for (const r of targets.keys()) if (r > lastRow) lastRow = r;
  const grow: Request[] = [];
  if (lastRow > currentGrid.rows)
    grow.push({ appendDimension: { sheetId, dimension: 'ROWS', length: lastRow - currentGrid.rows } });
  if (width > currentGrid.cols)
    grow.push({ appendDimension: { sheetId, dimension: 'COLUMNS', length: width - currentGrid.cols } });
  const rowsOut = [...targets.keys()].sort((x, y) => x - y);
  const writes: TabPlan['writes'] = [];
  let i = 0;
  while (i < rowsOut.length) {
    let j = i;
    while (j + 1 < rowsOut.length && rowsOut[j + 1] === rowsOut[j]! + 1 && j - i < 5000) j++;
    const lines = rowsOut.slice(i, j + 1).map((r) => b.rows[targets.get(r)! - 1] ?? []);
    writes.push(...blockWrites(b, sheetId, rowsOut[i]!, lines, width));
    i = j + 1;
  }
  const protections = protectionChanges(b, current).map(({ backup, current: now }) => {
    const pr = {
      ...backup,
      range: withSheet(backup.range, sheetId),
      ...(backup.unprotectedRanges
        ? { unprotectedRanges: backup.unprotectedRanges.map((u) => withSheet(u, sheetId)) }
        : {}),
    };
    if (now)
      return {
        updateProtectedRange: {
          protectedRange: { ...pr, protectedRangeId: now.protectedRangeId },
          fields: 'warningOnly,editors,unprotectedRanges',
        },
      };
    const { protectedRangeId: _, ...fresh } = pr;
    return { addProtectedRange: { protectedRange: fresh } };
  });
  return { title: b.meta.title, grow, writes, protections, rowsWritten: rowsOut.length };
}

/**
 * One block of consecutive target rows: data validation as vertical runs (one setDataValidation per run of equal
 * cells in a column: a tab's rules are column-wide, so a handful of requests instead of a rule in every cell), then
 * values, notes and number formats in one updateCells (each cell with its own format, so a date's serial number
 * is written with its date type even where the format has no pattern).
 */
function blockWrites(
  b: TabData,
  sheetId: number,
  firstRow: number,
  lines: readonly (readonly (CompactCell | null)[])[],
  width: number,
): TabPlan['writes'] {
  const rules: Request[] = [];
  for (let c = 0; c < width; c++) {
    let start = 0;
    for (let k = 1; k <= lines.length; k++) {
      const v = lines[start]![c]?.r;
      if (k < lines.length && lines[k]![c]?.r === v) continue;
      const range = {
        sheetId,
        startRowIndex: firstRow - 1 + start,
        endRowIndex: firstRow - 1 + k,
        startColumnIndex: c,
        endColumnIndex: c + 1,
      };
      rules.push({ setDataValidation: { range, ...(v === undefined ? {} : { rule: b.rules[v] }) } });
      start = k;
    }
  }
  const rows = lines.map((line) => {
    const values: CellData[] = [];
    for (let c = 0; c < width; c++) {
      const cell = line[c];
      values.push(
        cell
          ? {
              ...(cell.v ? { userEnteredValue: cell.v } : {}),
              ...(cell.n ? { note: cell.n } : {}),
              ...(cell.f !== undefined ? { userEnteredFormat: { numberFormat: b.formats[cell.f] } } : {}),
            }
          : {},
      );
    }
    return { values };
  });
  return [
    ...rules.map((request) => ({ request, cells: 1 })),
    {
      request: {
        updateCells: {
          start: { sheetId, rowIndex: firstRow - 1, columnIndex: 0 },
          rows,
          fields: 'userEnteredValue,note,userEnteredFormat.numberFormat',
        },
      },
      cells: rows.length * width,
    },
  ];
}
