// Installs SpreadsheetApp: the store of workbooks (with the bound 'Strong Cities CRM') and the global the script sees.
import type { BackendOptions, GoogleBackend } from '../../backend';
import { SheetsAdvancedRoot } from '../advanced/sheetsAdvanced';
import { ChartsService } from './charts';
import { SpreadsheetAppService } from './spreadsheetApp';
import { SpreadsheetStore } from './spreadsheetModel';

export { a1Of, columnLetters, parseA1, type Rect } from './a1';
export { chartsOfSheet, restoreCharts, type SavedChart, saveCharts } from './chartModel';
export { displayOf } from './displayFormat';
export { RangeObject } from './range';
export { SheetObject } from './sheet';
export { type ConditionalRuleModel, type ProtectionModel, SheetModel } from './sheetModel';
export { SpreadsheetObject } from './spreadsheet';
export {
  type NamedRangeModel,
  SpreadsheetModel,
  type SpreadsheetOptions,
  SpreadsheetStore,
} from './spreadsheetModel';
export { SIDEBAR_WIDTH } from './ui';
export type { AlertRecord, DialogRecord, MenuEntry, MenuRecord, QueuedAnswer, ToastRecord } from './uiLog';
export { UiLog } from './uiLog';
export {
  type CellTarget,
  rangeObject,
  spreadsheetObject,
  type UserEdit,
  type UserEditResult,
  userEditCells,
} from './userActions';
export type { CellValue } from './valueConversion';

export const BOUND_SPREADSHEET_NAME = 'Strong Cities CRM';

export function installSpreadsheetService(g: GoogleBackend, options: BackendOptions): SpreadsheetStore {
  const store = new SpreadsheetStore(g.timeZone, g.owner, () => new Date(g.clock.now()));
  const bound = store.create(BOUND_SPREADSHEET_NAME, {
    locale: 'en_GB',
    timeZone: options.timeZone ?? g.timeZone,
  });
  store.boundId = bound.id;
  g.registerRoot('SpreadsheetApp', new SpreadsheetAppService(g, store));
  g.registerRoot('Charts', new ChartsService(g));
  // An advanced service is a global only when the manifest enables it (https://developers.google.com/apps-script/guides/services/advanced).
  if (options.advancedServices?.includes('Sheets'))
    g.registerRoot('Sheets', new SheetsAdvancedRoot(g, store));
  return store;
}
