// Engagement › Import: records one engagement per matched person of an attendance file (or per address, platform,
// interaction and day of a statistics file), each with a Source reference derived from the file, so importing the
// same file again adds nothing; unmatched people the importer chose are added as contacts first.

import { CITIES, CONTACTS, ENGAGEMENTS, EVENTS, PARTNERS } from '../../../sheets-templates';
import type { AttendancePlan, StatsPlan } from '../../core/imports/importPlan';
import { contactIndex, matchPerson } from '../../core/imports/matching';
import { UserError } from '../../core/messages';
import { type Caller, requireRole } from '../access/roles';
import { saveForm, schemaContext } from '../records/formSave';
import { cityChoices } from '../records/lookups';
import { ENGAGEMENT_LOGGERS, mayEditHub } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import { contactKeys_, existingRefs_, type ImportFileRequest, planOf_ } from './importRead';
import { ATTENDANCE_TYPES } from './importSidebar';

export interface ImportRequest extends ImportFileRequest {
  /** People matched by name the importer confirmed: person key → the contact chosen. */
  confirmed?: Record<string, string>;
  /** Unmatched people to add as contacts first: person key → where and how. */
  add?: Record<string, { orgId: string; category: string; language: string }>;
  /** The engagement type of an attendance import (meeting by default; event when an event is given). */
  type?: string;
}

export interface ImportOutcome {
  recorded: string[];
  /** People or interactions recorded by an earlier import of the same file. */
  already: number;
  /** Unmatched (and not added), name matches not confirmed, or contacts of another hub. */
  skipped: number;
  contactsAdded: string[];
  /** Rows of the file it could not use (shown in the preview with their lines). */
  problems: number;
}

const platformName: Record<string, string> = { zoom: 'Zoom', teams: 'Microsoft Teams', meet: 'Google Meet' };

/** Which contacts a caller may record engagement with: hub staff only their hub's cities' people. */
function contactAllowed(session: WorkbookSession, caller: Caller): (orgId: string) => boolean {
  if (caller.role !== 'hub') return () => true;
  const hubOf = new Map(cityChoices(session).map((c) => [c.id, c.hubId]));
  return (orgId) => hubOf.has(orgId) && mayEditHub(caller, hubOf.get(orgId) ?? null);
}

function orgFields(orgId: string): { cityIds: string[]; partnerIds: string[] } {
  if (orgId.indexOf(`${CITIES.prefix}-`) === 0) return { cityIds: [orgId], partnerIds: [] };
  if (orgId.indexOf(`${PARTNERS.prefix}-`) === 0) return { cityIds: [], partnerIds: [orgId] };
  return { cityIds: [], partnerIds: [] };
}

/** Adds an unmatched person as a contact (the Contact form's checks: a bad field refuses the import, named). */
function addContact(
  session: WorkbookSession,
  caller: Caller,
  person: { name: string; email: string },
  how: { orgId: string; category: string; language: string },
  source: string,
): string {
  const orgId = String(how?.orgId ?? '');
  const hub =
    orgId.indexOf(`${CITIES.prefix}-`) === 0
      ? String(session.table(CITIES).get(orgId).values['hubId'] ?? '')
      : null;
  const isPartner = orgId.indexOf(`${PARTNERS.prefix}-`) === 0;
  if (caller.role === 'comms' || (isPartner ? caller.role === 'hub' : !mayEditHub(caller, hub)))
    throw new UserError('import.mayNotAdd', { name: person.name || person.email });
  const out = saveForm(
    session,
    CONTACTS,
    {
      fields: {
        orgId,
        name: person.name,
        email: person.email,
        category: String(how?.category ?? ''),
        language: String(how?.language ?? ''),
        lawfulBasis: 'legitimate interests',
        lawfulBasisSource: source.slice(0, 200),
      },
    },
    {
      editable: ['orgId', 'name', 'email', 'category', 'language', 'lawfulBasis', 'lawfulBasisSource'],
      context: schemaContext(session, [CITIES, PARTNERS]),
      summary: source,
    },
  );
  if (!out.ok)
    throw new UserError('import.contactInvalid', {
      name: person.name || person.email,
      problems: out.message,
    });
  return out.record.id;
}

function attendanceRows(
  session: WorkbookSession,
  caller: Caller,
  plan: AttendancePlan,
  request: ImportRequest,
  outcome: ImportOutcome,
): Record<string, unknown>[] {
  const contacts = contactKeys_(session).filter((c) => c.active);
  const orgOf = new Map(contacts.map((c) => [c.id, c.orgId]));
  const index = contactIndex(contacts);
  const allowed = contactAllowed(session, caller);
  const already = existingRefs_(
    session,
    plan.people.map((p) => p.ref),
  );
  const eventId = String(request.eventId ?? '').trim();
  if (eventId) session.table(EVENTS).get(eventId);
  const chosen = String(request.type ?? '');
  const type =
    (ATTENDANCE_TYPES as readonly string[]).indexOf(chosen) >= 0 ? chosen : eventId ? 'event' : 'meeting';
  const where = platformName[plan.platform] ?? plan.platform;
  const title = plan.meeting.title || plan.meeting.id;
  const source = `Import of ${where} attendance${title ? ` "${title}"` : ''} on ${plan.meeting.day}`;
  const rows: Record<string, unknown>[] = [];
  for (const p of plan.people) {
    if (already.has(p.ref)) {
      outcome.already++;
      continue;
    }
    const m = matchPerson(index, p);
    let contactId = '';
    if (m.by === 'email') contactId = m.contactId;
    else if (m.by === 'name') {
      const pick = String(request.confirmed?.[p.key] ?? '');
      if (m.candidates.indexOf(pick) >= 0) contactId = pick;
    } else if (request.add?.[p.key]) {
      contactId = addContact(session, caller, p, request.add[p.key]!, source);
      orgOf.set(contactId, String(request.add[p.key]!.orgId));
      outcome.contactsAdded.push(contactId);
    }
    const orgId = orgOf.get(contactId) ?? '';
    if (!contactId || !allowed(orgId)) {
      outcome.skipped++;
      continue;
    }
    const stay = `${p.minutes} min${p.joins > 1 ? `, joined ${p.joins} times` : ''}`;
    rows.push({
      date: p.day || plan.meeting.day,
      type,
      ...orgFields(orgId),
      contactIds: [contactId],
      staffIds: caller.staffId ? [caller.staffId] : [],
      summary: `${where}${title ? ` "${title}"` : ''}: attended ${stay}.`,
      source: 'import',
      sourceRef: p.ref,
      eventId: eventId || null,
    });
  }
  return rows;
}

function statsRows(session: WorkbookSession, caller: Caller, plan: StatsPlan, outcome: ImportOutcome) {
  const contacts = contactKeys_(session).filter((c) => c.active);
  const orgOf = new Map(contacts.map((c) => [c.id, c.orgId]));
  const index = contactIndex(contacts);
  const allowed = contactAllowed(session, caller);
  const already = existingRefs_(
    session,
    plan.interactions.map((i) => i.ref),
  );
  const rows: Record<string, unknown>[] = [];
  for (const i of plan.interactions) {
    if (already.has(i.ref)) {
      outcome.already++;
      continue;
    }
    const m = matchPerson(index, { email: i.email, name: '' });
    const contactId = m.by === 'email' ? m.contactId : '';
    const orgId = orgOf.get(contactId) ?? '';
    if (!contactId || !allowed(orgId)) {
      outcome.skipped++;
      continue;
    }
    rows.push({
      date: i.day,
      type: /newsletter|mailchimp|e-?mail/i.test(i.platform) ? 'newsletter' : 'external platform',
      ...orgFields(orgId),
      contactIds: [contactId],
      summary: `${i.platform}: ${i.kind} × ${i.count}.`,
      source: 'external platform',
      sourceRef: i.ref,
    });
  }
  return rows;
}

/**
 * Imports the file under the script lock: the plan and the matches are made again here (nothing the sidebar showed
 * is trusted), references already in Engagements are skipped, and the new engagements go in as one block.
 */
export function importEngagements(request: ImportRequest): ImportOutcome {
  const session = workbook();
  const caller = requireRole(session, ENGAGEMENT_LOGGERS, 'import engagement');
  const plan = planOf_(request);
  return session.write(() => {
    const outcome: ImportOutcome = {
      recorded: [],
      already: 0,
      skipped: 0,
      contactsAdded: [],
      problems: plan.problems.length,
    };
    const rows =
      plan.kind === 'attendance'
        ? attendanceRows(session, caller, plan, request, outcome)
        : statsRows(session, caller, plan, outcome);
    if (rows.length === 0) return outcome;
    const made = session.table(ENGAGEMENTS).insert(rows, {
      action: 'import',
      summary: `Import of ${plan.platform} ${plan.kind === 'attendance' ? plan.meeting.day : 'statistics'}`,
    });
    outcome.recorded = made.map((r) => r.id);
    return outcome;
  });
}
