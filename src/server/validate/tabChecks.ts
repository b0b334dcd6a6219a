// Checks some rows of one tab: schema, references, duplicates against the whole tab's keys, lost '@' formats.
//
// The whole-tab keys (ids, contacts' emails, cities' names and countries) are read as single columns, once per
// execution and only for the tabs a check needs: the tab checked and the tabs its rows refer to.
import type { TabDef } from '../../../sheets-templates';
import { tabByName } from '../../../sheets-templates';
import { comparesWholeTab, duplicateRuleOf, rowsByKey } from '../../core/workbook/duplicateKeys';
import { type HeaderMatch, matchHeaders } from '../../core/workbook/headerMatch';
import { lostPlainTextProblems, textOnlyBounds } from '../../core/workbook/plainTextFormats';
import { type RowRun, rowRuns } from '../../core/workbook/rowRuns';
import {
  type DataRow,
  type TabKeys,
  type ValidationLists,
  validateTabs,
  type WorkbookProblem,
} from '../../core/workbook/validation';
import { fingerprintKey } from '../setup/tabDecorate';
import type { WorkbookSession } from '../store/session';
import { readColumn, readFormats, readRuns, readTabTop, type TabTop } from './validationReads';

/** Tabs only ever appended to, whose length grows with history: never read whole by an incremental run. */
export const HISTORY_TABS = ['Engagements', 'Sends', 'Audit'];

/** Rows checked closer than this share one format read. */
const FORMAT_JOIN_GAP = 20;

/** One execution's whole-tab key columns, read on first use. */
export class WorkbookKeys {
  private readonly tops = new Map<string, TabTop | null>();
  private readonly idMaps = new Map<string, Map<string, number[]>>();
  private readonly dupMaps = new Map<string, Map<string, number[]> | undefined>();
  /** Whole tabs already read in this execution (rows 2..lastRow; empty rows as []). */
  private readonly wholeTab = new Map<string, unknown[][]>();

  /** `bodyRows(def)`: data rows to read with a tab's header (0 for an incremental run, which reads few rows). */
  constructor(
    readonly session: WorkbookSession,
    private readonly bodyRows: (def: TabDef) => number = () => 0,
  ) {}

  top(def: TabDef): TabTop | null {
    if (!this.tops.has(def.name)) this.tops.set(def.name, readTabTop(this.session, def, this.bodyRows(def)));
    return this.tops.get(def.name) ?? null;
  }

  match(def: TabDef): HeaderMatch {
    return matchHeaders(def, this.top(def)?.headers ?? []);
  }

  /**
   * Takes the key columns from rows already read when they are the whole tab (a full run's chunk covering it),
   * so the same cells are not read a second time as columns.
   */
  adoptWholeTab(def: TabDef, rows: readonly DataRow[]): void {
    const top = this.top(def);
    if (!top) return;
    const dense: unknown[][] = Array.from({ length: Math.max(0, top.lastRow - 1) }, () => []);
    for (const r of rows) dense[r.row - 2] = r.cells;
    this.wholeTab.set(def.name, dense);
  }

  /** One column (0-based) of the whole tab: from adopted rows, else one column read. */
  private column(def: TabDef, top: TabTop, index: number): unknown[] {
    const dense = this.wholeTab.get(def.name);
    return dense ? dense.map((cells) => cells[index] ?? '') : readColumn(top, index);
  }

  /** Id → rows over the whole tab (one column read). */
  ids(def: TabDef): Map<string, number[]> {
    let m = this.idMaps.get(def.name);
    if (!m) {
      const top = this.top(def);
      const i = this.match(def).index[def.columns[0]?.key ?? ''];
      const values = top && i !== undefined ? this.column(def, top, i) : [];
      m = rowsByKey(values.map((v, k) => ({ row: k + 2, key: String(v ?? '').trim() })));
      this.idMaps.set(def.name, m);
    }
    return m;
  }

  /** The duplicate key of every row of a master tab (one read per key column); undefined for windowed rules. */
  duplicates(def: TabDef): Map<string, number[]> | undefined {
    if (this.dupMaps.has(def.name)) return this.dupMaps.get(def.name);
    const rule = duplicateRuleOf(def);
    const top = this.top(def);
    let m: Map<string, number[]> | undefined;
    if (rule && top && comparesWholeTab(def)) {
      const match = this.match(def);
      const columns = new Map<string, unknown[]>();
      for (const k of rule.keys) {
        const i = match.index[k];
        if (i !== undefined) columns.set(k, this.column(def, top, i));
      }
      const n = Math.max(0, top.lastRow - 1);
      const entries: { row: number; key: string }[] = [];
      for (let r = 0; r < n; r++)
        entries.push({ row: r + 2, key: rule.key((k) => columns.get(k)?.[r] ?? '') });
      m = rowsByKey(entries);
    }
    this.dupMaps.set(def.name, m);
    return m;
  }

  /**
   * Rows sharing an id or a duplicate key with any of `rows` (master tabs): when a changed row takes the email of
   * a row further down, that row becomes the duplicate, so it is checked too.
   */
  groupMates(def: TabDef, rows: ReadonlySet<number>): number[] {
    const out: number[] = [];
    for (const map of [this.ids(def), this.duplicates(def)]) {
      if (!map) continue;
      for (const group of map.values()) {
        if (group.length < 2 || !group.some((r) => rows.has(r))) continue;
        for (const r of group) if (!rows.has(r)) out.push(r);
      }
    }
    return out;
  }

  idExists(tab: string, id: string): boolean {
    const def = tabByName(tab);
    return def ? this.ids(def).has(id) : false;
  }
}

export interface RowCheck {
  def: TabDef;
  /** Runs of rows to read; only rows in `checked` (when given) are checked, the others are context. */
  runs: readonly RowRun[];
  checked?: ReadonlySet<number>;
  /** Compare ids and keys with the whole tab (master tabs) rather than with the rows read. */
  wholeTabKeys: boolean;
}

/** The problems of the rows of one check; drops setup's fingerprint of a tab whose cells lost '@'. */
export function checkRows(keys: WorkbookKeys, check: RowCheck, lists: ValidationLists): WorkbookProblem[] {
  const { def } = check;
  const top = keys.top(def);
  if (!top) return validateTabs([{ def, headers: null, rows: [] }], lists);
  const read = readRuns(top, check.runs);
  const whole = check.runs.some((r) => r.from <= 2 && r.to >= top.lastRow);
  if (check.wholeTabKeys && whole) keys.adoptWholeTab(def, read);
  const rows: DataRow[] = [];
  const context: DataRow[] = [];
  for (const r of read) (check.checked && !check.checked.has(r.row) ? context : rows).push(r);
  const tabKeys: TabKeys | undefined = check.wholeTabKeys
    ? { ids: keys.ids(def), duplicates: keys.duplicates(def) }
    : undefined;
  const problems = validateTabs(
    [{ def, headers: top.headers, rows, context, keys: tabKeys }],
    lists,
    (t, id) => keys.idExists(t, id),
  );
  // Tab-level problems (missing or doubled columns) are reported once per run by structureOnly.
  const found = problems.filter((p) => p.row >= 2);
  found.push(...plainTextCheck(keys, def, top, rows));
  return found;
}

/** Text-only columns whose checked cells lost '@' (one format read per run of checked rows). */
function plainTextCheck(keys: WorkbookKeys, def: TabDef, top: TabTop, rows: DataRow[]): WorkbookProblem[] {
  if (rows.length === 0) return [];
  const match = keys.match(def);
  const bounds = textOnlyBounds(def, match);
  if (!bounds) return [];
  const dataRows = rows.map((r) => r.row);
  const formats = readFormats(top, rowRuns(dataRows, FORMAT_JOIN_GAP), bounds.from, bounds.to);
  const found = lostPlainTextProblems(def, match, bounds.from, formats, dataRows);
  // Setup does not read formats itself (tabDecorate.ts): dropping its fingerprint makes the next repair reapply.
  if (found.length > 0) keys.session.properties().deleteProperty(fingerprintKey(def.name));
  return found;
}

/** Structure problems of a tab (missing or doubled columns, missing tab) without reading any row. */
export function structureOnly(keys: WorkbookKeys, def: TabDef, lists: ValidationLists): WorkbookProblem[] {
  const top = keys.top(def);
  return validateTabs([{ def, headers: top ? top.headers : null, rows: [] }], lists);
}
