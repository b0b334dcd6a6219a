// Who may open a Drive file, and the DriveApp.Access / DriveApp.Permission enums and User class that describe it.
// Sources: https://developers.google.com/apps-script/reference/drive/access,
// https://developers.google.com/apps-script/reference/drive/permission,
// https://developers.google.com/apps-script/reference/drive/user,
// https://developers.google.com/apps-script/reference/drive/file#getSharingAccess()
import type { GoogleBackend } from '../../backend';
import { ServiceObject } from '../../runtime/serviceObject';
import type { DriveItem } from './driveStore';

export const ACCESS = ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'] as const;
export const PERMISSION = ['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'NONE'] as const;

const names = (list: readonly string[]) => Object.fromEntries(list.map((k) => [k, k]));

/** DriveApp.Access and DriveApp.Permission, each value its own name (as String(value) gives in Apps Script). */
export const DRIVE_ENUMS: Record<string, unknown> = { Access: names(ACCESS), Permission: names(PERMISSION) };

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Whether `email` may open the item by its id: its owner, an editor or viewer, anyone when the link admits anyone,
 * the owner's domain when it admits the domain (ANYONE and DOMAIN also let people find it; with the id in hand the
 * two pairs open alike). A permission of NONE admits nobody beyond the named accounts.
 */
export function mayOpen(item: DriveItem, email: string): boolean {
  const who = email.toLowerCase();
  if (item.owner.toLowerCase() === who) return true;
  if ([...item.editors, ...item.viewers].some((e) => e.toLowerCase() === who)) return true;
  if (item.permission === 'NONE') return false;
  if (item.access === 'ANYONE' || item.access === 'ANYONE_WITH_LINK') return true;
  if (item.access === 'DOMAIN' || item.access === 'DOMAIN_WITH_LINK')
    return who !== '' && domainOf(who) === domainOf(item.owner);
  return false;
}

/** A Drive user (File.getEditors, getViewers, getOwner): "Gets the user's email address." */
export class DriveUser extends ServiceObject {
  readonly _type = 'User';
  readonly _service = 'DriveApp';
  constructor(
    g: GoogleBackend,
    private readonly _email: string,
  ) {
    super(g);
  }
  getEmail(): string {
    return this._email;
  }
  getName(): string {
    return this._email.slice(0, this._email.indexOf('@'));
  }
}
