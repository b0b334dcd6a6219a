// HtmlService and HtmlTemplate (https://developers.google.com/apps-script/reference/html/html-service).
import vm from 'node:vm';
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { HtmlOutput, SANDBOX_MODE, X_FRAME_OPTIONS_MODE } from './htmlOutput';
import { compileTemplate, printValue, rawValue } from './scriptlets';

/** The project's HTML files, by name without `.html` (BackendOptions.htmlFiles). */
export class HtmlStore {
  constructor(readonly files: Record<string, string>) {}

  /**
   * The content of file `name`. Unknown names throw Google's message "No HTML file named Index was found."
   * (reported in github.com/RayBB/easy-gmail-scheduler/issues/4, where 'Index.html' also resolved,
   * so a trailing `.html` is accepted).
   */
  read(name: unknown): string {
    const key = String(name).replace(/\.html$/, '');
    const content = this.files[key];
    if (content === undefined) throw new GoogleError(`No HTML file named ${String(name)} was found.`);
    return content;
  }
}

export class HtmlServiceRoot extends ServiceObject {
  readonly _type = 'HtmlService';
  readonly _service = 'HtmlService';

  constructor(
    g: GoogleBackend,
    private readonly _files: HtmlStore,
  ) {
    super(g);
  }

  override _properties(): Record<string, unknown> {
    return { SandboxMode: { ...SANDBOX_MODE }, XFrameOptionsMode: { ...X_FRAME_OPTIONS_MODE } };
  }

  createHtmlOutput(html?: unknown): HtmlOutput {
    return new HtmlOutput(this._g, html === undefined || html === null ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: unknown): HtmlOutput {
    return new HtmlOutput(this._g, this._files.read(filename));
  }
  createTemplate(html: unknown): HtmlTemplate {
    return new HtmlTemplate(this._g, String(html ?? ''));
  }
  createTemplateFromFile(filename: unknown): HtmlTemplate {
    return new HtmlTemplate(this._g, this._files.read(filename));
  }
}

/**
 * https://developers.google.com/apps-script/reference/html/html-template. In Apps Script a script
 * passes data by plain assignment (`t.data = …`, "Pushing variables to templates" in the templates
 * guide); the emulator's facade sends those own properties as a trailing argument of evaluate()
 * (see OWN_PROPS_METHODS in runtime/contextBridge.ts).
 */
export class HtmlTemplate extends ServiceObject {
  readonly _type = 'HtmlTemplate';
  readonly _service = 'HtmlService';

  constructor(
    g: GoogleBackend,
    private readonly _source: string,
  ) {
    super(g);
  }

  getRawContent(): string {
    return this._source;
  }

  /** The generated JavaScript (Apps Script's own generated code differs in form; the behaviour is what matters). */
  getCode(): string {
    return compileTemplate(this._source);
  }

  getCodeWithComments(): string {
    return compileTemplate(this._source);
  }

  /**
   * Runs the scriptlets and returns an HtmlOutput. Inside an execution the template runs in the
   * script's realm, so scriptlets "can call functions defined in other code files, reference global
   * variables, or use any of the Apps Script APIs" (templates guide). Outside one (a host-side call),
   * it runs in a bare sandbox holding only the template's properties.
   */
  evaluate(ownProps?: Record<string, unknown>): HtmlOutput {
    const vars = ownProps && typeof ownProps === 'object' ? ownProps : {};
    const code = compileTemplate(this._source);
    const state = this._g.currentOrNone;
    let html: unknown;
    try {
      if (state?.evalInScript) {
        html = state.evalInScript(code, [this._g.toWire(vars, state), printValue, rawValue]);
      } else {
        const sandbox = vm.createContext(Object.create(null));
        const fn = vm.runInContext(code, sandbox) as (...a: unknown[]) => unknown;
        html = fn(vars, printValue, rawValue);
      }
    } catch (e) {
      if (e instanceof GoogleError) throw e;
      const err = e as { name?: string; message?: string };
      // A scriptlet error surfaces from evaluate() with the script's own error text.
      throw new GoogleError(
        err && err.message !== undefined ? `${err.name ?? 'Error'}: ${err.message}` : String(e),
      );
    }
    return new HtmlOutput(this._g, String(html));
  }
}
