// Engagement › My follow-ups: the signed-in user's open follow-ups (then the team's, for coordinators), ordered by
// due date, with done, snooze and reassign in one click each (optimistic concurrency: the version read is checked).

import { FOLLOW_UPS } from '../../../sheets-templates';
import { UserError } from '../../core/messages';
import {
  byDue,
  dueBy,
  effectiveDue,
  MAX_SNOOZE_DAYS,
  stateOf,
  validSnooze,
} from '../../core/relations/followUps';
import { formatIsoDate } from '../../core/schema/cells';
import { normaliseEmail } from '../../core/schema/text';
import { requireRole } from '../access/roles';
import { recordNames } from '../records/lookups';
import { ENGAGEMENT_LOGGERS, NETWORK_EDITORS, READ_ROLES } from '../records/sidebarAccess';
import { showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { type WorkbookSession, workbook } from '../store/session';
import { activeStaff, allOpenFollowUps, type FollowUpLine, lineOf, openFollowUpsOf } from './followUpRows';

export interface FollowUpView {
  id: string;
  version: number;
  what: string;
  owner: string;
  ownerName: string;
  /** The day it is due, snooze counted (YYYY-MM-DD). */
  due: string;
  state: 'overdue' | 'due' | 'upcoming';
  snoozed: boolean;
  recordId: string;
  cityName: string;
}

export interface FollowUpsView {
  language: UiLanguage;
  me: string;
  today: string;
  /** The caller's open follow-ups, ordered by due date (overdue first). */
  mine: FollowUpView[];
  /** For coordinators and admins: everyone else's follow-ups due today or overdue; null for the others. */
  team: FollowUpView[] | null;
  /** Who a follow-up may be reassigned to: active staff other than viewers. */
  staff: { email: string; name: string }[];
  maxSnoozeDays: number;
}

/** Menu action: SCN CRM › Engagement › My follow-ups. */
export function showFollowUps(): void {
  showSidebarPage('followups', 'My follow-ups');
}

function views(session: WorkbookSession, lines: readonly FollowUpLine[], today: string): FollowUpView[] {
  const staff = activeStaff(session);
  const names = recordNames(
    session,
    lines.map((l) => l.cityId),
  );
  return lines.map((l) => ({
    id: l.id,
    version: l.version,
    what: l.what,
    owner: l.owner,
    ownerName: staff.get(l.owner)?.name ?? l.owner,
    due: effectiveDue(l),
    state: stateOf(l, today),
    snoozed: l.snoozedUntil !== null && l.snoozedUntil > l.dueOn,
    recordId: l.recordId,
    cityName: names[l.cityId] ?? '',
  }));
}

export function getFollowUps(): FollowUpsView {
  const session = workbook();
  const caller = requireRole(session, READ_ROLES, 'see follow-ups');
  const today = formatIsoDate(session.now());
  const me = normaliseEmail(caller.email);
  const mine = byDue(openFollowUpsOf(session, me));
  const coordinates = NETWORK_EDITORS.indexOf(caller.role) >= 0;
  const team = coordinates
    ? dueBy(
        allOpenFollowUps(session).filter((l) => l.owner !== me),
        today,
      )
    : null;
  const staff = [...activeStaff(session).entries()]
    .filter(([, s]) => s.role !== 'viewer')
    .map(([email, s]) => ({ email, name: s.name }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    language: uiLanguage_(),
    me,
    today,
    mine: views(session, mine, today),
    team: team ? views(session, team, today) : null,
    staff,
    maxSnoozeDays: MAX_SNOOZE_DAYS,
  };
}

/** Changes one open follow-up if the caller owns it or coordinates, and nobody changed it since `version`. */
function change(
  id: string,
  version: number,
  action: string,
  changes: (session: WorkbookSession, today: string) => Record<string, unknown>,
): FollowUpView {
  const session = workbook();
  const caller = requireRole(session, ENGAGEMENT_LOGGERS, action);
  return session.write(() => {
    const table = session.table(FOLLOW_UPS);
    const rec = table.get(String(id ?? ''));
    const line = lineOf(rec);
    if (rec.values['status'] !== 'open') throw new UserError('followUps.notOpen', { id: rec.id });
    const coordinates = NETWORK_EDITORS.indexOf(caller.role) >= 0;
    if (!coordinates && line.owner !== normaliseEmail(caller.email)) {
      throw new UserError('followUps.notYours', { id: rec.id, owner: line.owner });
    }
    const today = formatIsoDate(session.now());
    const saved = table.update(rec.id, changes(session, today), Number(version), { action: 'update' });
    return views(session, [lineOf(saved)], today)[0]!;
  });
}

export function completeFollowUp(id: string, version: number): FollowUpView {
  return change(id, version, 'complete follow-ups', (session) => ({ status: 'done', doneAt: session.now() }));
}

export function snoozeFollowUp(id: string, version: number, until: string): FollowUpView {
  return change(id, version, 'snooze follow-ups', (_s, today) => {
    const day = String(until ?? '').trim();
    if (!validSnooze(day, today)) throw new UserError('followUps.badSnooze', { max: MAX_SNOOZE_DAYS });
    return { snoozedUntil: day };
  });
}

export function reassignFollowUp(id: string, version: number, owner: string): FollowUpView {
  return change(id, version, 'reassign follow-ups', (session) => {
    const email = normaliseEmail(String(owner ?? ''));
    const person = activeStaff(session).get(email);
    if (!person || person.role === 'viewer')
      throw new UserError('followUps.badOwner', { owner: email || '—' });
    return { owner: email, snoozedUntil: null };
  });
}
