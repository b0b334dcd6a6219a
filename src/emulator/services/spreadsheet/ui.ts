// SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, recorded on the workbook's UiLog.
// Source: https://developers.google.com/apps-script/reference/base/ui
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import type { SpreadsheetModel } from './spreadsheetModel';
import type { DialogRecord, MenuRecord } from './uiLog';

/** Ui.Button. Source: https://developers.google.com/apps-script/reference/base/button */
export const BUTTON = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' };
/** Ui.ButtonSet. Source: https://developers.google.com/apps-script/reference/base/button-set */
export const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
};

/** Sidebars are always 300 px wide; HtmlOutput.setWidth does not apply to them.
 *  Source: https://developers.google.com/apps-script/reference/html/html-output#setwidthwidth */
export const SIDEBAR_WIDTH = 300;

function isButtonSet(v: unknown): boolean {
  return typeof v === 'string' && v in BUTTON_SET;
}

/** Reads an HtmlOutput (another service's object) through its public methods. */
interface HtmlOutputLike {
  getContent(): string;
  getTitle(): string;
  getWidth(): number;
  getHeight(): number;
}

export class UiObject extends ServiceObject {
  readonly _type = 'Ui';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _model: SpreadsheetModel,
  ) {
    super(g);
  }

  override _properties(): Record<string, unknown> {
    return { Button: { ...BUTTON }, ButtonSet: { ...BUTTON_SET } };
  }

  createMenu(caption: string): MenuObject {
    return new MenuObject(this._g, this._model, { caption: String(caption), items: [] });
  }
  createAddonMenu(): MenuObject {
    return new MenuObject(this._g, this._model, { caption: 'Add-on', addon: true, items: [] });
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons); returns the Button clicked. */
  alert(a: string, b?: unknown, c?: unknown): string {
    return this._dialog('alert', a, b, c).button;
  }

  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons). */
  prompt(a: string, b?: unknown, c?: unknown): PromptResponseObject {
    const r = this._dialog('prompt', a, b, c);
    return new PromptResponseObject(this._g, r.button, r.text ?? '');
  }

  private _dialog(kind: 'alert' | 'prompt', a: string, b?: unknown, c?: unknown) {
    let title = '';
    let prompt = String(a);
    let buttons = 'OK';
    if (c !== undefined) {
      title = String(a);
      prompt = String(b);
      buttons = String(c);
    } else if (b !== undefined) {
      if (isButtonSet(b)) buttons = String(b);
      else {
        title = String(a);
        prompt = String(b);
      }
    }
    const answer = this._model.ui.takeAnswer({ kind, title, prompt, buttons });
    const button = answer.button ?? (buttons.startsWith('YES') ? 'YES' : 'OK');
    const record = {
      kind,
      title,
      prompt,
      buttons,
      button,
      ...(kind === 'prompt' ? { text: answer.text ?? '' } : {}),
    };
    this._model.ui.alerts.push(record);
    return record;
  }

  showSidebar(userInterface: HtmlOutputLike): void {
    this._show('sidebar', userInterface);
  }
  showModalDialog(userInterface: HtmlOutputLike, title: string): void {
    this._show('modal', userInterface, title);
  }
  showModelessDialog(userInterface: HtmlOutputLike, title: string): void {
    this._show('modeless', userInterface, title);
  }

  private _show(kind: DialogRecord['kind'], out: HtmlOutputLike, title?: string): void {
    const record: DialogRecord = {
      kind,
      title: title === undefined ? String(out.getTitle?.() ?? '') : String(title),
      html: String(out.getContent?.() ?? ''),
      width: kind === 'sidebar' ? SIDEBAR_WIDTH : Number(out.getWidth?.() ?? 600),
      height: Number(out.getHeight?.() ?? 400),
      output: out,
    };
    this._model.ui.dialogs.push(record);
  }
}

export class MenuObject extends ServiceObject {
  readonly _type = 'Menu';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _model: SpreadsheetModel,
    readonly _menu: MenuRecord,
  ) {
    super(g);
  }

  addItem(caption: string, functionName: string): this {
    this._menu.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this._menu.items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: MenuObject): this {
    this._menu.items.push({ kind: 'submenu', caption: menu._menu.caption, items: menu._menu.items });
    return this;
  }
  addToUi(): void {
    this._model.ui.addMenu(this._menu);
  }
}

export class PromptResponseObject extends ServiceObject {
  readonly _type = 'PromptResponse';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _button: string,
    readonly _text: string,
  ) {
    super(g);
  }

  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): string {
    return this._button;
  }
}
