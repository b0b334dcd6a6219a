// Saving one record from a sidebar: create or update with the optimistic version check, audited, under the lock.
import { STAFF, tabByName } from '../../../sheets-templates';
import { UserError } from '../../core/messages';
import { requestIdOf } from '../../core/schema/requestId';
import { type Role, requireRole } from '../access/roles';
import { refreshAdminProtections } from '../setup/protections';
import { workbook } from '../store/session';

/** What a sidebar sends: plain values only (google.script.run carries no Dates; dates as YYYY-MM-DD text). */
export interface SaveRequest {
  tab: string;
  /** Absent to create a record. */
  id?: string;
  /** The version the sidebar read; required to update. */
  version?: number;
  fields: Record<string, string | number | boolean | null | string[]>;
  /** The caller's id of this save, reused when the same save is retried (see core/schema/requestId.ts). */
  requestId?: string;
}

export interface SaveResult {
  id: string;
  version: number;
}

/**
 * Tabs written only by the add-on's own workflows, never through a generic save: the audit trail, the mail log,
 * and Applications, whose stage changes must go through intake (emails, timestamps, audit).
 */
const NOT_EDITABLE = ['Audit', 'Sends', 'Applications'];
/** Who may be staff, with which role, and the network's settings: admins only, or a coordinator could make an admin. */
const ADMIN_ONLY = ['Staff', 'Settings', 'Hubs'];
const EDITORS: readonly Role[] = ['admin', 'coordinator'];
const ADMINS: readonly Role[] = ['admin'];

export function saveRecord(request: SaveRequest): SaveResult {
  const def = tabByName(String(request?.tab ?? ''));
  if (!def || def.kind !== 'table' || NOT_EDITABLE.indexOf(def.name) >= 0) {
    throw new UserError('sidebar.cannotSave', { tab: String(request?.tab) });
  }
  const requestId = requestIdOf(request.requestId);
  const session = workbook();
  requireRole(session, ADMIN_ONLY.indexOf(def.name) >= 0 ? ADMINS : EDITORS, `change ${def.name}`);
  const table = session.table(def);
  const fields = { ...(request.fields ?? {}) };
  const result = session.write((): SaveResult => {
    if (request.id) {
      if (typeof request.version !== 'number') throw new UserError('sidebar.versionMissing');
      const saved = table.update(request.id, fields, request.version, { requestId });
      return { id: saved.id, version: saved.version };
    }
    const [created] = table.insert([fields], { requestId });
    return { id: created!.id, version: created!.version };
  });
  // Who is an admin may have changed: the admin-only protections follow Staff (setup/protections.ts).
  if (def.name === STAFF.name) refreshAdminProtections(session);
  return result;
}
