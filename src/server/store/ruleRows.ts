// Rows the store adds at the bottom of a tab get the dropdown, checkbox and date rules of its first data row
// (issue 10 item 10), so rules follow the data without setup running again. Setup lays those rules (ruleCoverage.ts).

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Rows the store added at the bottom get the rules of the first data row, the row setup always
 * rules (one read of that row, one write over the new block; nothing when the tab has no rules).
 */
export function copyRulesToNewRows_(sheet: Sheet, width: number, firstRow: number, numRows: number): void {
  if (numRows <= 0 || width <= 0 || firstRow <= 2) return;
  const rules = sheet.getRange(2, 1, 1, width).getDataValidations()[0] ?? [];
  let from = -1;
  let to = -1;
  rules.forEach((r, i) => {
    if (!r) return;
    if (from < 0) from = i;
    to = i;
  });
  if (from < 0) return;
  const line = rules.slice(from, to + 1);
  const grid: (Rule | null)[][] = [];
  for (let r = 0; r < numRows; r++) grid.push(line);
  sheet.getRange(firstRow, from + 1, numRows, to - from + 1).setDataValidations(grid);
}
