// Who may do what: the caller's role from the Staff tab, checked by every entry point a sidebar or menu can call.
import { STAFF, STAFF_ROLES } from '../../../sheets-templates';
import { actionPhrase, displayValue, message, messageLanguage, orList, UserError } from '../../core/messages';
import type { WorkbookSession } from '../store/session';

export type Role = (typeof STAFF_ROLES)[number];

export interface Caller {
  email: string;
  role: Role;
  staffId: string;
  hubId: string | null;
}

/** Roles allowed to change the workbook's structure and run data-quality checks. */
export const STRUCTURE_ROLES: readonly Role[] = ['admin', 'coordinator'];

/** A refusal; its words come from the message table (src/core/messages), in the caller's sidebar language. */
export class AccessDeniedError extends UserError {
  constructor(
    code: ConstructorParameters<typeof UserError>[0],
    params: Record<string, string | number> = {},
  ) {
    super(code, params);
    this.name = 'AccessDeniedError';
  }
}

/** The caller as the Staff tab knows them (active rows only), or null. One Staff read per execution. */
export function currentCaller(session: WorkbookSession): Caller | null {
  const email = session.user();
  if (email === '') return null;
  const table = session.table(STAFF);
  if (!table.exists()) return null;
  for (const row of table.rows()) {
    const v = table.values(row);
    if (
      String(v['email'] ?? '')
        .trim()
        .toLowerCase() !== email
    )
      continue;
    if (
      v['active'] === false &&
      table.match().index['active'] !== undefined &&
      table.cell(row, 'active') !== ''
    )
      continue;
    const role = String(v['role'] ?? '') as Role;
    if (STAFF_ROLES.indexOf(role) < 0) continue;
    return { email, role, staffId: String(v['id'] ?? ''), hubId: (v['hubId'] as string | null) ?? null };
  }
  return null;
}

/** True when the Staff tab is missing or lists nobody yet: a fresh workbook, before its first admin. */
export function staffIsEmpty(session: WorkbookSession): boolean {
  const table = session.table(STAFF);
  return !table.exists() || table.rows().length === 0;
}

/**
 * Returns the caller or refuses with a message saying who they are, what they tried and what is needed.
 * `action` completes "you cannot …", e.g. "validate the workbook".
 */
export function requireRole(session: WorkbookSession, allowed: readonly Role[], action: string): Caller {
  const caller = currentCaller(session);
  const lang = messageLanguage();
  if (!caller) {
    throw new AccessDeniedError('access.notStaff', {
      who: session.user() || message('access.yourAccount', {}, lang),
      action: actionPhrase(action, lang),
    });
  }
  if (allowed.indexOf(caller.role) < 0) {
    throw new AccessDeniedError('access.role', {
      role: displayValue(caller.role, lang),
      action: actionPhrase(action, lang),
      needed: orList(
        allowed.map((r) => displayValue(r, lang)),
        lang,
      ),
    });
  }
  return caller;
}
