// Creates the state of every emulated service and registers the globals a script sees.
import type { BackendOptions, GoogleBackend } from '../backend';
import { type CommsStores, installCommsServices } from './comms/install';
import { type DocumentStore, installDocumentService } from './document/install';
import { type DriveStore, installDriveService } from './drive/install';
import { LoggerService } from './logger';
import { installScriptServices, type ScriptStores } from './script/install';
import { installSpreadsheetService, type SpreadsheetStore } from './spreadsheet/install';

/** The state of each service, shared by all executions of one emulated Google. */
export interface ServiceStores {
  spreadsheets: SpreadsheetStore;
  script: ScriptStores;
  comms: CommsStores;
  drive: DriveStore;
  documents: DocumentStore;
}

export function installServices(g: GoogleBackend, options: BackendOptions): ServiceStores {
  g.registerRoot('Logger', new LoggerService(g));
  const spreadsheets = installSpreadsheetService(g, options);
  const script = installScriptServices(g, options);
  const comms = installCommsServices(g, options);
  const drive = installDriveService(g, spreadsheets);
  return { spreadsheets, script, comms, drive, documents: installDocumentService(g, drive) };
}
