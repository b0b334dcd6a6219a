// Matching a tab's header row to its definition: which column holds which field, which are unknown or missing.

import type { ColumnDef, TabDef } from '../../../sheets-templates/model';
import { message } from '../messages/catalogue';

/** Header text compared without case, surrounding spaces or repeated spaces ("  City  id" = "City ID"). */
export function normaliseHeader(h: unknown): string {
  return String(h ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface HeaderMatch {
  /** Field key → 0-based column index in the sheet. */
  index: Record<string, number>;
  /** Indexes of non-empty header cells that are not in the definition: user columns, kept untouched. */
  unknown: number[];
  /** Defined columns whose header is not in the row. */
  missing: ColumnDef[];
  /** Defined headers that appear more than once (the store cannot tell which one holds the field). */
  duplicated: { column: ColumnDef; indexes: number[] }[];
}

/** Maps each defined column to the header cell carrying its header text (or its field key), wherever it is. */
export function matchHeaders(def: TabDef, headers: readonly unknown[]): HeaderMatch {
  const byText = new Map<string, number[]>();
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key === '') return;
    const list = byText.get(key);
    if (list) list.push(i);
    else byText.set(key, [i]);
  });
  const index: Record<string, number> = {};
  const claimed = new Set<number>();
  const missing: ColumnDef[] = [];
  const duplicated: HeaderMatch['duplicated'] = [];
  for (const column of def.columns) {
    const found = byText.get(normaliseHeader(column.header)) ?? byText.get(normaliseHeader(column.key));
    if (!found) {
      missing.push(column);
      continue;
    }
    if (found.length > 1) duplicated.push({ column, indexes: found });
    index[column.key] = found[0]!;
    for (const i of found) claimed.add(i);
  }
  const unknown: number[] = [];
  headers.forEach((h, i) => {
    if (!claimed.has(i) && normaliseHeader(h) !== '') unknown.push(i);
  });
  return { index, unknown, missing, duplicated };
}

/** 1-based column letter(s) for messages: 0 → A, 27 → AB. */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The message for a tab whose structure the store cannot work with; names the tab and the column. */
export function structureProblem(def: TabDef, match: HeaderMatch): string | undefined {
  const required = match.missing.filter((c) => c.required);
  if (required.length > 0) {
    const columns = required.map((c) => `"${c.header}"`).join(', ');
    return message('structure.requiredColumns', { tab: def.name, columns });
  }
  if (match.duplicated.length > 0) {
    const d = match.duplicated[0]!;
    const letters = d.indexes.map(columnLetter).join(message('structure.and'));
    return message('structure.columnTwice', { tab: def.name, column: d.column.header, letters });
  }
  return undefined;
}
