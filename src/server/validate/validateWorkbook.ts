// "Validate workbook": checks the tabs, highlights invalid cells, and lists the problems in a sidebar.
//
// Incremental by default (incremental.ts: the rows changed since the last complete run, and the rows still
// highlighted); a full run (fullRun.ts) when asked, when no run has completed yet, or to finish one in progress.
import { SETTINGS } from '../../../sheets-templates';
import { titleText, UserError } from '../../core/messages';
import { cellKey, parseCellKey } from '../../core/workbook/rowRuns';
import type { WorkbookProblem } from '../../core/workbook/validation';
import { gridEditProblems } from '../access/gridEditFlags';
import { isOwnTriggerEvent_ } from '../access/ownTrigger';
import { requireRole, STRUCTURE_ROLES } from '../access/roles';
import { deadLetterProblems } from '../audit/deadLetter';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { type WorkbookSession, workbook } from '../store/session';
import { runFull } from './fullRun';
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
  const state = new ValidationState(session.properties());
  const baseline = state.baseline();
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
  if (!isOwnTriggerEvent_(e)) requireRole(session, STRUCTURE_ROLES, 'validate the workbook');
  const state = new ValidationState(session.properties());
  if (!state.fullRun()) return;
  full(session, state, false);
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
