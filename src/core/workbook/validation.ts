// "Validate workbook" as a pure function: every row of every tab against the schemas, references and duplicates.

import type { TabDef } from '../../../sheets-templates/model';
import { problemsOf, recordSchema } from '../schema/recordSchema';
import { normaliseCityName, normaliseCountryName, normaliseEmail } from '../schema/text';
import { duplicateGroups } from './duplicates';
import { columnLetter, type HeaderMatch, matchHeaders } from './headerMatch';

/** One problem, located for the sidebar's link: row and col are 1-based sheet positions (0 = the whole tab/row). */
export interface WorkbookProblem {
  tab: string;
  row: number;
  col: number;
  /** The column's header ('' when the problem is about the tab or the row). */
  column: string;
  message: string;
}

export interface TabData {
  def: TabDef;
  /** null when the tab does not exist. */
  headers: unknown[] | null;
  rows: { row: number; cells: unknown[] }[];
}

export interface ValidationLists {
  languages: readonly string[];
  topics: readonly string[];
}

interface Prepared {
  data: TabData;
  match: HeaderMatch;
  ids: Map<string, number[]>;
}

function structureProblems(data: TabData, match: HeaderMatch): WorkbookProblem[] {
  const out: WorkbookProblem[] = [];
  const tab = data.def.name;
  for (const c of match.missing) {
    const need = c.required ? 'required' : 'optional';
    out.push({
      tab,
      row: 1,
      col: 0,
      column: c.header,
      message: `The ${need} column "${c.header}" is missing. Run Set up or repair workbook.`,
    });
  }
  for (const d of match.duplicated) {
    out.push({
      tab,
      row: 1,
      col: d.indexes[1]! + 1,
      column: d.column.header,
      message: `The column "${d.column.header}" appears twice (columns ${d.indexes.map(columnLetter).join(' and ')}).`,
    });
  }
  return out;
}

function prepare(data: TabData): Prepared {
  const match = matchHeaders(data.def, data.headers ?? []);
  const ids = new Map<string, number[]>();
  const idCol = match.index[data.def.columns[0]?.key ?? ''];
  if (idCol !== undefined) {
    for (const r of data.rows) {
      const id = String(r.cells[idCol] ?? '').trim();
      if (id === '') continue;
      const list = ids.get(id);
      if (list) list.push(r.row);
      else ids.set(id, [r.row]);
    }
  }
  return { data, match, ids };
}

function rowProblems(p: Prepared, all: Map<string, Prepared>, lists: ValidationLists): WorkbookProblem[] {
  const { def } = p.data;
  const out: WorkbookProblem[] = [];
  const idExists = (tab: string, id: string) => {
    const t = all.get(tab);
    return t ? t.ids.has(id) : false;
  };
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

function duplicateProblems(p: Prepared): WorkbookProblem[] {
  const { def } = p.data;
  const out: WorkbookProblem[] = [];
  const idColumn = def.columns[0];
  if (idColumn && p.match.index[idColumn.key] !== undefined) {
    for (const [id, rows] of p.ids) {
      for (const row of rows.slice(1)) {
        out.push({
          tab: def.name,
          row,
          col: p.match.index[idColumn.key]! + 1,
          column: idColumn.header,
          message: `${idColumn.header}: ${id} is also on row ${rows[0]}. Every record needs its own id.`,
        });
      }
    }
  }
  const cell = (r: { cells: unknown[] }, key: string) => {
    const i = p.match.index[key];
    return i === undefined ? '' : r.cells[i];
  };
  const report = (groups: { row: number; cells: unknown[] }[][], key: string, what: string) => {
    const col = p.match.index[key];
    if (col === undefined) return;
    const header = def.columns.find((c) => c.key === key)!.header;
    for (const g of groups) {
      const first = g[0]!;
      const firstId = String(cell(first, def.columns[0]!.key) ?? '');
      for (const r of g.slice(1)) {
        out.push({
          tab: def.name,
          row: r.row,
          col: col + 1,
          column: header,
          message: `Possible duplicate: same ${what} as row ${first.row}${firstId ? ` (${firstId})` : ''}.`,
        });
      }
    }
  };
  if (def.name === 'Contacts') {
    report(
      duplicateGroups(p.data.rows, (r) => normaliseEmail(String(cell(r, 'email') ?? ''))),
      'email',
      'email',
    );
  }
  if (def.name === 'Cities') {
    const key = (r: { cells: unknown[] }) => {
      const name = normaliseCityName(String(cell(r, 'name') ?? ''));
      return name === '' ? '' : `${name}|${normaliseCountryName(String(cell(r, 'country') ?? ''))}`;
    };
    report(duplicateGroups(p.data.rows, key), 'name', 'name and country');
  }
  // A create whose execution stopped after its row was written is retried by a user who never saw the answer;
  // the pair must be flagged, never silent (DESIGN §2.4). Found by test/acceptance/reliability.test.ts.
  if (def.name === 'Partners') {
    const key = (r: { cells: unknown[] }) => {
      const name = normaliseCityName(String(cell(r, 'name') ?? ''));
      return name === '' ? '' : `${name}|${normaliseCountryName(String(cell(r, 'country') ?? ''))}`;
    };
    report(duplicateGroups(p.data.rows, key), 'name', 'name and country');
  }
  if (def.name === 'Engagements') {
    const text = (r: { cells: unknown[] }, k: string) => {
      const v = cell(r, k);
      return v instanceof Date ? String(v.getTime()) : String(v ?? '').trim();
    };
    const key = (r: { cells: unknown[] }) =>
      text(r, 'summary') === ''
        ? ''
        : [
            'date',
            'type',
            'cityIds',
            'contactIds',
            'partnerIds',
            'staffIds',
            'topics',
            'summary',
            'followUpOn',
            'source',
          ]
            .map((k) => text(r, k))
            .join('|');
    report(duplicateGroups(p.data.rows, key), 'summary', 'date, type, people, topics and summary');
  }
  return out;
}

/** Every problem in the workbook, tab by tab in workbook order, rows in order. */
export function validateTabs(tabs: readonly TabData[], lists: ValidationLists): WorkbookProblem[] {
  const prepared = new Map<string, Prepared>();
  for (const t of tabs) if (t.headers) prepared.set(t.def.name, prepare(t));
  const out: WorkbookProblem[] = [];
  for (const t of tabs) {
    if (!t.headers) {
      out.push({
        tab: t.def.name,
        row: 0,
        col: 0,
        column: '',
        message: `The tab "${t.def.name}" is missing. Run Set up or repair workbook.`,
      });
      continue;
    }
    const p = prepared.get(t.def.name)!;
    const found = [
      ...structureProblems(t, p.match),
      ...rowProblems(p, prepared, lists),
      ...duplicateProblems(p),
    ];
    found.sort((a, b) => a.row - b.row || a.col - b.col);
    out.push(...found);
  }
  return out;
}
