// When the archive sorts a history tab or deletes rows from it, what other features stored by row number is dropped.
//
// Validate keeps row numbers (its incremental baseline, highlighted cells, duplicate pairs, a full run's next row)
// and grid-edit flags name rows too; after rows move, those numbers point at other rows. They are dropped before
// the first sort or delete of the tab (dropping early only costs a full Validate run), and the highlight colour,
// which moved with the rows, is cleared over the tab's data in one call, flushed before the cells it recorded go.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)

import { clearGridEditFlags } from '../access/gridEditFlags';
import type { WorkbookSession } from '../store/session';
import { ValidationState } from '../validate/validationState';
import type { LiveTab } from './liveHistory';

export function forgetRowPositions_(session: WorkbookSession, live: LiveTab): void {
  const state = new ValidationState(session.properties());
  if (state.forgetRowsOf(live.def.name)) {
    const last = live.sheet.getLastRow();
    if (last >= 2) live.sheet.getRange(2, 1, last - 1, live.width).setBackground(null);
    SpreadsheetApp.flush();
  }
  state.save();
  clearGridEditFlags(session, live.def.name, 1, Number.MAX_SAFE_INTEGER);
}
