// The Protection object: who may edit a protected range or sheet.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/protection
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import type { Rect } from './a1';
import { RangeObject } from './range';
import type { ProtectionModel, SheetModel } from './sheetModel';
import { SheetsError } from './spreadsheetModel';
import { UserObject } from './user';
import { canEditProtection, PROTECTED_MESSAGE } from './writeRules';

function emailOf(user: unknown): string {
  if (user instanceof UserObject) return user._email;
  return String(user);
}

export class ProtectionObject extends ServiceObject {
  readonly _type = 'Protection';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _p: ProtectionModel,
  ) {
    super(g);
  }

  /**
   * A new protection starts with the workbook's editors and the user who created it; the owner can always edit.
   * Source: https://developers.google.com/apps-script/reference/spreadsheet/range#protect (its example removes
   * the inherited editors after adding the current user).
   */
  static _create(g: GoogleBackend, sheet: SheetModel, kind: 'RANGE' | 'SHEET', rect: Rect): ProtectionObject {
    const model = sheet.parent;
    const me = g.current.effectiveUser;
    if (kind === 'SHEET' && sheet.protections.some((p) => p.kind === 'SHEET'))
      return new ProtectionObject(g, sheet.protections.find((p) => p.kind === 'SHEET')!);
    const editors = [...new Set([model.owner, me, ...model.editors])];
    const p: ProtectionModel = {
      id: model.newProtectionId(),
      kind,
      sheet,
      rect,
      description: '',
      warningOnly: false,
      editors,
      unprotected: [],
    };
    sheet.protections.push(p);
    return new ProtectionObject(g, p);
  }

  /**
   * Changing a protection, or listing its editors, needs edit rights under it: "Throws an exception if the user does
   * not have permission to edit the protected range or sheet" (…/protection#getEditors()); the Sheets API keeps
   * editors "only visible to users with edit access to the protected range"
   * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange). That the
   * setters refuse such a user too is believed (the reference's own sample checks canEdit() before remove()).
   * The check is against the effective user: an installable trigger acts with its owner's rights.
   */
  private _requireEdit(): void {
    if (!canEditProtection(this._p, this._g.current.effectiveUser)) throw new SheetsError(PROTECTED_MESSAGE);
  }

  getProtectionType(): string {
    return this._p.kind;
  }
  getDescription(): string {
    return this._p.description;
  }
  setDescription(description: string): this {
    this._requireEdit();
    this._p.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this._p.warningOnly;
  }
  /** Warning-only protections let everyone edit after a warning; editors then no longer apply. */
  setWarningOnly(warningOnly: boolean): this {
    this._requireEdit();
    this._p.warningOnly = !!warningOnly;
    return this;
  }
  getEditors(): UserObject[] {
    this._requireEdit();
    return this._p.editors.map((e) => new UserObject(this._g, e));
  }
  addEditor(emailAddress: unknown): this {
    return this.addEditors([emailAddress]);
  }
  addEditors(emailAddresses: unknown[]): this {
    this._requireEdit();
    for (const e of emailAddresses.map(emailOf)) if (!this._p.editors.includes(e)) this._p.editors.push(e);
    return this;
  }
  /** The workbook owner cannot be removed. Source: …/protection#removeeditorsemailaddresses */
  removeEditor(emailAddress: unknown): this {
    return this.removeEditors([emailAddress]);
  }
  removeEditors(emailAddresses: unknown[]): this {
    this._requireEdit();
    const gone = new Set(emailAddresses.map(emailOf));
    const owner = this._p.sheet.parent.owner;
    this._p.editors = this._p.editors.filter((e) => e === owner || !gone.has(e));
    return this;
  }
  canEdit(): boolean {
    return canEditProtection(this._p, this._g.current.effectiveUser);
  }
  canDomainEdit(): boolean {
    return false;
  }
  setDomainEdit(_editable: boolean): this {
    this._requireEdit();
    return this;
  }
  getRange(): RangeObject {
    return new RangeObject(this._g, this._p.sheet, { ...this._p.rect });
  }
  setUnprotectedRanges(ranges: RangeObject[]): this {
    this._requireEdit();
    if (this._p.kind !== 'SHEET')
      throw new SheetsError('Unprotected ranges can only be set on sheet protections.');
    this._p.unprotected = ranges.map((r) => ({ ...r._rect }));
    return this;
  }
  getUnprotectedRanges(): RangeObject[] {
    return this._p.unprotected.map((r) => new RangeObject(this._g, this._p.sheet, { ...r }));
  }
  remove(): void {
    this._requireEdit();
    const list = this._p.sheet.protections;
    const i = list.indexOf(this._p);
    if (i >= 0) list.splice(i, 1);
  }
}
