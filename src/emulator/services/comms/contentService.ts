// ContentService and TextOutput: what a web app's doGet/doPost returns as text, JSON, CSV…
// Sources: https://developers.google.com/apps-script/reference/content/content-service,
// https://developers.google.com/apps-script/reference/content/text-output,
// https://developers.google.com/apps-script/reference/content/mime-type
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';

/** ContentService.MimeType: each value's MIME type as served. */
export const CONTENT_MIME_TYPES: Record<string, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
};

export class TextOutput extends ServiceObject {
  readonly _type = 'TextOutput';
  readonly _service = 'ContentService';
  private _content: string;
  private _mimeType = 'TEXT';
  private _fileName: string | null = null;

  constructor(g: GoogleBackend, content: string) {
    super(g);
    this._content = content;
  }

  append(addedContent: unknown): TextOutput {
    this._content += String(addedContent ?? '');
    return this;
  }
  clear(): TextOutput {
    this._content = '';
    return this;
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: unknown): TextOutput {
    this._content = String(content ?? '');
    return this;
  }
  /** The MimeType enum value (e.g. `TEXT`); "Get the mime type this content will be served with." */
  getMimeType(): string {
    return this._mimeType;
  }
  setMimeType(mimeType: unknown): TextOutput {
    const m = String(mimeType);
    if (!(m in CONTENT_MIME_TYPES)) throw new GoogleError('Invalid argument: mimeType');
    this._mimeType = m;
    return this;
  }
  /** "Sets the file name to download as, or clears it if the name is null." */
  downloadAsFile(filename: unknown): TextOutput {
    this._fileName = filename === null || filename === undefined ? null : String(filename);
    return this;
  }
  getFileName(): string | null {
    return this._fileName;
  }
}

export class ContentServiceRoot extends ServiceObject {
  readonly _type = 'ContentService';
  readonly _service = 'ContentService';

  override _properties(): Record<string, unknown> {
    return { MimeType: Object.fromEntries(Object.keys(CONTENT_MIME_TYPES).map((k) => [k, k])) };
  }

  /** createTextOutput() / createTextOutput(content): "Create a new TextOutput object." */
  createTextOutput(content?: unknown): TextOutput {
    return new TextOutput(this._g, content === undefined || content === null ? '' : String(content));
  }
}
