// Who may change which tab directly in the grid: the same rules the sidebars apply, per edited row.
//
// Sheets lets every editor of the file type into any unprotected cell, so the installable edit trigger
// (gridEdits.ts) asks this module whether the person who typed may change the row, and reverts or flags the edit
// when not. The rules mirror the sidebars' (records/sidebarAccess.ts, records/saveRecord.ts): known staff only;
// Staff, Settings, Hubs, Audit and Sends by admins; cities and their contacts by admins, coordinators and the
// city's own hub; engagement by everyone who logs it; the rest of the network's records by admins and coordinators.

import {
  AUDIT,
  CITIES,
  CONTACTS,
  ENGAGEMENTS,
  HUBS,
  MAILINGS,
  SENDS,
  SETTINGS,
  STAFF,
  TEMPLATES,
} from '../../../sheets-templates';
import type { MessageCode, MessageParams } from '../../core/messages';
import { orgOf_ } from '../contacts/contactSidebar';
import { ENGAGEMENT_LOGGERS, mayEditHub, NETWORK_EDITORS } from '../records/sidebarAccess';
import type { WorkbookSession } from '../store/session';
import type { Caller, Role } from './roles';

/** Tabs only admins change, in the grid as in the sidebars (a coordinator could otherwise make an admin). */
export const ADMIN_TABS: readonly string[] = [STAFF.name, SETTINGS.name, HUBS.name, AUDIT.name, SENDS.name];

/** Roles allowed per tab where it is not admins and coordinators (cities and contacts are checked by hub). */
const ROLES_BY_TAB: Record<string, readonly Role[]> = {
  [ENGAGEMENTS.name]: ENGAGEMENT_LOGGERS,
  [TEMPLATES.name]: ['admin', 'coordinator', 'comms'],
  [MAILINGS.name]: ['admin', 'coordinator', 'comms'],
};

/** One edited row as the rule needs it: its values after the edit, and the hub or org it belonged to before. */
export interface EditedRow {
  values: Record<string, unknown>;
  /** For a single-cell edit of the hub (Cities) or org (Contacts) column: the value before the edit. */
  before?: Record<string, unknown>;
  /**
   * The edit wrote the hub (Cities) or org (Contacts) column without telling its old value (a paste or fill of
   * several cells: Google gives no old values, https://developers.google.com/apps-script/guides/triggers/events#edit),
   * so whose row it was cannot be known from the after-values alone.
   */
  ownerUnknown?: boolean;
}

/** The column that says whose row it is: the hub of a city, the city or partner of a contact. */
export function ownerColumnOf(tab: string): string | null {
  if (tab === CITIES.name) return 'hubId';
  if (tab === CONTACTS.name) return 'orgId';
  return null;
}

/** Why an edit is refused, as a message code: worded in the workbook's language for Audit, the reader's for Validate. */
export interface GridRefusal {
  code: MessageCode;
  params: MessageParams;
}

const refusal = (code: MessageCode, params: MessageParams = {}): GridRefusal => ({ code, params });

/** Why the edit is refused, for the Audit row and Validate; null when it is allowed. */
export function gridEditRefusal(
  session: WorkbookSession,
  caller: Caller | null,
  tab: string,
  row: EditedRow | null,
): GridRefusal | null {
  if (!caller) {
    const who = session.user();
    return who === '' ? refusal('grid.unknownUser') : refusal('grid.notStaff', { who });
  }
  if (caller.role === 'admin') return null;
  const role = caller.role;
  if (ADMIN_TABS.indexOf(tab) >= 0) return refusal('grid.adminsOnly', { tab, role });
  if (caller.role === 'viewer') return refusal('grid.viewer', { role });
  if (tab === CITIES.name || tab === CONTACTS.name) return cityRefusal(session, caller, tab, row);
  const allowed = ROLES_BY_TAB[tab] ?? NETWORK_EDITORS;
  return allowed.indexOf(caller.role) >= 0
    ? null
    : refusal('grid.tabRoles', { tab, roles: allowed.join(', '), role });
}

function hubOfOrg(session: WorkbookSession, orgId: string): { partner: boolean; hubId: string | null } {
  if (orgId === '') return { partner: false, hubId: null };
  try {
    const org = orgOf_(session, orgId);
    return { partner: org.kind === 'partner', hubId: org.hubId || null };
  } catch {
    // An id that names no record: nobody's hub, so only admins and coordinators may set it.
    return { partner: false, hubId: null };
  }
}

/** Cities and their contacts: admins and coordinators, or hub staff for a row of their own hub (before and after). */
function cityRefusal(
  session: WorkbookSession,
  caller: Caller,
  tab: string,
  row: EditedRow | null,
): GridRefusal | null {
  if (caller.role === 'coordinator') return null;
  if (caller.role !== 'hub') return refusal('grid.cityRoles', { tab, role: caller.role });
  if (!row) return refusal('grid.ownHubOnly');
  // A paste of their own hub id over another hub's row would pass an after-values check: refused outright.
  if (row.ownerUnknown)
    return refusal(
      ownerColumnOf(tab) === 'hubId' ? 'grid.ownerColumnPaste.hub' : 'grid.ownerColumnPaste.org',
    );
  const states = [row.values, ...(row.before ? [row.before] : [])];
  for (const v of states) {
    const target =
      tab === CITIES.name
        ? { partner: false, hubId: String(v['hubId'] ?? '') || null }
        : hubOfOrg(session, String(v['orgId'] ?? ''));
    if (target.partner) return refusal('grid.partnerContacts');
    if (!mayEditHub(caller, target.hubId)) return refusal('grid.notYourHub');
  }
  return null;
}
