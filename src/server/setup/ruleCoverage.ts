// Setup's data validation rules (dropdowns, checkboxes, date rules): built from the tab definitions, laid over
// every grid row under the header, and checked to reach the grid's last row
// (the store copies them onto the rows it adds: src/server/store/ruleRows.ts).
//
// Why the whole grid and not a fixed 1,000 rows: the grid is the data plus a modest margin (a new tab has
// 1,000 rows, the store adds rows 500 at a time, archiving keeps history tabs short: issue 11 item 4), so rules
// over rows 2..maxRows cover every data row and the rows a person types below it, never millions of empty cells.
// Rows inserted inside or right below a ruled range take its rule in Sheets (believed from public reports; the
// emulator does the same, src/emulator/services/spreadsheet/sheetModel.ts shiftMetadata); the store still copies
// the first data row's rules onto the rows it adds, so they are covered even where the rules above fell short.

import { message } from '../../core/messages';
import type { Language } from '../../core/messages/language';
import type { ColumnDecoration, ValidationSpec } from '../../core/workbook/tabDecorations';
import type { WorkbookSession } from '../store/session';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

const CRITERIA: Record<ValidationSpec['kind'], string> = {
  list: 'VALUE_IN_LIST',
  range: 'VALUE_IN_RANGE',
  checkbox: 'CHECKBOX',
  date: 'DATE_IS_VALID_DATE',
};

/** The rule a column's spec asks for; help texts are stored in the workbook, so in the workbook's language. */
export function ruleOf(session: WorkbookSession, spec: ValidationSpec, lang: Language): Rule | null {
  const b = SpreadsheetApp.newDataValidation();
  switch (spec.kind) {
    case 'list':
      return b
        .requireValueInList([...spec.values], true)
        .setAllowInvalid(spec.allowInvalid)
        .build();
    case 'checkbox':
      return b.requireCheckbox().build();
    case 'date':
      return b
        .requireDate()
        .setAllowInvalid(false)
        .setHelpText(message('setup.dateRuleHelp', {}, lang))
        .build();
    case 'range': {
      const target = session.sheet(spec.tab);
      if (!target) return null;
      const rows = Math.max(target.getMaxRows() - 1, 1);
      return b
        .requireValueInRange(target.getRange(2, 1, rows, 1), true)
        .setAllowInvalid(spec.allowInvalid)
        .build();
    }
  }
}

/** Lays each ruled column's rule over rows 2..maxRows (one write per ruled column). */
export function layRules(
  session: WorkbookSession,
  sheet: Sheet,
  decorations: readonly ColumnDecoration[],
  maxRows: number,
  lang: Language,
): void {
  for (const d of decorations) {
    if (!d.validation) continue;
    const rule = ruleOf(session, d.validation, lang);
    if (rule) sheet.getRange(2, d.index + 1, maxRows - 1, 1).setDataValidation(rule);
  }
}

/**
 * True when every ruled column has its kind of rule on the grid's last row: one read of one row, so a second
 * setup run stays write-free and finds rules that fall short of rows added since (or cut by a person).
 */
export function rulesReachLastRow(
  sheet: Sheet,
  decorations: readonly ColumnDecoration[],
  maxRows: number,
): boolean {
  const ruled = decorations.filter((d) => d.validation);
  if (ruled.length === 0 || maxRows < 2) return true;
  const from = ruled[0]!.index;
  const width = ruled[ruled.length - 1]!.index - from + 1;
  const last = sheet.getRange(maxRows, from + 1, 1, width).getDataValidations()[0] ?? [];
  return ruled.every((d) => {
    const rule = last[d.index - from];
    return !!rule && String(rule.getCriteriaType()) === CRITERIA[d.validation!.kind];
  });
}
