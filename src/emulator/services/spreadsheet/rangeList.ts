// The RangeList object: non-adjacent ranges of one sheet, formatted in one call (getRanges, setNumberFormat, setBackground).
// Source: https://developers.google.com/apps-script/reference/spreadsheet/range-list
import { ServiceObject } from '../../runtime/serviceObject';
import type { RangeObject } from './range';

export class RangeListObject extends ServiceObject {
  readonly _type = 'RangeList';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: ServiceObject['_g'],
    readonly _ranges: readonly RangeObject[],
  ) {
    super(g);
  }

  /** "Returns a list of one or more Range instances in the same sheet." Source: …/range-list#getranges */
  getRanges(): RangeObject[] {
    return [...this._ranges];
  }

  /**
   * Sets the number or date format of every range in the list: one service call, each range's protections
   * checked and its cells counted as written. Source: …/range-list#setnumberformatformat
   */
  setNumberFormat(format: string): this {
    for (const r of this._ranges) r.setNumberFormat(format);
    return this;
  }

  /**
   * Sets the background of every range in the list (null resets it): one service call, each range's cells counted
   * as written. Source: https://developers.google.com/apps-script/reference/spreadsheet/range-list#setbackgroundcolor
   */
  setBackground(color: string | null): this {
    for (const r of this._ranges) r.setBackground(color);
    return this;
  }
}
