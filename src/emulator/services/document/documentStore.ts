// The emulated Google Docs, host side: each document's name, owner and body (paragraphs with headings, tables).

export type ElementModel =
  | { kind: 'PARAGRAPH'; text: string; heading: string }
  | { kind: 'TABLE'; cells: string[][] }
  | { kind: 'INLINE_IMAGE'; bytes: Buffer; contentType: string };

export interface DocumentModel {
  id: string;
  name: string;
  owner: string;
  body: ElementModel[];
  /** Set by saveAndClose: the document's state as saved (what another execution opening it reads). */
  saved: boolean;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export class DocumentStore {
  readonly documents = new Map<string, DocumentModel>();
  private next = 1;
  /**
   * Told of every document created: a Google Doc is a Drive file under the same id (DriveApp.getFileById opens
   * it, setTrashed bins it). Not enumerable, so JSON views of the store do not walk into Drive and back.
   */
  declare drive: { documentCreated(model: DocumentModel): void } | undefined;

  constructor() {
    Object.defineProperty(this, 'drive', { value: undefined, writable: true, enumerable: false });
  }

  /** A new empty document with a deterministic 44-character id of Google's shape. */
  create(name: string, owner: string): DocumentModel {
    let x = (Math.imul(this.next++, 2654435761 | 0) + 131) >>> 0;
    let id = '1D';
    while (id.length < 44) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      id += ID_ALPHABET[(x >>> 16) % ID_ALPHABET.length];
    }
    const doc: DocumentModel = {
      id,
      name,
      owner,
      body: [{ kind: 'PARAGRAPH', text: '', heading: 'NORMAL' }],
      saved: false,
    };
    this.documents.set(id, doc);
    this.drive?.documentCreated(doc);
    return doc;
  }

  get(id: string): DocumentModel | undefined {
    return this.documents.get(id);
  }

  /** The body's text as Body.getText gives it: paragraphs and table rows, one per line (host-side reading). */
  static text(doc: DocumentModel): string {
    return doc.body
      .map((e) =>
        e.kind === 'PARAGRAPH'
          ? e.text
          : e.kind === 'TABLE'
            ? e.cells.map((r) => r.join('\t')).join('\n')
            : '',
      )
      .join('\n');
  }
}

export const documentUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
