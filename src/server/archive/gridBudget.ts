// The workbook's grid against Archive history's cell budget: the count (no cells read) and what the run says of it.
//
// Google counts every cell of every tab's grid, empty or not, towards its limit of 10 million cells per
// spreadsheet, so the budget is measured as each sheet's getMaxRows × getMaxColumns.
// https://support.google.com/drive/answer/37603 (files you can store in Google Drive: 10 million cells)
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxRows()
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getMaxColumns()

import type { ArchiveReport } from './archiveRun';

/** Rows × columns of every tab's grid: two calls per sheet, no cell read. */
export function gridCells_(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  let cells = 0;
  for (const sheet of spreadsheet.getSheets()) cells += sheet.getMaxRows() * sheet.getMaxColumns();
  return cells;
}

/** 5,000,000 (by hand: Intl's grouping is not something to rely on in Apps Script's V8). */
const fmt = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const fmtFr = (n: number) => fmt(n).replace(/,/g, ' ');

/**
 * The window the run used and why, for its Audit line and message (empty when it used Settings' window and ended
 * under the budget, or stopped before measuring). Over the budget at the floor, it asks a person to act.
 */
export function budgetMessage_(report: ArchiveReport, language: 'en' | 'fr'): string {
  if (report.gridCells === 0) return '';
  const moved = report.months < report.settingsMonths;
  if (!moved && !report.overBudget) return '';
  if (language === 'fr') {
    const why = moved
      ? ` Fenêtre utilisée : ${report.months} mois au lieu de ${report.settingsMonths} (Paramètres), car la grille du classeur dépassait le budget de ${fmtFr(report.budget)} cellules.`
      : '';
    const over = report.overBudget
      ? ` À faire : la grille compte encore ${fmtFr(report.gridCells)} cellules, au-delà du budget, avec la fenêtre à son minimum (${report.months} mois) : réduisez les onglets trop grands, baissez « Mois minimum avant archivage » ou relevez le budget (la limite de Google est de 10 000 000).`
      : ` La grille compte maintenant ${fmtFr(report.gridCells)} cellules.`;
    return `${why}${over}`.trim();
  }
  const why = moved
    ? ` Window used: ${report.months} months instead of ${report.settingsMonths} (Settings), because the workbook's grid was over its budget of ${fmt(report.budget)} cells.`
    : '';
  const over = report.overBudget
    ? ` Action needed: the grid still holds ${fmt(report.gridCells)} cells, over the budget, with the window at its floor (${report.months} months): trim oversized tabs, lower "Archive minimum months" or raise the budget (Google's limit is 10,000,000).`
    : ` The grid now holds ${fmt(report.gridCells)} cells.`;
  return `${why}${over}`.trim();
}
