// What scripts see of the selection: the active range, the current cell and the Selection object, as Range objects.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/selection — getActiveRange "Returns the
// selected range in the active sheet", getCurrentCell "Returns the current (highlighted) cell that is selected in one
// of the active ranges". Both are documented as null when nothing is selected; a person's session always has a
// current cell (A1 of a tab just opened), which is what the emulator gives (believed for executions with no one at
// the keyboard, such as time-driven triggers).
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import { RangeObject } from './range';
import { RangeListObject } from './rangeList';
import { activeSelection } from './selection';
import { SheetObject } from './sheet';
import type { SpreadsheetModel } from './spreadsheetModel';

export function activeRangeOf(g: GoogleBackend, model: SpreadsheetModel): RangeObject {
  const s = activeSelection(model);
  return new RangeObject(g, model.sheetById(s.sheetId) ?? model.activeSheet, s.rect);
}

export function currentCellOf(g: GoogleBackend, model: SpreadsheetModel): RangeObject {
  const s = activeSelection(model);
  return new RangeObject(g, model.sheetById(s.sheetId) ?? model.activeSheet, {
    row: s.current.row,
    col: s.current.col,
    numRows: 1,
    numCols: 1,
  });
}

/** Source: https://developers.google.com/apps-script/reference/spreadsheet/selection */
export class SelectionObject extends ServiceObject {
  readonly _type = 'Selection';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _model: SpreadsheetModel,
  ) {
    super(g);
  }

  getActiveRange(): RangeObject {
    return activeRangeOf(this._g, this._model);
  }
  /** One range is selected at a time in the emulator. */
  getActiveRangeList(): RangeListObject {
    return new RangeListObject(this._g, [activeRangeOf(this._g, this._model)]);
  }
  getActiveSheet(): SheetObject {
    return new SheetObject(this._g, this._model.activeSheet);
  }
  getCurrentCell(): RangeObject {
    return currentCellOf(this._g, this._model);
  }
}
