// Installs DriveApp: the Drive store, fed with every spreadsheet the spreadsheet store holds or creates.
import type { GoogleBackend } from '../../backend';
import type { SpreadsheetStore } from '../spreadsheet/install';
import { DriveAppRoot } from './driveApp';
import { DriveStore } from './driveStore';

export { DriveAppRoot, FileObject, FolderObject, NO_ITEM_MESSAGE } from './driveApp';
export { type DriveItem, DriveStore, FOLDER_MIME_TYPE, SPREADSHEET_MIME_TYPE } from './driveStore';

export function installDriveService(g: GoogleBackend, spreadsheets: SpreadsheetStore): DriveStore {
  const store = new DriveStore(spreadsheets);
  for (const m of spreadsheets.all()) store.fileCreated(m);
  spreadsheets.drive = store;
  g.registerRoot('DriveApp', new DriveAppRoot(g, store));
  return store;
}
