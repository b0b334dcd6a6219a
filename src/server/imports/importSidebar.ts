// Engagement › Import attendance or statistics: the sidebar's choices, and the preview of a file — who matches which
// contact (by email, or by name to confirm), who is unmatched, what is already recorded, and the rows it cannot use.

import { CONTACT_CATEGORIES, ENGAGEMENTS, EVENTS } from '../../../sheets-templates';
import type { ImportPlan } from '../../core/imports/importPlan';
import { contactIndex, matchPerson } from '../../core/imports/matching';
import type { RowProblem } from '../../core/imports/people';
import { formatIsoDate } from '../../core/schema/cells';
import { requireRole } from '../access/roles';
import { type Choice, cityChoices, partnerChoices } from '../records/lookups';
import { ENGAGEMENT_LOGGERS, mayEditHub } from '../records/sidebarAccess';
import { showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { type WorkbookSession, workbook } from '../store/session';
import { contactKeys_, existingRefs_, type ImportFileRequest, planOf_ } from './importRead';

/** Engagement types an attendance import may record (a statistics import records newsletter or external platform). */
export const ATTENDANCE_TYPES = ['meeting', 'event', 'training', 'bi-weekly call'] as const;

export interface ImportForm {
  language: UiLanguage;
  platforms: string[];
  types: string[];
  /** Recent and coming events (the last year's and later), to link a webinar to. */
  events: Choice[];
  /** Where an unmatched person may be added: cities the caller may edit, and partners (coordinators only). */
  orgs: Choice[];
  categories: string[];
  languages: string[];
  /** Whether the caller may add contacts (hub staff, coordinators and admins). */
  mayAddContacts: boolean;
}

export interface ContactBrief {
  id: string;
  name: string;
  email: string;
  orgName: string;
}

export interface PreviewPerson {
  key: string;
  name: string;
  email: string;
  minutes: number;
  joins: number;
  lines: number[];
  match: 'email' | 'name' | 'none';
  /** The contact matched by email, or the contacts of the same name to choose from. */
  contacts: ContactBrief[];
  /** Recorded by an earlier import of this file. */
  already: boolean;
}

export interface ImportPreview {
  kind: ImportPlan['kind'];
  platform: string;
  meeting: { id: string; title: string; day: string } | null;
  table: ImportPlan['table'];
  people: PreviewPerson[];
  interactions: (PreviewPerson & { platform: string; interaction: string; day: string; count: number })[];
  problems: RowProblem[];
}

/** Menu action: SCN CRM › Engagement › Import attendance or statistics. */
export function showImportEngagement(): void {
  showSidebarPage('import', 'Import attendance or statistics');
}

export function getImportForm(): ImportForm {
  const session = workbook();
  const caller = requireRole(session, ENGAGEMENT_LOGGERS, 'import engagement');
  const editor = caller.role !== 'comms';
  const cities = editor ? cityChoices(session).filter((c) => mayEditHub(caller, c.hubId)) : [];
  const partners = caller.role === 'admin' || caller.role === 'coordinator' ? partnerChoices(session) : [];
  const since = formatIsoDate(new Date(session.now().getTime() - 365 * 86_400_000));
  const ev = session.table(EVENTS);
  const events = ev
    .columnRows(['id', 'name', 'startsOn'])
    .map((r) => ({
      id: String(ev.cell(r, 'id')),
      name: String(ev.cell(r, 'name')),
      on: ev.cell(r, 'startsOn'),
    }))
    .filter((e) => e.id !== '' && (!(e.on instanceof Date) || formatIsoDate(e.on) >= since))
    .map((e) => ({ id: e.id, name: e.on instanceof Date ? `${e.name} (${formatIsoDate(e.on)})` : e.name }));
  return {
    language: uiLanguage_(),
    platforms: ['zoom', 'teams', 'meet', 'stats'],
    types: ATTENDANCE_TYPES.slice(),
    events,
    orgs: [...cities.map((c) => ({ id: c.id, name: c.name })), ...partners],
    categories: CONTACT_CATEGORIES.slice(),
    languages: session.settings().settings.languages,
    mayAddContacts: editor,
  };
}

/** Names of organisations by id, for the people shown (Cities and Partners are small tabs). */
function orgNames(session: WorkbookSession): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of cityChoices(session)) names.set(c.id, c.name);
  for (const p of partnerChoices(session)) names.set(p.id, p.name);
  return names;
}

/** The preview of a file: nothing is written. */
export function previewEngagementImport(request: ImportFileRequest): ImportPreview {
  const session = workbook();
  requireRole(session, ENGAGEMENT_LOGGERS, 'import engagement');
  const plan = planOf_(request);
  const contacts = contactKeys_(session).filter((c) => c.active);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const index = contactIndex(contacts);
  const orgs = orgNames(session);
  const brief = (id: string): ContactBrief => {
    const c = byId.get(id)!;
    return { id, name: c.name, email: c.email, orgName: orgs.get(c.orgId) ?? c.orgId };
  };
  const refs =
    plan.kind === 'attendance' ? plan.people.map((p) => p.ref) : plan.interactions.map((i) => i.ref);
  // An empty Engagements tab (a new workbook) has nothing to search.
  const already = session.table(ENGAGEMENTS).exists() ? existingRefs_(session, refs) : new Set<string>();
  const person = (p: {
    key: string;
    name: string;
    alias?: string;
    email: string;
    ref: string;
    lines: number[];
  }) => {
    const m = matchPerson(index, p);
    return {
      key: p.key,
      name: p.name,
      email: p.email,
      lines: p.lines,
      match: m.by,
      contacts: m.by === 'email' ? [brief(m.contactId)] : m.by === 'name' ? m.candidates.map(brief) : [],
      already: already.has(p.ref),
    };
  };
  if (plan.kind === 'attendance') {
    return {
      kind: plan.kind,
      platform: plan.platform,
      meeting: plan.meeting,
      table: plan.table,
      people: plan.people.map((p) => ({ ...person(p), minutes: p.minutes, joins: p.joins })),
      interactions: [],
      problems: plan.problems,
    };
  }
  return {
    kind: plan.kind,
    platform: plan.platform,
    meeting: null,
    table: plan.table,
    people: [],
    interactions: plan.interactions.map((i) => ({
      // Statistics match by address only: a name is not in them.
      ...person({ ...i, name: '' }),
      minutes: 0,
      joins: 0,
      platform: i.platform,
      interaction: i.kind,
      day: i.day,
      count: i.count,
    })),
    problems: plan.problems,
  };
}
