// HtmlOutput: the page a sidebar, dialog or web app serves (https://developers.google.com/apps-script/reference/html/html-output).
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import { escapeHtml } from './scriptlets';

/** HtmlService.SandboxMode and XFrameOptionsMode values (https://developers.google.com/apps-script/reference/html/sandbox-mode). */
export const SANDBOX_MODE = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const X_FRAME_OPTIONS_MODE = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export class HtmlOutput extends ServiceObject {
  readonly _type = 'HtmlOutput';
  readonly _service = 'HtmlService';
  private _content: string;
  private _title = '';
  private _width: number | null = null;
  private _height: number | null = null;
  private _sandboxMode: string = SANDBOX_MODE.IFRAME;
  private _xFrameOptionsMode: string = X_FRAME_OPTIONS_MODE.DEFAULT;
  private _faviconUrl: string | null = null;
  private readonly _metaTags: { name: string; content: string }[] = [];

  constructor(g: GoogleBackend, html = '') {
    super(g);
    this._content = html;
  }

  getContent(): string {
    return this._content;
  }
  setContent(content: unknown): HtmlOutput {
    this._content = String(content ?? '');
    return this;
  }
  /** "Appends new content to the content of this HtmlOutput. Use this only for content from a trusted source." */
  append(addedContent: unknown): HtmlOutput {
    this._content += String(addedContent ?? '');
    return this;
  }
  /** "Appends new content … using contextual escaping": untrusted text is HTML-escaped. */
  appendUntrusted(addedContent: unknown): HtmlOutput {
    this._content += escapeHtml(String(addedContent ?? ''));
    return this;
  }
  clear(): HtmlOutput {
    this._content = '';
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: unknown): HtmlOutput {
    this._title = String(title ?? '');
    return this;
  }
  /** The initial width of a dialog; null when never set ("getWidth() Integer", reference). */
  getWidth(): number | null {
    return this._width;
  }
  setWidth(width: unknown): HtmlOutput {
    this._width = Math.round(Number(width));
    return this;
  }
  getHeight(): number | null {
    return this._height;
  }
  setHeight(height: unknown): HtmlOutput {
    this._height = Math.round(Number(height));
    return this;
  }
  /** Only IFRAME is honoured today: "NATIVE and EMULATED … are deprecated" (SandboxMode reference); kept as given. */
  setSandboxMode(mode: unknown): HtmlOutput {
    this._sandboxMode = String(mode);
    return this;
  }
  getSandboxMode(): string {
    return this._sandboxMode;
  }
  setXFrameOptionsMode(mode: unknown): HtmlOutput {
    this._xFrameOptionsMode = String(mode);
    return this;
  }
  addMetaTag(name: unknown, content: unknown): HtmlOutput {
    this._metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): { name: string; content: string }[] {
    return this._metaTags.map((t) => ({ ...t }));
  }
  setFaviconUrl(iconUrl: unknown): HtmlOutput {
    this._faviconUrl = String(iconUrl);
    return this;
  }
  getFaviconUrl(): string | null {
    return this._faviconUrl;
  }

  /** Host side: the X-Frame-Options mode, for the workbench. */
  _xFrameOptions(): string {
    return this._xFrameOptionsMode;
  }
}
