// Installs SpreadsheetApp: the store of workbooks and the global the script sees.
import type { BackendOptions, GoogleBackend } from '../../backend';

/** All emulated workbooks. (Being written: see the spreadsheet service files beside this one.) */
export class SpreadsheetStore {}

export function installSpreadsheetService(_g: GoogleBackend, _options: BackendOptions): SpreadsheetStore {
  return new SpreadsheetStore();
}
