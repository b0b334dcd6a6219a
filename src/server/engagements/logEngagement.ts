// Engagement › Log engagement: the form's choices (cities, their contacts, topics) and saving one engagement row.

import { CITIES, CONTACTS, ENGAGEMENT_TYPES, ENGAGEMENTS, PARTNERS, STAFF } from '../../../sheets-templates';
import { addDays } from '../../core/calendar/localDate';
import { ENGAGEMENT_FORM_FIELDS } from '../../core/editing/formFields';
import { UserError } from '../../core/messages';
import { ACTION_POINT_DAYS, actionPointsOf } from '../../core/relations/followUps';
import { formatIsoDate } from '../../core/schema/cells';
import { AccessDeniedError, requireRole } from '../access/roles';
import { type FormSaveRequest, type SaveOutcome, saveForm, schemaContext } from '../records/formSave';
import { type CityChoice, cityChoices, contactSummaries } from '../records/lookups';
import { ENGAGEMENT_LOGGERS, mayEditHub } from '../records/sidebarAccess';
import { selectedRowValues, showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { addFollowUps } from '../relations/followUpRows';
import { workbook } from '../store/session';

export interface ContactChoice {
  id: string;
  name: string;
  orgId: string;
}

export interface EngagementForm {
  language: UiLanguage;
  /** Cities the caller may log engagement with (their hub's only, for hub staff). */
  cities: CityChoice[];
  /** Active contacts of those cities. */
  contacts: ContactChoice[];
  topics: string[];
  types: string[];
  /** Pre-filled values: today's date, and the city the sidebar was opened from. */
  initial: { date: string; type: string; cityIds: string[] };
}

/** Menu action: Log engagement, pre-filled with the city selected in the Cities tab, if any. */
export function showLogEngagement(): void {
  const session = workbook();
  const city = selectedRowValues(session, CITIES);
  const cityId = String(city?.['id'] ?? '').trim();
  showSidebarPage('engagement', 'Log engagement', cityId ? { cityId } : {});
}

export function getEngagementForm(cityId: string | null): EngagementForm {
  const session = workbook();
  const caller = requireRole(session, ENGAGEMENT_LOGGERS, 'log engagement');
  const cities = cityChoices(session).filter((c) => caller.role !== 'hub' || mayEditHub(caller, c.hubId));
  const allowed = new Set(cities.map((c) => c.id));
  const contacts = contactSummaries(session)
    .filter((c) => c.active && allowed.has(c.orgId))
    .map((c) => ({ id: c.id, name: c.name, orgId: c.orgId }));
  const pre = cityId && allowed.has(cityId) ? [cityId] : [];
  return {
    language: uiLanguage_(),
    cities,
    contacts,
    topics: session.settings().settings.topics,
    types: ENGAGEMENT_TYPES.slice(),
    initial: { date: formatIsoDate(session.now()), type: 'meeting', cityIds: pre },
  };
}

/** A logged engagement may carry the meeting's action points, one per line: each becomes a follow-up (issue 17). */
export interface EngagementSaveRequest extends FormSaveRequest {
  actionPoints?: string;
}

export type EngagementOutcome = SaveOutcome & { followUpIds?: string[] };

/**
 * Saves a new engagement, source "manual", with the caller as the staff who took part. Its action points become
 * follow-ups owned by the caller, due on the engagement's Follow up on date (or a week after it), hung on it.
 */
export function logEngagement(request: EngagementSaveRequest): EngagementOutcome {
  const session = workbook();
  const caller = requireRole(session, ENGAGEMENT_LOGGERS, 'log engagement');
  if (request?.id) throw new UserError('sidebar.engagementNewOnly');
  return session.write(() => {
    const cityIds = request?.fields?.['cityIds'];
    if (caller.role === 'hub' && Array.isArray(cityIds)) {
      const cities = session.table(CITIES);
      for (const id of cityIds) {
        const row = cities.findRow(String(id));
        const hubId = row ? String(cities.cell(row, 'hubId')) : '';
        if (row && !mayEditHub(caller, hubId)) {
          throw new AccessDeniedError('access.otherHubEngagement', {
            what: String(cities.cell(row, 'name')),
          });
        }
      }
    }
    const outcome = saveForm(
      session,
      ENGAGEMENTS,
      { fields: request?.fields ?? {}, requestId: request?.requestId },
      {
        editable: ENGAGEMENT_FORM_FIELDS,
        fixed: { source: 'manual', staffIds: caller.staffId ? [caller.staffId] : [] },
        context: schemaContext(session, [CITIES, CONTACTS, PARTNERS, STAFF]),
      },
    );
    const points = actionPointsOf(String(request?.actionPoints ?? ''));
    if (!outcome.ok || points.length === 0) return outcome;
    const v = outcome.record.values;
    const date = String(v['date'] ?? '').slice(0, 10);
    const dueOn = String(v['followUpOn'] ?? '').slice(0, 10) || addDays(date, ACTION_POINT_DAYS);
    const cities = Array.isArray(v['cityIds']) ? (v['cityIds'] as string[]) : [];
    const made = addFollowUps(
      session,
      points.map((what) => ({
        what,
        owner: caller.email,
        dueOn,
        recordId: outcome.record.id,
        cityId: cities[0] ?? null,
      })),
      `Action points of ${outcome.record.id}`,
    );
    return { ...outcome, followUpIds: made.map((m) => m.id) };
  });
}
