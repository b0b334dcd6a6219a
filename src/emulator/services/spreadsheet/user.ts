// The User object returned by getOwner/getEditors (Source: https://developers.google.com/apps-script/reference/spreadsheet/user).
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';

export class UserObject extends ServiceObject {
  readonly _type = 'User';
  readonly _service = 'SpreadsheetApp';

  constructor(
    g: GoogleBackend,
    readonly _email: string,
  ) {
    super(g);
  }

  getEmail(): string {
    return this._email;
  }
}
