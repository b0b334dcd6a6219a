// A workbook and the store of all workbooks, host side: plain classes tests, the workbench and other services use.
import { deepCopy } from '../../runtime/deepCopy';
import { GoogleError } from '../../runtime/serviceObject';
import { type Rect, shiftRect } from './a1';
import type { SelectionModel } from './selection';
import { SheetModel } from './sheetModel';
import { UiLog } from './uiLog';

export interface NamedRangeModel {
  name: string;
  sheet: SheetModel;
  rect: Rect;
}

export interface SpreadsheetOptions {
  timeZone?: string;
  locale?: string;
  owner?: string;
  rows?: number;
  columns?: number;
}

export class SpreadsheetModel {
  readonly sheets: SheetModel[] = [];
  readonly namedRanges = new Map<string, NamedRangeModel>();
  readonly editors: string[] = [];
  readonly ui = new UiLog();
  timeZone: string;
  locale: string;
  readonly owner: string;
  activeSheetId = 0;
  /** The person's selection (selection.ts keeps it consistent); undefined: A1 of the active sheet. */
  activeRange: SelectionModel | undefined;
  /** Counts selection changes, so a host can tell that a script moved the selection. */
  selectionChanges = 0;
  private nextSheetId = 0;
  private nextProtectionId = 1;

  constructor(
    readonly store: SpreadsheetStore,
    readonly id: string,
    public name: string,
    options: SpreadsheetOptions,
  ) {
    this.timeZone = options.timeZone ?? store.defaultTimeZone;
    this.locale = options.locale ?? 'en_US';
    this.owner = options.owner ?? store.defaultOwner;
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /** "Now" on the emulator's virtual clock. */
  now(): Date {
    return this.store.now();
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** The sheet the user is looking at (the first one until another is activated). */
  get activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  /**
   * Adds a sheet at `index` (0-based; default last). Names are unique, compared without case, with Google's message.
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname
   */
  insertSheet(name?: string, index?: number, rows = 1000, columns = 26): SheetModel {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.nameTaken(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    this.assertNameFree(sheetName);
    // The first sheet of a new workbook has id 0 (gid=0 in its URL); later ones get other ids.
    const id = this.nextSheetId === 0 ? 0 : 100_000_000 + this.nextSheetId * 7919;
    this.nextSheetId++;
    const sheet = new SheetModel(this, id, sheetName, rows, columns);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  nameTaken(name: string, except?: SheetModel): boolean {
    const lower = name.toLowerCase();
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === lower);
  }

  assertNameFree(name: string, except?: SheetModel): void {
    if (this.nameTaken(name, except))
      throw new SheetsError(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.assertNameFree(name, sheet);
    sheet.name = name;
  }

  deleteSheet(sheet: SheetModel): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) return;
    if (this.sheets.length === 1) throw new SheetsError("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    for (const [name, nr] of this.namedRanges) if (nr.sheet === sheet) this.namedRanges.delete(name);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[Math.max(0, i - 1)].id;
  }

  newProtectionId(): number {
    return this.nextProtectionId++;
  }

  /** Named ranges follow their cells when rows or columns move. */
  shiftNamedRanges(sheet: SheetModel, axis: 'row' | 'col', at: number, count: number): void {
    for (const [name, nr] of this.namedRanges) {
      if (nr.sheet !== sheet) continue;
      const moved = shiftRect(nr.rect, axis, at, count);
      if (moved) nr.rect = moved;
      else this.namedRanges.delete(name);
    }
  }

  /** Whether `user` may edit the workbook at all (owner or editor). */
  isEditor(user: string): boolean {
    return user === this.owner || this.editors.includes(user);
  }
}

/** An error with Google's wording (a GoogleError: scripts see `Exception: …`). */
export class SheetsError extends GoogleError {}

export class SpreadsheetStore {
  private readonly byId = new Map<string, SpreadsheetModel>();
  /** The workbook the script is bound to (SpreadsheetApp.getActive()). */
  boundId = '';
  private counter = 0;
  /**
   * Told of every spreadsheet created: Drive files it in its owner's root folder. An object, not a closure, so a
   * copied backend stays whole; not enumerable, so JSON views of the workbook do not walk into Drive and back.
   */
  declare drive: { fileCreated(model: SpreadsheetModel): void } | undefined;

  constructor(
    readonly defaultTimeZone: string,
    readonly defaultOwner: string,
    readonly now: () => Date,
  ) {
    Object.defineProperty(this, 'drive', { value: undefined, writable: true, enumerable: false });
  }

  private newId(): string {
    this.counter++;
    return `1${'SCNemu'}${String(this.counter).padStart(6, '0')}${'x'.repeat(31)}`.slice(0, 44);
  }

  create(name: string, options: SpreadsheetOptions = {}): SpreadsheetModel {
    const id = this.newId();
    const model = new SpreadsheetModel(this, id, name, options);
    model.insertSheet('Sheet1', 0, options.rows ?? 1000, options.columns ?? 26);
    this.byId.set(id, model);
    this.drive?.fileCreated(model);
    return model;
  }

  /**
   * A new workbook holding a copy of `source`'s tabs (values, formulas, formats, notes, rules, protections, named
   * ranges) under a new id, owned by `owner` and shared with nobody: Drive's File.makeCopy of a spreadsheet. Later
   * edits to either leave the other alone. Its UI record and selection start empty, as a file never opened.
   */
  copyOf(source: SpreadsheetModel, name: string, owner: string): SpreadsheetModel {
    const copy = deepCopy(source, new Map<object, unknown>([[this, this]]));
    Object.assign(copy, {
      id: this.newId(),
      name,
      owner,
      ui: new UiLog(),
      activeRange: undefined,
      selectionChanges: 0,
    });
    copy.editors.length = 0;
    this.byId.set(copy.id, copy);
    this.drive?.fileCreated(copy);
    return copy;
  }

  get(id: string): SpreadsheetModel | undefined {
    return this.byId.get(id);
  }

  all(): SpreadsheetModel[] {
    return [...this.byId.values()];
  }

  /** The bound workbook. */
  get bound(): SpreadsheetModel {
    const m = this.byId.get(this.boundId);
    if (!m) throw new Error('Emulator: no bound spreadsheet.');
    return m;
  }

  /** The bound workbook's UI record (menus, dialogs, alerts, toasts). */
  get ui(): UiLog {
    return this.bound.ui;
  }

  byUrl(url: string): SpreadsheetModel | undefined {
    const m = /\/d\/([^/]+)/.exec(url);
    return m ? this.byId.get(m[1]) : undefined;
  }
}
