// Events › Event: the sidebar's data (the event, its participants, the logistics worked out from them).

import { EVENTS, PARTICIPANT_STATUSES, PARTICIPANTS } from '../../../sheets-templates';
import { type InterpretationPlan, interpretationPlan } from '../../core/events/interpretation';
import {
  type BudgetSummary,
  budgetLines,
  budgetSummary,
  countsByStatus,
  type RoomingNight,
  roomingList,
  type TravelLine,
  travelAndVisaList,
} from '../../core/events/logistics';
import { formatIsoDate } from '../../core/schema/cells';
import { requireRole } from '../access/roles';
import { type PlainRecord, plainRecord } from '../records/formSave';
import { type ContactSummary, contactSummaries } from '../records/lookups';
import { READ_ROLES } from '../records/sidebarAccess';
import { selectedRowValues, showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { workbook } from '../store/session';
import { eventParticipants, eventRecord } from './eventData';

export interface EventView {
  language: UiLanguage;
  languages: string[];
  contacts: Pick<ContactSummary, 'id' | 'name' | 'orgId'>[];
  event: PlainRecord | null;
  participants: { record: PlainRecord; name: string }[];
  logistics: {
    counts: Record<string, number>;
    travel: TravelLine[];
    rooming: RoomingNight[];
    budget: BudgetSummary;
    interpretation: InterpretationPlan;
  } | null;
}

/** Menu action: the event selected in the Events tab, or a new one. */
export function showEvent(): void {
  const session = workbook();
  const event = selectedRowValues(session, EVENTS);
  const id = String(event?.['id'] ?? '').trim();
  showSidebarPage('event', 'Event', id ? { id } : {});
}

/** The sidebar's data for an event (null: a new event). */
export function getEvent(id: string | null): EventView {
  const session = workbook();
  requireRole(session, READ_ROLES, 'read events');
  const { settings } = session.settings();
  const contacts = contactSummaries(session)
    .filter((c) => c.active)
    .map((c) => ({ id: c.id, name: c.name, orgId: c.orgId }));
  const base = { language: uiLanguage_(), languages: settings.languages, contacts };
  if (!id) return { ...base, event: null, participants: [], logistics: null };
  const event = eventRecord(session, id);
  const people = eventParticipants(session, id);
  const v = event.values;
  const start = v['startsOn'] instanceof Date ? formatIsoDate(v['startsOn'] as Date) : '';
  const days =
    v['startsOn'] instanceof Date && v['endsOn'] instanceof Date
      ? Math.max(1, Math.round((+(v['endsOn'] as Date) - +(v['startsOn'] as Date)) / 86_400_000) + 1)
      : 1;
  return {
    ...base,
    event: plainRecord(EVENTS, event),
    participants: people.map((p) => ({ record: plainRecord(PARTICIPANTS, p.record), name: p.name })),
    logistics: {
      counts: countsByStatus(people, PARTICIPANT_STATUSES),
      travel: travelAndVisaList(
        people,
        start,
        typeof v['visaLeadDays'] === 'number' ? (v['visaLeadDays'] as number) : null,
      ),
      rooming: roomingList(people),
      budget: budgetSummary(budgetLines(v['budget'])),
      interpretation: interpretationPlan((v['languages'] as string[] | null) ?? [], people, days),
    },
  };
}
