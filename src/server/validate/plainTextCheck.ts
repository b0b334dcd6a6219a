// Validate workbook, format check: text-only columns whose data cells lost '@'; setup is told to put it back.

import type { TabDef } from '../../../sheets-templates';
import { lostPlainTextProblems, textOnlyBounds } from '../../core/workbook/plainTextFormats';
import type { WorkbookProblem } from '../../core/workbook/validation';
import { fingerprintKey } from '../setup/tabDecorate';
import type { WorkbookSession } from '../store/session';

/**
 * One read of number formats per tab with data (rows 2..last, the columns spanning its text-only columns).
 * For a tab with a problem, setup's fingerprint of the tab is dropped so the next Set up or repair applies the
 * tab's formats again (setup does not read formats itself: tabDecorate.ts).
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getNumberFormats()
 */
export function plainTextProblems(session: WorkbookSession, defs: readonly TabDef[]): WorkbookProblem[] {
  const out: WorkbookProblem[] = [];
  for (const def of defs) {
    const table = session.table(def);
    if (!table.exists() || table.rows().length === 0) continue;
    const bounds = textOnlyBounds(def, table.match());
    if (!bounds) continue;
    const lastRow = table.lastRow();
    const formats = table
      .sheet()
      .getRange(2, bounds.from + 1, lastRow - 1, bounds.to - bounds.from + 1)
      .getNumberFormats();
    const found = lostPlainTextProblems(
      def,
      table.match(),
      bounds.from,
      formats,
      table.rows().map((r) => r.row),
    );
    if (found.length > 0) session.properties().deleteProperty(fingerprintKey(def.name));
    out.push(...found);
  }
  return out;
}
