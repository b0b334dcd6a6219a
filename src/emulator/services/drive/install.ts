// Installs DriveApp: the Drive store, fed with every spreadsheet the spreadsheet store holds or creates.
import type { GoogleBackend } from '../../backend';
import type { SpreadsheetStore } from '../spreadsheet/install';
import { DriveAppRoot } from './driveApp';
import { DriveStore, SPREADSHEET_MIME_TYPE } from './driveStore';

export { DriveAppRoot, FileObject, FolderObject, NO_ITEM_MESSAGE } from './driveApp';
export { type DriveItem, DriveStore, FOLDER_MIME_TYPE, SPREADSHEET_MIME_TYPE } from './driveStore';

export function installDriveService(g: GoogleBackend, spreadsheets: SpreadsheetStore): DriveStore {
  const store = new DriveStore(() => new Date(g.clock.now()));
  const register = (id: string) => {
    const model = spreadsheets.get(id);
    if (model && !store.get(id)) store.addFile(id, SPREADSHEET_MIME_TYPE, model.owner, () => model.name);
  };
  for (const m of spreadsheets.all()) register(m.id);
  spreadsheets.onCreate.push((m) => register(m.id));
  g.registerRoot('DriveApp', new DriveAppRoot(g, store));
  return store;
}
