// "Validate workbook" as a pure function: rows of tabs against the schemas, references and duplicates.
//
// The rows checked may be a whole tab or only part of it (the rows changed since the last run, or one chunk of a
// full run): the cross-row checks then take the tab's keys (ids, duplicate keys) from `keys`, built by the caller
// from narrow reads of the key columns, and references are looked up through `idExists`.

import type { TabDef } from '../../../sheets-templates/model';
import { type MessageCode, message } from '../messages/catalogue';
import { problemsOf, recordSchema } from '../schema/recordSchema';
import {
  comparesWholeTab,
  duplicateRuleOf,
  ENGAGEMENT_DUPLICATE_WINDOW,
  keyOfRow,
  rowsByKey,
} from './duplicateKeys';
import { columnLetter, type HeaderMatch, matchHeaders } from './headerMatch';

/** One problem, located for the sidebar's link: row and col are 1-based sheet positions (0 = the whole tab/row). */
export interface WorkbookProblem {
  tab: string;
  row: number;
  col: number;
  /** The column's header ('' when the problem is about the tab or the row). */
  column: string;
  message: string;
  /** For a duplicate: the row above it that it duplicates (lets a later run read that row alone). */
  sameAs?: number;
}

export interface DataRow {
  row: number;
  cells: unknown[];
}

/** The tab's keys over all of its rows, when `rows` are only some of them. */
export interface TabKeys {
  /** Id → the rows holding it, in row order. */
  ids: Map<string, number[]>;
  /** Duplicate key (duplicateKeys.ts) → rows, in row order. */
  duplicates?: Map<string, number[]>;
}

export interface TabData {
  def: TabDef;
  /** null when the tab does not exist. */
  headers: unknown[] | null;
  /** The rows to check. */
  rows: DataRow[];
  /** Rows read only so the rows checked can be compared with them (engagements above a chunk). */
  context?: DataRow[];
  keys?: TabKeys;
}

export interface ValidationLists {
  languages: readonly string[];
  topics: readonly string[];
}

/** Whether an id exists in a tab (references); by default, the ids of the tabs given. */
export type IdExists = (tab: string, id: string) => boolean;

interface Prepared {
  data: TabData;
  match: HeaderMatch;
  keys: TabKeys;
}

function structureProblems(data: TabData, match: HeaderMatch): WorkbookProblem[] {
  const out: WorkbookProblem[] = [];
  const tab = data.def.name;
  for (const c of match.missing) {
    const code = c.required ? 'validate.requiredColumnMissing' : 'validate.columnMissing';
    out.push({ tab, row: 1, col: 0, column: c.header, message: message(code, { column: c.header }) });
  }
  for (const d of match.duplicated) {
    out.push({
      tab,
      row: 1,
      col: d.indexes[1]! + 1,
      column: d.column.header,
      message: message('validate.columnTwice', {
        column: d.column.header,
        letters: d.indexes.map(columnLetter).join(message('structure.and')),
      }),
    });
  }
  return out;
}

function idOf(def: TabDef, match: HeaderMatch, cells: readonly unknown[]): string {
  const i = match.index[def.columns[0]?.key ?? ''];
  return i === undefined ? '' : String(cells[i] ?? '').trim();
}

function prepare(data: TabData): Prepared {
  const match = matchHeaders(data.def, data.headers ?? []);
  const seen = [...(data.context ?? []), ...data.rows];
  const rule = duplicateRuleOf(data.def);
  const keys: TabKeys = data.keys ?? {
    ids: rowsByKey(seen.map((r) => ({ row: r.row, key: idOf(data.def, match, r.cells) }))),
  };
  if (rule && !keys.duplicates) {
    keys.duplicates = rowsByKey(seen.map((r) => ({ row: r.row, key: keyOfRow(rule, match, r.cells) })));
  }
  return { data, match, keys };
}

function rowProblems(p: Prepared, idExists: IdExists, lists: ValidationLists): WorkbookProblem[] {
  const { def } = p.data;
  const out: WorkbookProblem[] = [];
  const schema = recordSchema(def, { lists, idExists });
  const present = def.columns.filter((c) => p.match.index[c.key] !== undefined);
  for (const r of p.data.rows) {
    const input: Record<string, unknown> = {};
    for (const c of present) input[c.key] = r.cells[p.match.index[c.key]!];
    const result = schema.safeParse(input);
    if (result.success) continue;
    for (const problem of problemsOf(def, result.error)) {
      const i = p.match.index[problem.key];
      if (i === undefined) continue; // a missing column is reported once, not on every row
      out.push({ tab: def.name, row: r.row, col: i + 1, column: problem.header, message: problem.message });
    }
  }
  return out;
}

/**
 * The first row holding `key` above `row` (the row is then its duplicate); with a window, the first such row at
 * most `window` rows above (history tabs, where only nearby rows are compared: duplicateKeys.ts).
 */
function firstAbove(
  map: Map<string, number[]> | undefined,
  key: string,
  row: number,
  window?: number,
): number | undefined {
  if (key === '' || !map) return undefined;
  const rows = map.get(key) ?? [];
  const first = window === undefined ? rows[0] : rows.find((r) => r >= row - window);
  return first !== undefined && first < row ? first : undefined;
}

function duplicateProblems(p: Prepared, idOfRow: (tab: string, row: number) => string): WorkbookProblem[] {
  const { def } = p.data;
  const out: WorkbookProblem[] = [];
  const idColumn = def.columns[0];
  const idCol = idColumn ? p.match.index[idColumn.key] : undefined;
  const rule = duplicateRuleOf(def);
  const ruleCol = rule ? p.match.index[rule.reportOn] : undefined;
  for (const r of p.data.rows) {
    const id = idOf(def, p.match, r.cells);
    const twin = firstAbove(p.keys.ids, id, r.row);
    if (idColumn && idCol !== undefined && twin !== undefined) {
      out.push({
        tab: def.name,
        row: r.row,
        col: idCol + 1,
        column: idColumn.header,
        message: message('validate.idTwice', { column: idColumn.header, id, row: twin }),
        sameAs: twin,
      });
    }
    if (!rule || ruleCol === undefined) continue;
    const window = comparesWholeTab(def) ? undefined : ENGAGEMENT_DUPLICATE_WINDOW;
    const first = firstAbove(p.keys.duplicates, keyOfRow(rule, p.match, r.cells), r.row, window);
    if (first === undefined) continue;
    const firstId = idOfRow(def.name, first);
    out.push({
      tab: def.name,
      row: r.row,
      col: ruleCol + 1,
      column: def.columns.find((c) => c.key === rule.reportOn)!.header,
      message: message('validate.duplicate', {
        what: message(`validate.same.${rule.what}` as MessageCode),
        row: first,
        id: firstId ? message('validate.duplicateId', { id: firstId }) : '',
      }),
      sameAs: first,
    });
  }
  return out;
}

/** The id on a row, from the tab's keys (ids map) — no extra read. */
function idAtRow(keys: TabKeys): (row: number) => string {
  let byRow: Map<number, string> | undefined;
  return (row) => {
    if (!byRow) {
      byRow = new Map();
      for (const [id, rows] of keys.ids) for (const r of rows) byRow.set(r, id);
    }
    return byRow.get(row) ?? '';
  };
}

/** Every problem of the rows given, tab by tab in the order given, rows in order. */
export function validateTabs(
  tabs: readonly TabData[],
  lists: ValidationLists,
  idExists?: IdExists,
): WorkbookProblem[] {
  const prepared = new Map<string, Prepared>();
  for (const t of tabs) if (t.headers) prepared.set(t.def.name, prepare(t));
  const exists: IdExists =
    idExists ??
    ((tab, id) => {
      const t = prepared.get(tab);
      return t ? t.keys.ids.has(id) : false;
    });
  const idLookups = new Map<string, (row: number) => string>();
  const idOfRow = (tab: string, row: number) => {
    const p = prepared.get(tab);
    if (!p) return '';
    let f = idLookups.get(tab);
    if (!f) {
      f = idAtRow(p.keys);
      idLookups.set(tab, f);
    }
    return f(row);
  };
  const out: WorkbookProblem[] = [];
  for (const t of tabs) {
    if (!t.headers) {
      out.push({
        tab: t.def.name,
        row: 0,
        col: 0,
        column: '',
        message: message('validate.tabMissing', { tab: t.def.name }),
      });
      continue;
    }
    const p = prepared.get(t.def.name)!;
    const found = [
      ...structureProblems(t, p.match),
      ...rowProblems(p, exists, lists),
      ...duplicateProblems(p, idOfRow),
    ];
    found.sort((a, b) => a.row - b.row || a.col - b.col);
    out.push(...found);
  }
  return out;
}
