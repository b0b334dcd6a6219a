// Creating, editing, deactivating (end-dating, never deleting) and moving contacts, with role, hub and version checks.

import { CITIES, CONTACTS, PARTNERS } from '../../../sheets-templates';
import { CONTACT_FORM_FIELDS } from '../../core/editing/formFields';
import { actionPhrase, displayValue, UserError } from '../../core/messages';
import { formatIsoDate } from '../../core/schema/cells';
import { AccessDeniedError, type Caller, requireRole } from '../access/roles';
import { type FormSaveRequest, type SaveOutcome, saveForm, schemaContext } from '../records/formSave';
import { CITY_EDITORS, requireHub } from '../records/sidebarAccess';
import type { WorkbookSession } from '../store/session';
import { workbook } from '../store/session';
import { orgOf_ } from './contactSidebar';

/** Refuses a caller who may not change contacts of this organisation. */
function requireOrgEditor_(session: WorkbookSession, caller: Caller, orgId: string, action: string): void {
  const org = orgOf_(session, orgId);
  if (org.kind === 'partner') {
    if (caller.role === 'admin' || caller.role === 'coordinator') return;
    throw new AccessDeniedError('access.partnerContacts', {
      role: displayValue(caller.role),
      action: actionPhrase(action),
    });
  }
  requireHub(caller, org.hubId, org.name, action);
}

/** Saves the Contact form: a new contact needs `orgId` (its city or partner) in the fields. */
export function saveContact(request: FormSaveRequest): SaveOutcome {
  const session = workbook();
  const caller = requireRole(session, CITY_EDITORS, 'edit contacts');
  return session.write(() => {
    const contacts = session.table(CONTACTS);
    const orgId = request?.id
      ? String(contacts.get(request.id).values['orgId'] ?? '')
      : String(request?.fields?.['orgId'] ?? '');
    if (orgId === '') throw new UserError('sidebar.orgRequired');
    requireOrgEditor_(session, caller, orgId, 'edit this contact');
    return saveForm(session, CONTACTS, request, {
      editable: CONTACT_FORM_FIELDS,
      fixed: request.id ? undefined : { orgId },
      context: schemaContext(session, [CITIES, PARTNERS]),
    });
  });
}

/** Deactivate: the contact is end-dated today ("Active to"), never deleted, so history keeps its name. */
export function deactivateContact(id: string, version: number): SaveOutcome {
  const session = workbook();
  const caller = requireRole(session, CITY_EDITORS, 'deactivate contacts');
  return session.write(() => {
    const current = session.table(CONTACTS).get(String(id ?? ''));
    requireOrgEditor_(session, caller, String(current.values['orgId'] ?? ''), 'deactivate this contact');
    return saveForm(
      session,
      CONTACTS,
      { id: current.id, version, fields: { activeTo: formatIsoDate(session.now()) } },
      { editable: ['activeTo'], context: {}, summary: 'Deactivated (end-dated)' },
    );
  });
}

/** Moves a contact to another city; hub staff only between cities of their own hub. */
export function moveContact(id: string, version: number, cityId: string): SaveOutcome {
  const session = workbook();
  const caller = requireRole(session, CITY_EDITORS, 'move contacts');
  return session.write(() => {
    const current = session.table(CONTACTS).get(String(id ?? ''));
    const from = String(current.values['orgId'] ?? '');
    requireOrgEditor_(session, caller, from, 'move this contact');
    const target = session.table(CITIES).get(String(cityId ?? ''));
    requireHub(
      caller,
      String(target.values['hubId'] ?? ''),
      String(target.values['name'] ?? cityId),
      'move a contact there',
    );
    return saveForm(
      session,
      CONTACTS,
      { id: current.id, version, read: { orgId: from }, fields: { orgId: target.id } },
      {
        editable: ['orgId'],
        context: schemaContext(session, [CITIES, PARTNERS]),
        summary: `Moved from ${from} to ${target.id}`,
      },
    );
  });
}
