// The people the workbench can act as: the Staff tab's users (with their roles) plus one user the CRM does not know.
import { columnByKey, STAFF } from '../../../sheets-templates';
import type { SpreadsheetModel } from '../../emulator/services/spreadsheet/install';

export interface WorkbenchUser {
  email: string;
  role: string;
  name: string;
  active: boolean;
}

/** Someone with a Google account who is not on the Staff tab (roles matter: they must be refused). */
export const UNKNOWN_USER: WorkbenchUser = {
  email: 'visitor@example.org',
  role: 'not on Staff',
  name: 'Unknown user',
  active: false,
};

/** Reads the Staff tab host side, by header (columns may be reordered), so it costs the scripts nothing. */
export function staffUsers(model: SpreadsheetModel): WorkbenchUser[] {
  const sheet = model.sheetByName(STAFF.name);
  if (!sheet) return [];
  const last = sheet.lastRow();
  const width = sheet.lastColumn();
  if (last < 2 || width === 0) return [];
  const rows = sheet.getValues(1, 1, last, width);
  const headers = rows[0].map((h) => String(h).trim());
  const at = (key: string) => headers.indexOf(columnByKey(STAFF, key)?.header ?? key);
  const [email, role, name, active] = [at('email'), at('role'), at('name'), at('active')];
  if (email < 0) return [];
  return rows
    .slice(1)
    .filter((r) => String(r[email]).includes('@'))
    .map((r) => ({
      email: String(r[email]).trim(),
      role: role >= 0 ? String(r[role]) : '',
      name: name >= 0 ? String(r[name]) : '',
      active: active < 0 || r[active] === true || r[active] === '',
    }));
}

/** The user the workbench starts as: the first active admin, else the first active staff member, else the owner. */
export function defaultUser(users: WorkbenchUser[], owner: string): string {
  return (
    users.find((u) => u.role === 'admin' && u.active)?.email ?? users.find((u) => u.active)?.email ?? owner
  );
}
