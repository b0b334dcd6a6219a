// "Validate workbook": checks the tabs, highlights invalid cells, and lists the problems in a sidebar.
//
// Incremental by default (incremental.ts: the rows changed since the last complete run, and the rows still
// highlighted); a full run (fullRun.ts) when asked, when no run has completed yet, or to finish one in progress.
import { SETTINGS } from '../../../sheets-templates';
import { titleText, UserError } from '../../core/messages';
import { cellKey, parseCellKey } from '../../core/workbook/rowRuns';
import type { WorkbookProblem } from '../../core/workbook/validation';
import { gridEditProblems } from '../access/gridEditFlags';
import { isOwnTriggerEvent_, sameTriggerUid_ } from '../access/ownTrigger';
import { requireRole, STRUCTURE_ROLES } from '../access/roles';
import { deadLetterProblems } from '../audit/deadLetter';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { type WorkbookSession, workbook } from '../store/session';
import { CONTINUE_HANDLER, runFull } from './fullRun';
import { applyHighlights, type TabHighlights } from './highlights';
import { runIncremental } from './incremental';
import { HISTORY_TABS } from './tabChecks';
import { ValidationState } from './validationState';

/** Problems sent to the sidebar at most (the count says how many there are in all). */
const MAX_LISTED = 500;
/** Document property an operator may set to shorten a full run's time per execution (milliseconds). */
const BUDGET_PROPERTY = 'scn.validate.budgetMs';

export interface ValidationReport {
  problems: WorkbookProblem[];
  total: number;
  rowsChecked: number;
  /** ISO timestamp (google.script.run cannot carry Dates). */
  checkedAt: string;
  /** The sidebar's language (the user's sidebar language). */
  language: UiLanguage;
  mode: 'incremental' | 'full';
  /** false while a full run continues in a later execution (a trigger resumes it within minutes). */
  complete: boolean;
  /** Tabs with fewer rows than at the last run (rows deleted): a full check is advised. */
  shrunk: string[];
}

/**
 * Problems outside the rows checked: Settings values, grid edits not allowed and not revertible (access/gridEdits.ts),
 * and audit rows set aside (audit/deadLetter.ts).
 */
function settingProblems(session: WorkbookSession): WorkbookProblem[] {
  const settings = session
    .settings()
    .problems.map((p) => ({ tab: SETTINGS.name, row: 0, col: 0, column: p.key, message: p.message }));
  return [...gridEditProblems(session), ...deadLetterProblems(session.properties()), ...settings];
}

function budgetOf(session: WorkbookSession): number | undefined {
  const v = Number(session.properties().getProperty(BUDGET_PROPERTY));
  return Number.isFinite(v) && v > 0 ? v : undefined;
}

function report(
  session: WorkbookSession,
  problems: WorkbookProblem[],
  total: number,
  rest: Omit<ValidationReport, 'problems' | 'total' | 'checkedAt' | 'language'>,
): ValidationReport {
  return {
    problems: problems.slice(0, MAX_LISTED),
    total,
    checkedAt: session.now().toISOString(),
    language: uiLanguage_(),
    ...rest,
  };
}

function full(session: WorkbookSession, state: ValidationState, restart: boolean): ValidationReport {
  const { settings } = session.settings();
  const lists = { languages: settings.languages, topics: settings.topics };
  const r = runFull(session, state, lists, restart, budgetOf(session));
  const problems = [...r.problems, ...settingProblems(session)];
  return report(session, problems, r.found + problems.length - r.problems.length, {
    rowsChecked: r.rowsChecked,
    mode: 'full',
    complete: r.done,
    shrunk: [],
  });
}

/** Runs the checks: `mode` 'full' checks every row (resuming across executions), otherwise only what changed. */
export function runValidation(session: WorkbookSession, mode?: string): ValidationReport {
  requireRole(session, STRUCTURE_ROLES, 'validate the workbook');
  return holdingValidationLock(() => validateLocked(session, mode));
}

/**
 * One check at a time: two sidebars, or a sidebar and a continuation, would read and write the same state in the
 * document properties. The document lock ("prevents any user of the current document from concurrently running a
 * section of code", https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()) is
 * not the script lock saves take, so a long check does not hold up saves; tryLock returns false when it is taken
 * (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)). `onBusy` answers then.
 */
function holdingValidationLock<T>(fn: () => T, onBusy?: () => T): T {
  // null only outside a container document (standalone script or web app): the user's lock is the next best.
  const lock = LockService.getDocumentLock() ?? LockService.getUserLock();
  if (!lock.tryLock(1000)) {
    if (onBusy) return onBusy();
    throw new UserError('validate.alreadyRunning');
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

function validateLocked(session: WorkbookSession, mode?: string): ValidationReport {
  const state = new ValidationState(session.properties());
  const baseline = state.baseline();
  // A full run in progress is carried on, whichever check was asked for: its finished chunks are not thrown away,
  // and rows changed since it started are checked again by the next incremental run (its baseline is its start).
  if (state.fullRun()) return full(session, state, false);
  if (mode === 'full') return full(session, state, true);
  if (!baseline) return full(session, state, false);
  const startedAt = session.now().toISOString();
  const { settings } = session.settings();
  const lists = { languages: settings.languages, topics: settings.topics };
  const r = runIncremental(session, state, baseline, lists);
  const tabs = new Map<string, TabHighlights>();
  const found = new Map<string, Set<string>>();
  for (const p of r.problems) {
    if (p.row < 2 || p.col < 1) continue;
    const set = found.get(p.tab) ?? new Set<string>();
    set.add(cellKey(p.row, p.col));
    found.set(p.tab, set);
  }
  for (const [tab, checked] of r.checked) {
    const sheet = session.sheet(tab);
    if (!sheet) continue;
    // Cells on rows not checked keep their highlight; the rows checked get exactly what this run found.
    const wanted = new Set([...state.highlighted(tab)].filter((k) => !checked.has(parseCellKey(k).row)));
    for (const k of found.get(tab) ?? []) wanted.add(k);
    tabs.set(tab, { sheet, wanted });
    if (HISTORY_TABS.indexOf(tab) >= 0) {
      const twins = new Map([...state.twins(tab)].filter(([row]) => !checked.has(row)));
      for (const p of r.problems) if (p.tab === tab && p.sameAs) twins.set(p.row, p.sameAs);
      state.setTwins(tab, twins);
    }
  }
  applyHighlights(state, tabs);
  state.setBaseline({ at: startedAt, lastRows: r.lastRows, auditLastRow: r.auditLastRow });
  state.save();
  const problems = [...r.problems, ...settingProblems(session)];
  return report(session, problems, problems.length, {
    rowsChecked: r.rowsChecked,
    mode: 'incremental',
    complete: true,
    shrunk: r.shrunk,
  });
}

/** Called from the validation sidebar (and its "Check again" button); `mode` 'full' checks every row. */
export function checkWorkbook(mode?: string): ValidationReport {
  return runValidation(workbook(), mode === 'full' ? 'full' : undefined);
}

/**
 * Continues the full run in progress, if any: called by the one-off time-driven trigger the run installs, or by
 * a coordinator to resume by hand (an event that names none of the project's triggers needs a role).
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
export function continueValidation(e?: GoogleAppsScript.Events.TimeDriven): void {
  const session = workbook();
  const fired = isOwnTriggerEvent_(e);
  if (!fired) requireRole(session, STRUCTURE_ROLES, 'validate the workbook');
  // Busy: the check holding the lock carries the run on (and schedules its own continuation if it must).
  holdingValidationLock(
    () => {
      const state = new ValidationState(session.properties());
      const run = state.fullRun();
      // The trigger that fired may no longer be listed (a spent one-off trigger), so its id is taken from the event
      // whether or not it is: a made-up id can only make this call step aside.
      const raw = (e as { triggerUid?: unknown } | undefined)?.triggerUid;
      const uid = typeof raw === 'string' || typeof raw === 'number' ? raw : undefined;
      // A continuation of a run since restarted or finished (another user's, which removeContinuation cannot
      // delete): the run names the trigger that carries it on, so this one only deletes itself.
      if (uid !== undefined && (!run || (run.continuation && !sameTriggerUid_(run.continuation, uid)))) {
        for (const t of ScriptApp.getProjectTriggers())
          if (t.getHandlerFunction() === CONTINUE_HANDLER && sameTriggerUid_(t.getUniqueId(), uid))
            ScriptApp.deleteTrigger(t);
        return;
      }
      if (run) full(session, state, false);
    },
    () => undefined,
  );
}

/** Menu action: opens the sidebar, which runs the checks and lists the problems. */
export function validateWorkbook(): void {
  requireRole(workbook(), STRUCTURE_ROLES, 'validate the workbook');
  const html = HtmlService.createHtmlOutputFromFile('validation').setTitle(titleText('Validate workbook'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Link target in the sidebar: selects the cell of a problem. Row/col are 1-based; 0 selects the tab's header. */
export function showProblemCell(tab: string, row: number, col: number): void {
  const session = workbook();
  requireRole(session, STRUCTURE_ROLES, 'validate the workbook');
  const sheet = session.sheet(String(tab));
  if (!sheet) throw new UserError('sidebar.noSuchTab', { tab: String(tab) });
  const r = Math.max(1, Math.floor(Number(row)) || 1);
  const c = Math.max(1, Math.floor(Number(col)) || 1);
  sheet.activate();
  session.spreadsheet.setActiveRange(sheet.getRange(r, c));
}
