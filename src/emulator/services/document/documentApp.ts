// DocumentApp, Document, Body, Paragraph, Table and Text: the subset the event summary and visa letters use.
//
// Sources (each class's page):
//   https://developers.google.com/apps-script/reference/document/document-app
//   https://developers.google.com/apps-script/reference/document/document
//   https://developers.google.com/apps-script/reference/document/body
//   https://developers.google.com/apps-script/reference/document/paragraph
//   https://developers.google.com/apps-script/reference/document/paragraph-heading
//   https://developers.google.com/apps-script/reference/document/table
//   https://developers.google.com/apps-script/reference/document/body#appendImage(BlobSource)
// A new document's body holds one empty paragraph (believed: Docs opens a new document with an empty line, and
// appended paragraphs follow it). The URL shape docs.google.com/document/d/<id>/edit is believed (public reports).
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { Blob } from '../script/blob';
import { type DocumentModel, DocumentStore, documentUrl, type ElementModel } from './documentStore';

/** DocumentApp.ParagraphHeading: each value its own name, as String(value) gives in Apps Script. */
export const PARAGRAPH_HEADINGS = [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const;

const NO_DOCUMENT = "Document is missing (perhaps it was deleted, or you don't have read access?)";

abstract class DocumentObject extends ServiceObject {
  readonly _service = 'DocumentApp';
  constructor(
    g: GoogleBackend,
    readonly _store: DocumentStore,
    readonly _doc: DocumentModel,
  ) {
    super(g);
  }
}

export class DocumentAppRoot extends ServiceObject {
  readonly _type = 'DocumentApp';
  readonly _service = 'DocumentApp';
  constructor(
    g: GoogleBackend,
    readonly _store: DocumentStore,
  ) {
    super(g);
  }

  override _properties(): Record<string, unknown> {
    return { ParagraphHeading: Object.fromEntries(PARAGRAPH_HEADINGS.map((h) => [h, h])) };
  }

  /** "Creates and returns a new document." */
  create(name: string): DocumentObjectImpl {
    if (name === undefined || name === null) throw new GoogleError('Invalid argument: name');
    const doc = this._store.create(String(name), this._g.current.effectiveUser);
    return new DocumentObjectImpl(this._g, this._store, doc);
  }

  /** "Returns the document with the specified ID." */
  openById(id: string): DocumentObjectImpl {
    const doc = this._store.get(String(id));
    if (!doc) throw new GoogleError(NO_DOCUMENT);
    return new DocumentObjectImpl(this._g, this._store, doc);
  }
}

export class DocumentObjectImpl extends DocumentObject {
  readonly _type = 'Document';
  getId(): string {
    return this._doc.id;
  }
  getName(): string {
    return this._doc.name;
  }
  getUrl(): string {
    return documentUrl(this._doc.id);
  }
  getBody(): BodyObject {
    return new BodyObject(this._g, this._store, this._doc);
  }
  /** "Saves the current Document. Causes pending updates to be flushed and applied." */
  saveAndClose(): void {
    this._doc.saved = true;
  }
}

export class BodyObject extends DocumentObject {
  readonly _type = 'Body';

  /** "Creates and appends a new Paragraph containing the specified text contents." */
  appendParagraph(text: string): ParagraphObject {
    const e: ElementModel = { kind: 'PARAGRAPH', text: String(text ?? ''), heading: 'NORMAL' };
    this._doc.body.push(e);
    return new ParagraphObject(this._g, this._store, this._doc, e);
  }

  /** "Appends a new Table containing a TableCell for each specified string value" (a two-dimensional array). */
  appendTable(cells: unknown): TableObject {
    if (!Array.isArray(cells) || cells.some((r) => !Array.isArray(r)))
      throw new GoogleError('Invalid argument: cells');
    const e: ElementModel = {
      kind: 'TABLE',
      cells: (cells as unknown[][]).map((r) => r.map((c) => String(c))),
    };
    this._doc.body.push(e);
    return new TableObject(this._g, this._store, this._doc, e);
  }

  /**
   * "Creates and appends a new InlineImage from the specified image blob." Only a Blob (an image) is taken here;
   * what real Docs does with a non-image blob is not emulated: it is refused (believed: Docs cannot place it).
   */
  appendImage(image: unknown): InlineImageObject {
    const blob = image instanceof Blob ? image : null;
    const type = blob?.getContentType() ?? '';
    if (!blob || !type.startsWith('image/')) throw new GoogleError('Invalid argument: image');
    const e: ElementModel = { kind: 'INLINE_IMAGE', bytes: Buffer.from(blob._bytes), contentType: type };
    this._doc.body.push(e);
    return new InlineImageObject(this._g, this._store, this._doc, e);
  }

  getNumChildren(): number {
    return this._doc.body.length;
  }

  /** "Gets the contents of the element as a text string." */
  getText(): string {
    return DocumentStore.text(this._doc);
  }
}

export class ParagraphObject extends DocumentObject {
  readonly _type = 'Paragraph';
  constructor(
    g: GoogleBackend,
    store: DocumentStore,
    doc: DocumentModel,
    readonly _e: Extract<ElementModel, { kind: 'PARAGRAPH' }>,
  ) {
    super(g, store, doc);
  }
  /** "Sets the ParagraphHeading." Returns the paragraph, for chaining. */
  setHeading(heading: string): ParagraphObject {
    const h = String(heading);
    if ((PARAGRAPH_HEADINGS as readonly string[]).indexOf(h) < 0)
      throw new GoogleError('Invalid argument: heading');
    this._e.heading = h;
    return this;
  }
  getHeading(): string {
    return this._e.heading;
  }
  getText(): string {
    return this._e.text;
  }
}

export class TableObject extends DocumentObject {
  readonly _type = 'Table';
  constructor(
    g: GoogleBackend,
    store: DocumentStore,
    doc: DocumentModel,
    readonly _e: Extract<ElementModel, { kind: 'TABLE' }>,
  ) {
    super(g, store, doc);
  }
  getNumRows(): number {
    return this._e.cells.length;
  }
  getText(): string {
    return this._e.cells.map((r) => r.join('\t')).join('\n');
  }
}

export class InlineImageObject extends DocumentObject {
  readonly _type = 'InlineImage';
  constructor(
    g: GoogleBackend,
    store: DocumentStore,
    doc: DocumentModel,
    readonly _e: Extract<ElementModel, { kind: 'INLINE_IMAGE' }>,
  ) {
    super(g, store, doc);
  }
  /** "Return the data inside this object as a blob." */
  getBlob(): Blob {
    return new Blob(this._g, Buffer.from(this._e.bytes), this._e.contentType, null);
  }
}
