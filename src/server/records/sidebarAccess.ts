// Who may read and change what through the sidebars: known staff read; admins, coordinators and a city's hub edit it.

import { actionPhrase, displayValue } from '../../core/messages';
import { AccessDeniedError, type Caller, type Role, requireRole } from '../access/roles';
import type { WorkbookSession } from '../store/session';

/** Every role on the Staff tab reads; unknown users read nothing (DESIGN §8). */
export const READ_ROLES: readonly Role[] = ['admin', 'coordinator', 'hub', 'comms', 'viewer'];
/** Roles that edit cities and their contacts; hub staff only within their own hub. */
export const CITY_EDITORS: readonly Role[] = ['admin', 'coordinator', 'hub'];
/** Roles that edit partners and network-wide data. */
export const NETWORK_EDITORS: readonly Role[] = ['admin', 'coordinator'];
/** Roles that log engagement: the comms team records engagement through external platforms too. */
export const ENGAGEMENT_LOGGERS: readonly Role[] = ['admin', 'coordinator', 'hub', 'comms'];

export function requireReader(session: WorkbookSession, action: string): Caller {
  return requireRole(session, READ_ROLES, action);
}

/** Whether the caller may change a city of this hub (and that city's contacts). */
export function mayEditHub(caller: Caller, hubId: string | null): boolean {
  if (caller.role === 'admin' || caller.role === 'coordinator') return true;
  return caller.role === 'hub' && caller.hubId !== null && caller.hubId === hubId;
}

/** Refuses hub staff acting on a city outside their hub; `what` names the city for the message. */
export function requireHub(caller: Caller, hubId: string | null, what: string, action: string): void {
  if (mayEditHub(caller, hubId)) return;
  if (caller.role === 'hub') {
    throw new AccessDeniedError('access.otherHub', { what, action: actionPhrase(action) });
  }
  throw new AccessDeniedError('access.roleShort', {
    role: displayValue(caller.role),
    action: actionPhrase(action),
  });
}
