// Engagement › Record needs: needs a person gathered in interviews, consultations or focus groups, one Needs row a save.

import { CITIES, NEED_PRIORITIES, NEEDS } from '../../../sheets-templates';
import { GATHERED_NEED_SOURCES, NEED_FORM_FIELDS } from '../../core/editing/formFields';
import { displayValue, fieldLabel, message, UserError } from '../../core/messages';
import { formatIsoDate } from '../../core/schema/cells';
import { requireRole } from '../access/roles';
import { type FormSaveRequest, type SaveOutcome, saveForm, schemaContext } from '../records/formSave';
import { type CityChoice, cityChoices } from '../records/lookups';
import { CITY_EDITORS, mayEditHub, requireHub } from '../records/sidebarAccess';
import { selectedRowValues, showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { workbook } from '../store/session';

export interface NeedsForm {
  language: UiLanguage;
  /** Cities the caller may record needs for (their hub's only, for hub staff). */
  cities: CityChoice[];
  topics: string[];
  priorities: string[];
  sources: string[];
  /** Pre-filled: today, an interview, medium priority, and the city the sidebar was opened from. */
  initial: { surveyedOn: string; source: string; priority: string; cityId: string | null };
}

/** Menu action: Record needs, pre-filled with the city selected in the Cities tab, if any. */
export function showRecordNeeds(): void {
  const session = workbook();
  const city = selectedRowValues(session, CITIES);
  const cityId = String(city?.['id'] ?? '').trim();
  showSidebarPage('needs', 'Record needs', cityId ? { cityId } : {});
}

export function getNeedsForm(cityId: string | null): NeedsForm {
  const session = workbook();
  const caller = requireRole(session, CITY_EDITORS, 'record needs');
  const cities = cityChoices(session).filter((c) => caller.role !== 'hub' || mayEditHub(caller, c.hubId));
  const pre = cityId && cities.some((c) => c.id === cityId) ? cityId : null;
  return {
    language: uiLanguage_(),
    cities,
    topics: session.settings().settings.topics,
    priorities: NEED_PRIORITIES.slice(),
    sources: GATHERED_NEED_SOURCES.slice(),
    initial: {
      surveyedOn: formatIsoDate(session.now()),
      source: 'interview',
      priority: 'medium',
      cityId: pre,
    },
  };
}

function refusal(key: 'source' | 'surveyedOn', text: string): SaveOutcome {
  const column = NEEDS.columns.find((c) => c.key === key)!;
  const problem = message('field.withLabel', {
    label: fieldLabel(NEEDS.name, key, column.header),
    problem: text,
  });
  return {
    ok: false,
    kind: 'invalid',
    message: problem,
    problems: [{ key, header: column.header, message: problem }],
  };
}

/**
 * Saves one new need, status open, checked like every sidebar save (the Needs schema names the field at fault),
 * plus what the schema cannot know: the source is one a person gathers from, the day is not in the future, and
 * hub staff record needs for their own hub's cities only.
 */
export function recordNeed(request: FormSaveRequest): SaveOutcome {
  const session = workbook();
  const caller = requireRole(session, CITY_EDITORS, 'record needs');
  if (request?.id) throw new UserError('needs.newOnly');
  const fields = request?.fields ?? {};
  const source = String(fields['source'] ?? '');
  if (source !== '' && (GATHERED_NEED_SOURCES as readonly string[]).indexOf(source) < 0) {
    const list = GATHERED_NEED_SOURCES.map((s) => displayValue(s)).join(', ');
    return refusal('source', message('needs.sourceNotGathered', { value: `"${source}"`, list }));
  }
  const day = String(fields['surveyedOn'] ?? '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(day) && day > formatIsoDate(session.now()))
    return refusal('surveyedOn', message('needs.futureDate', { date: day }));
  return session.write(() => {
    const cityId = String(fields['cityId'] ?? '');
    const cities = session.table(CITIES);
    const row = cityId ? cities.findRow(cityId) : undefined;
    if (row) {
      const [hubId, name] = [String(cities.cell(row, 'hubId')), String(cities.cell(row, 'name'))];
      requireHub(caller, hubId, name, 'record needs');
    }
    return saveForm(
      session,
      NEEDS,
      { fields, requestId: request?.requestId },
      {
        editable: NEED_FORM_FIELDS,
        fixed: { status: 'open' },
        context: schemaContext(session, [CITIES]),
        summary: `Need recorded by ${caller.email}`,
      },
    );
  });
}
