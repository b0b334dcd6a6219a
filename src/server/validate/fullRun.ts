// The full validation run: every row of every tab, in chunks, across as many executions as it needs.
//
// Apps Script stops an execution after 6 minutes (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
// The run checks fixed chunks of rows (so a run split across executions finds exactly what one run finds), saves
// where it is after each chunk, and when its time budget is spent it installs a one-off time-driven trigger that
// resumes it (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)).
// Kill-safe: a chunk whose result was not saved is checked again; the highlights are applied only at the end.
import { AUDIT, TABLE_TABS } from '../../../sheets-templates';
import { ENGAGEMENT_DUPLICATE_WINDOW } from '../../core/workbook/duplicateKeys';
import { cellKey } from '../../core/workbook/rowRuns';
import type { ValidationLists, WorkbookProblem } from '../../core/workbook/validation';
import type { WorkbookSession } from '../store/session';
import { applyHighlights, type TabHighlights } from './highlights';
import { checkRows, structureOnly, WorkbookKeys } from './tabChecks';
import type { FullRunState, ValidationState } from './validationState';

/** Rows checked per chunk: a few seconds of reads, so little is redone after a stop. */
export const CHUNK_ROWS = 5000;
/** Time a run spends in one execution before handing over (under the 6-minute limit, with room to save). */
export const BUDGET_MS = 4.5 * 60 * 1000;
/** The top-level function the continuation trigger calls. */
export const CONTINUE_HANDLER = 'continueValidation';
/** Delay before the continuation runs. */
const CONTINUE_AFTER_MS = 60 * 1000;

export interface FullRunResult {
  done: boolean;
  /** Problems found in this execution (all of them when the run took one execution). */
  problems: WorkbookProblem[];
  /** Problems found by the run so far, over all its executions. */
  found: number;
  rowsChecked: number;
  executions: number;
}

/** Called after removeContinuation: one continuation at a time. Returns its id, which the run keeps. */
function scheduleContinuation(): string {
  return ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create().getUniqueId();
}

/** Deletes the continuation triggers (the one that fired included: a spent one-off trigger may stay listed). */
function removeContinuation(): void {
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
  }
}

/** A new run: any run in progress is dropped first (its key is the commit point), then its cells. */
function freshRun(session: WorkbookSession, keys: WorkbookKeys, state: ValidationState): FullRunState {
  state.setFullRun(undefined);
  for (const def of TABLE_TABS) {
    state.setFullCells(def.name, []);
    state.setTwins(def.name, new Map(), true);
  }
  state.save();
  return {
    startedAt: session.now().toISOString(),
    tab: 0,
    next: 2,
    lastRows: {},
    auditLastRow: keys.top(AUDIT)?.lastRow ?? 0,
    executions: 0,
    found: 0,
  };
}

/** Starts a full run (`restart`) or continues the one in progress; returns when done or when the budget is spent. */
export function runFull(
  session: WorkbookSession,
  state: ValidationState,
  lists: ValidationLists,
  restart: boolean,
  budgetMs = BUDGET_MS,
): FullRunResult {
  const started = Date.now();
  const previous = restart ? undefined : state.fullRun();
  // A tab not yet started is read with its first chunk in one call; the tab a continuation resumes is not.
  const position = previous ?? { tab: 0, next: 2 };
  const keys = new WorkbookKeys(session, (def) => {
    const i = TABLE_TABS.indexOf(def);
    return i > position.tab || (i === position.tab && position.next === 2) ? CHUNK_ROWS : 0;
  });
  const run = previous ?? freshRun(session, keys, state);
  run.executions++;
  removeContinuation();
  const problems: WorkbookProblem[] = [];
  let rowsChecked = 0;
  while (run.tab < TABLE_TABS.length) {
    const def = TABLE_TABS[run.tab]!;
    const top = keys.top(def);
    if (run.next === 2) {
      const structure = structureOnly(keys, def, lists);
      problems.push(...structure);
      run.found += structure.length;
    }
    if (!top || top.lastRow < run.next) {
      run.lastRows[def.name] = top?.lastRow ?? 0;
      run.tab++;
      run.next = 2;
      continue;
    }
    const to = Math.min(run.next + CHUNK_ROWS - 1, top.lastRow);
    const checked = new Set<number>();
    for (let r = run.next; r <= to; r++) checked.add(r);
    const context =
      def.name === 'Engagements' && run.next > 2
        ? [{ from: Math.max(2, run.next - ENGAGEMENT_DUPLICATE_WINDOW), to: run.next - 1 }]
        : [];
    const found = checkRows(
      keys,
      { def, runs: [...context, { from: run.next, to }], checked, wholeTabKeys: true },
      lists,
    );
    const cells = state.fullCells(def.name);
    for (const p of found) if (p.row >= 2 && p.col >= 1) cells.add(cellKey(p.row, p.col));
    state.setFullCells(def.name, cells);
    if (found.some((p) => p.sameAs)) {
      const twins = state.twins(def.name, true);
      for (const p of found) if (p.sameAs) twins.set(p.row, p.sameAs);
      state.setTwins(def.name, twins, true);
    }
    problems.push(...found);
    run.found += found.length;
    rowsChecked += to - run.next + 1;
    run.next = to + 1;
    state.setFullRun(run);
    state.save();
    if (Date.now() - started > budgetMs && (run.next <= top.lastRow || run.tab < TABLE_TABS.length - 1)) {
      // The run names its continuation: another user's continuation of an earlier run (which this user cannot
      // delete, script-app#getProjectTriggers() lists the current user's only) then knows it is stale.
      run.continuation = scheduleContinuation();
      state.setFullRun(run);
      state.save();
      return { done: false, problems, found: run.found, rowsChecked, executions: run.executions };
    }
  }
  const tabs = new Map<string, TabHighlights>();
  for (const def of TABLE_TABS) {
    const sheet = session.sheet(def.name);
    if (sheet) tabs.set(def.name, { sheet, wanted: state.fullCells(def.name) });
  }
  applyHighlights(state, tabs);
  state.setBaseline({ at: run.startedAt, lastRows: run.lastRows, auditLastRow: run.auditLastRow });
  // The run's key goes first: stopped after it, nothing resumes a run whose cells are half deleted.
  state.setFullRun(undefined);
  for (const def of TABLE_TABS) {
    state.setTwins(def.name, state.twins(def.name, true));
    state.setTwins(def.name, new Map(), true);
    state.setFullCells(def.name, []);
  }
  state.save();
  return { done: true, problems, found: run.found, rowsChecked, executions: run.executions };
}
