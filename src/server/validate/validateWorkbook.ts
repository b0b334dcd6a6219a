// "Validate workbook": checks every tab, highlights invalid cells, and lists the problems in a sidebar.

import { SETTINGS, TABLE_TABS } from '../../../sheets-templates';
import { titleText, UserError } from '../../core/messages';
import { type TabData, validateTabs, type WorkbookProblem } from '../../core/workbook/validation';
import { gridEditProblems } from '../access/gridEditFlags';
import { requireRole, STRUCTURE_ROLES } from '../access/roles';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { type WorkbookSession, workbook } from '../store/session';
import { applyHighlights } from './highlights';
import { plainTextProblems } from './plainTextCheck';

/** Problems sent to the sidebar at most (the count says how many there are in all). */
const MAX_LISTED = 500;

export interface ValidationReport {
  problems: WorkbookProblem[];
  total: number;
  rowsChecked: number;
  /** ISO timestamp (google.script.run cannot carry Dates). */
  checkedAt: string;
  /** The sidebar's language (the user's sidebar language). */
  language: UiLanguage;
}

export function runValidation(session: WorkbookSession): ValidationReport {
  requireRole(session, STRUCTURE_ROLES, 'validate the workbook');
  const tabs: TabData[] = TABLE_TABS.map((def) => {
    const table = session.table(def);
    if (!table.exists()) return { def, headers: null, rows: [] };
    return { def, headers: table.headers(), rows: table.rows() };
  });
  const { settings, problems: settingProblems } = session.settings();
  const problems = validateTabs(tabs, { languages: settings.languages, topics: settings.topics });
  problems.push(...plainTextProblems(session, TABLE_TABS));
  problems.push(...gridEditProblems(session)); // grid edits not allowed and not revertible (access/gridEdits.ts)
  for (const p of settingProblems) {
    problems.push({ tab: SETTINGS.name, row: 0, col: 0, column: p.key, message: p.message });
  }
  applyHighlights(
    session,
    TABLE_TABS.filter((d) => session.sheet(d.name) !== null).map((d) => d.name),
    problems,
  );
  return {
    problems: problems.slice(0, MAX_LISTED),
    total: problems.length,
    rowsChecked: tabs.reduce((n, t) => n + t.rows.length, 0),
    checkedAt: session.now().toISOString(),
    language: uiLanguage_(),
  };
}

/** Called from the validation sidebar (and its "Check again" button): runs the checks and returns the report. */
export function checkWorkbook(): ValidationReport {
  return runValidation(workbook());
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
