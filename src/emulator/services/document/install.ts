// Installs DocumentApp: the documents store and the DocumentApp global.
import type { GoogleBackend } from '../../backend';
import { DocumentAppRoot } from './documentApp';
import { DocumentStore } from './documentStore';

export { type DocumentModel, DocumentStore, documentUrl } from './documentStore';

export function installDocumentService(g: GoogleBackend): DocumentStore {
  const store = new DocumentStore();
  g.registerRoot('DocumentApp', new DocumentAppRoot(g, store));
  return store;
}
