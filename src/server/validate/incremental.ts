// Incremental validation: only the rows changed since the last complete run, and the rows still highlighted.
//
// Which rows changed, without reading the history (DESIGN §7, issue 11):
// - rows appended since the last run, found by position (each tab's last row then and now);
// - master tabs (everything but Engagements, Sends, Audit): rows whose Updated at is later than the last run,
//   one column read (the store stamps every save, and onEdit stamps direct edits of rows that have an id);
// - history tabs: rows edited directly in the grid, named by the Audit rows written since the last run
//   ("Edited C12:D14 directly in the sheet"); the Audit tail is read once, from the row the last run stopped at;
// - every row highlighted by the last run, so the list stays complete and fixed cells lose their highlight.
// Rows are then read in runs, and compared with the whole tab's ids and duplicate keys (single columns).
// What this cannot see (a row deleted, a referenced record removed, an old history row changed by a script) is
// found by the full run (fullRun.ts), which the sidebar offers and which resumes across executions.
import { AUDIT, TABLE_TABS, type TabDef } from '../../../sheets-templates';
import { ENGAGEMENT_DUPLICATE_WINDOW } from '../../core/workbook/duplicateKeys';
import { type RowRun, rowRuns, rowsOfA1 } from '../../core/workbook/rowRuns';
import type { ValidationLists, WorkbookProblem } from '../../core/workbook/validation';
import type { WorkbookSession } from '../store/session';
import { highlightedRows } from './highlights';
import { checkRows, HISTORY_TABS, structureOnly, WorkbookKeys } from './tabChecks';
import { readColumn, readRuns } from './validationReads';
import type { Baseline, ValidationState } from './validationState';

/** Rows read between two changed rows closer than this are read in one call (fewer calls, few extra cells). */
const JOIN_GAP = 20;

export interface IncrementalResult {
  problems: WorkbookProblem[];
  /** Rows checked per tab (the problems on these rows replace the ones remembered). */
  checked: Map<string, Set<number>>;
  rowsChecked: number;
  lastRows: Record<string, number>;
  auditLastRow: number;
  /** Tabs with fewer rows than at the last run: positions moved, a full run is advised. */
  shrunk: string[];
}

/** History rows edited in the grid since the last run, from the Audit tail (tab → rows). */
function auditTailEdits(keys: WorkbookKeys, from: number): { edits: Map<string, number[]>; lastRow: number } {
  const edits = new Map<string, number[]>();
  const top = keys.top(AUDIT);
  if (!top) return { edits, lastRow: 0 };
  if (top.lastRow <= from) return { edits, lastRow: top.lastRow };
  const match = keys.match(AUDIT);
  const tabCol = match.index['tab'];
  const summaryCol = match.index['summary'];
  const actionCol = match.index['action'];
  if (tabCol === undefined || summaryCol === undefined) return { edits, lastRow: top.lastRow };
  for (const r of readRuns(top, [{ from: from + 1, to: top.lastRow }])) {
    const tab = String(r.cells[tabCol] ?? '');
    if (HISTORY_TABS.indexOf(tab) < 0 || tab === AUDIT.name) continue;
    if (actionCol !== undefined && String(r.cells[actionCol]) !== 'sheet edit') continue;
    const m = /Edited ([A-Z]+\d+(?::[A-Z]+\d+)?)/.exec(String(r.cells[summaryCol] ?? ''));
    if (!m) continue;
    const list = edits.get(tab) ?? [];
    list.push(...rowsOfA1(m[1]!));
    edits.set(tab, list);
  }
  return { edits, lastRow: top.lastRow };
}

function changedRows(
  keys: WorkbookKeys,
  def: TabDef,
  baseline: Baseline,
  state: ValidationState,
  edits: Map<string, number[]>,
): { rows: Set<number>; fresh: Set<number>; lastRow: number; shrunk: boolean } {
  const top = keys.top(def)!;
  const before = baseline.lastRows[def.name] ?? 0;
  const rows = new Set<number>();
  for (let r = Math.max(before + 1, 2); r <= top.lastRow; r++) rows.add(r);
  const since = new Date(baseline.at).getTime();
  // A stamp later than now was not made by a save since the last run (an import, a typed date): not a change.
  const until = keys.session.now().getTime();
  const updatedAt = keys.match(def).index['updatedAt'];
  if (HISTORY_TABS.indexOf(def.name) < 0 && updatedAt !== undefined && before >= 2) {
    readColumn(top, updatedAt).forEach((v, i) => {
      if (v instanceof Date && v.getTime() >= since && v.getTime() <= until) rows.add(i + 2);
    });
  }
  for (const r of edits.get(def.name) ?? []) if (r >= 2 && r <= top.lastRow) rows.add(r);
  const fresh = new Set(rows);
  for (const r of highlightedRows(state, def.name)) if (r <= top.lastRow) rows.add(r);
  return { rows, fresh, lastRow: top.lastRow, shrunk: top.lastRow < before };
}

/**
 * Rows read as context for a history tab: engagements changed are compared with the rows just above them (a
 * retried create lands close by); a row flagged as a duplicate by an earlier run is compared with its twin alone.
 */
function contextRuns(def: TabDef, fresh: Set<number>, rows: Set<number>, state: ValidationState): RowRun[] {
  const out: RowRun[] = [];
  for (const [row, twin] of state.twins(def.name)) if (rows.has(row)) out.push({ from: twin, to: twin });
  if (def.name !== 'Engagements' || fresh.size === 0) return out;
  for (const run of rowRuns(fresh, JOIN_GAP)) {
    const from = Math.max(2, run.from - ENGAGEMENT_DUPLICATE_WINDOW);
    if (from < run.from) out.push({ from, to: run.from - 1 });
  }
  return out;
}

function spanOf(run: RowRun): number[] {
  const out: number[] = [];
  for (let r = run.from; r <= run.to; r++) out.push(r);
  return out;
}

export function runIncremental(
  session: WorkbookSession,
  state: ValidationState,
  baseline: Baseline,
  lists: ValidationLists,
): IncrementalResult {
  const keys = new WorkbookKeys(session);
  const { edits, lastRow: auditLastRow } = auditTailEdits(keys, baseline.auditLastRow);
  const result: IncrementalResult = {
    problems: [],
    checked: new Map(),
    rowsChecked: 0,
    lastRows: {},
    auditLastRow,
    shrunk: [],
  };
  for (const def of TABLE_TABS) {
    const structure = structureOnly(keys, def, lists);
    result.problems.push(...structure);
    const top = keys.top(def);
    if (!top) continue;
    const { rows, fresh, lastRow, shrunk } = changedRows(keys, def, baseline, state, edits);
    result.lastRows[def.name] = lastRow;
    if (shrunk) result.shrunk.push(def.name);
    if (rows.size === 0) {
      result.checked.set(def.name, rows);
      continue;
    }
    const wholeTabKeys = HISTORY_TABS.indexOf(def.name) < 0;
    if (wholeTabKeys) for (const r of keys.groupMates(def, rows)) rows.add(r);
    result.checked.set(def.name, rows);
    const runs = rowRuns(
      [...(wholeTabKeys ? [] : contextRuns(def, fresh, rows, state)), ...rowRuns(rows, JOIN_GAP)].flatMap(
        spanOf,
      ),
      JOIN_GAP,
    );
    const found = checkRows(keys, { def, runs, checked: rows, wholeTabKeys }, lists);
    result.rowsChecked += rows.size;
    result.problems.push(...found);
  }
  return result;
}
