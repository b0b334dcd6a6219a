// The SpreadsheetApp global: opening and creating workbooks, builders, the Ui and the enums.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import { ConditionalFormatRuleBuilderObject } from './conditionalFormat';
import { DATA_VALIDATION_CRITERIA, DataValidationBuilderObject } from './dataValidation';
import { FilterCriteriaBuilderObject } from './filter';
import type { RangeObject } from './range';
import type { SelectionObject } from './selectionObjects';
import type { SheetObject } from './sheet';
import { SpreadsheetObject } from './spreadsheet';
import { SheetsError, type SpreadsheetStore } from './spreadsheetModel';
import { UiObject } from './ui';

export class SpreadsheetAppService extends ServiceObject {
  readonly _type = 'SpreadsheetApp';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _store: SpreadsheetStore,
  ) {
    super(g);
  }

  override _properties(): Record<string, unknown> {
    return {
      DataValidationCriteria: { ...DATA_VALIDATION_CRITERIA },
      // Source: https://developers.google.com/apps-script/reference/spreadsheet/dimension
      Dimension: { COLUMNS: 'COLUMNS', ROWS: 'ROWS' },
      // Source: https://developers.google.com/apps-script/reference/spreadsheet/protection-type
      ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
    };
  }

  getActive(): SpreadsheetObject {
    return new SpreadsheetObject(this._g, this._store.bound);
  }
  getActiveSpreadsheet(): SpreadsheetObject {
    return this.getActive();
  }
  getActiveSheet(): SheetObject {
    return this.getActive().getActiveSheet();
  }
  getActiveRange(): RangeObject {
    return this.getActive().getActiveRange();
  }
  // Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getcurrentcell()
  getCurrentCell(): RangeObject {
    return this.getActive().getCurrentCell();
  }
  getSelection(): SelectionObject {
    return this.getActive().getSelection();
  }
  setActiveRange(range: RangeObject): RangeObject {
    return range.activate();
  }
  setActiveSheet(sheet: SheetObject): SheetObject {
    return this.getActive().setActiveSheet(sheet);
  }
  setCurrentCell(cell: RangeObject): RangeObject {
    return cell.activateAsCurrentCell();
  }
  setActiveSpreadsheet(_spreadsheet: SpreadsheetObject): void {
    // The bound workbook stays the active one in the emulator.
  }

  /**
   * Unknown ids fail with the service's generic message, as Apps Script does.
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openbyidid
   */
  openById(id: string): SpreadsheetObject {
    const m = this._store.get(String(id));
    // A spreadsheet the user may not open fails the same way (sharing beyond owner and editors is not emulated).
    if (!m || !m.isEditor(this._g.current.effectiveUser))
      throw new SheetsError(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return new SpreadsheetObject(this._g, m);
  }
  openByUrl(url: string): SpreadsheetObject {
    const m = this._store.byUrl(String(url));
    if (!m)
      throw new SheetsError(
        'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
      );
    return new SpreadsheetObject(this._g, m);
  }
  /** Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#createname,-rows,-columns */
  create(name: string, rows?: number, columns?: number): SpreadsheetObject {
    const m = this._store.create(String(name), { owner: this._g.current.effectiveUser, rows, columns });
    return new SpreadsheetObject(this._g, m);
  }
  /** Writes are applied at once in the emulator; flush only costs time (see latency.ts). */
  flush(): void {}

  getUi(): UiObject {
    return new UiObject(this._g, this._store.bound);
  }
  newDataValidation(): DataValidationBuilderObject {
    return new DataValidationBuilderObject(this._g);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderObject {
    return new ConditionalFormatRuleBuilderObject(this._g);
  }
  /** "Creates a builder for a FilterCriteria." https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#newFilterCriteria() */
  newFilterCriteria(): FilterCriteriaBuilderObject {
    return new FilterCriteriaBuilderObject(this._g);
  }
}
