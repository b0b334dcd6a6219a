// Saving a city from its profile, and "Mark profile reviewed": role and hub checked, version checked, audited.

import { CITIES, HUBS } from '../../../sheets-templates';
import { CITY_FORM_FIELDS } from '../../core/editing/formFields';
import { UserError } from '../../core/messages';
import { formatIsoDate } from '../../core/schema/cells';
import { AccessDeniedError, requireRole } from '../access/roles';
import { type FormSaveRequest, type SaveOutcome, saveForm, schemaContext } from '../records/formSave';
import { CITY_EDITORS, requireHub } from '../records/sidebarAccess';
import { workbook } from '../store/session';

function requireCityRequest(request: FormSaveRequest): string {
  const id = typeof request?.id === 'string' ? request.id : '';
  if (id === '') throw new UserError('sidebar.cityIdMissing');
  return id;
}

/** Saves the City profile form. Hub staff save their own hub's cities and cannot move one to another hub. */
export function saveCity(request: FormSaveRequest): SaveOutcome {
  const session = workbook();
  const caller = requireRole(session, CITY_EDITORS, 'edit city profiles');
  const id = requireCityRequest(request);
  return session.write(() => {
    const current = session.table(CITIES).get(id);
    const hubId = String(current.values['hubId'] ?? '');
    requireHub(caller, hubId, String(current.values['name'] ?? id), 'edit this city');
    const newHub = request.fields?.['hubId'];
    if (caller.role === 'hub' && newHub !== undefined && newHub !== hubId) {
      throw new AccessDeniedError('access.hubMove');
    }
    return saveForm(session, CITIES, request, {
      editable: CITY_FORM_FIELDS,
      context: schemaContext(session, [HUBS]),
    });
  });
}

/** "Mark profile reviewed": sets Profile reviewed on to today, with the version the sidebar read. */
export function markProfileReviewed(id: string, version: number): SaveOutcome {
  const session = workbook();
  const caller = requireRole(session, CITY_EDITORS, 'mark city profiles reviewed');
  return session.write(() => {
    const current = session.table(CITIES).get(String(id ?? ''));
    requireHub(
      caller,
      String(current.values['hubId'] ?? ''),
      String(current.values['name'] ?? id),
      'mark this profile reviewed',
    );
    return saveForm(
      session,
      CITIES,
      { id: current.id, version, fields: { profileReviewedOn: formatIsoDate(session.now()) } },
      { editable: ['profileReviewedOn'], context: {}, summary: 'Profile reviewed' },
    );
  });
}
