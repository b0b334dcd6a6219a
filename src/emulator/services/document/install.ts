// Installs DocumentApp: the documents store and the DocumentApp global.
import type { GoogleBackend } from '../../backend';
import type { DriveStore } from '../drive/driveStore';
import { DocumentAppRoot } from './documentApp';
import { DocumentStore } from './documentStore';

export { type DocumentModel, DocumentStore, documentUrl } from './documentStore';

export function installDocumentService(g: GoogleBackend, drive?: DriveStore): DocumentStore {
  const store = new DocumentStore();
  store.drive = drive;
  g.registerRoot('DocumentApp', new DocumentAppRoot(g, store));
  return store;
}
