// Recording who attended one member meeting (issue 17): one engagement per occurrence, found again by its Source
// reference so it is recorded once, from the sidebar's checklist or a Meet participant export; action points become
// follow-ups.

import { CONTACTS, ENGAGEMENTS } from '../../../sheets-templates';
import { addDays, parseLocalDate } from '../../core/calendar/localDate';
import { UserError } from '../../core/messages';
import { ACTION_POINT_DAYS, actionPointsOf } from '../../core/relations/followUps';
import { formatIsoDate } from '../../core/schema/cells';
import { normaliseEmail } from '../../core/schema/text';
import { requireRole } from '../access/roles';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import { activeStaff, addFollowUps } from './followUpRows';
import { calendar } from './meetings';

export interface AttendanceRequest {
  instanceId: string;
  /** Guests' addresses who attended (the sidebar checklist). */
  attended?: string[];
  /** Or the Meet attendance export (a participant CSV): every address in it counts as attended. */
  csv?: string;
  /** Action points one per line, each the caller's, due a week after the meeting. */
  actionPoints?: string;
  /** Or action points each with its owner (a Staff email; the caller when empty) and due day (YYYY-MM-DD). */
  actionItems?: ActionItem[];
}

export interface ActionItem {
  what: string;
  owner?: string;
  dueOn?: string;
}

interface CheckedItem {
  what: string;
  owner: string;
  /** Empty: a week after the meeting. */
  dueOn: string;
}

/**
 * Every action point checked before anything is written, a refusal naming the point and its field: the sidebar
 * keeps what was typed. A point left wholly blank is no point; one with an owner or a day but no words is refused.
 */
function checkedItems(session: WorkbookSession, request: AttendanceRequest, me: string): CheckedItem[] {
  const out: CheckedItem[] = actionPointsOf(String(request.actionPoints ?? '')).map((what) => ({
    what,
    owner: me,
    dueOn: '',
  }));
  const items = Array.isArray(request.actionItems) ? request.actionItems : [];
  if (items.length === 0) return out;
  const staff = activeStaff(session);
  items.forEach((item, i) => {
    const n = i + 1;
    const what = String(item?.what ?? '').trim();
    const owner = normaliseEmail(String(item?.owner ?? ''));
    const dueOn = String(item?.dueOn ?? '').trim();
    if (what === '' && owner === '' && dueOn === '') return;
    if (what === '') throw new UserError('meetings.actionWhat', { n });
    // Follow-ups › What holds 500 characters: refused whole, never cut short.
    if (what.length > 500)
      throw new UserError('meetings.actionWhatLong', { n, length: what.length, max: 500 });
    const person = staff.get(owner || me);
    if (!person || person.role === 'viewer')
      throw new UserError('meetings.actionOwner', { n, owner: owner || me });
    if (dueOn !== '') {
      try {
        parseLocalDate(dueOn);
      } catch {
        throw new UserError('meetings.actionDue', { n });
      }
    }
    out.push({ what, owner: owner || me, dueOn });
  });
  return out;
}

/**
 * Records who attended one occurrence as one engagement (type bi-weekly call, the attendees' cities and contacts,
 * Source reference "meeting:<occurrence id>"), once: a second call for the same occurrence returns the first
 * engagement (found by a search of Source reference). Action points become follow-ups on it: typed one per line,
 * the caller's due a week after the meeting; or each with its owner and due day (the sidebar's checklist).
 */
export function recordMeetingAttendance(request: AttendanceRequest): {
  engagementId: string;
  followUpIds: string[];
  again: boolean;
} {
  const session = workbook();
  const caller = requireRole(session, NETWORK_EDITORS, 'record meeting attendance');
  const instanceId = String(request?.instanceId ?? '');
  const items = checkedItems(session, request ?? { instanceId }, normaliseEmail(caller.email));
  const occurrence = calendar().get('primary', instanceId);
  return session.write(() => {
    const table = session.table(ENGAGEMENTS);
    const ref = `meeting:${instanceId}`;
    // Action points given with a second call (attendance first, the points later) still become follow-ups: the
    // engagement is not logged again, and addFollowUps adds none twice.
    const pointsOn = (engagementId: string, day: string) =>
      addFollowUps(
        session,
        items.map((item) => ({
          what: item.what,
          owner: item.owner,
          dueOn: item.dueOn || addDays(day, ACTION_POINT_DAYS),
          recordId: engagementId,
        })),
        `Action points of ${engagementId}`,
      ).map((m) => m.id);
    const existing = table.findRows('sourceRef', [ref])[0];
    if (existing) {
      const id = String(table.cell(existing, 'id'));
      const on = table.cell(existing, 'date');
      const day = on instanceof Date ? formatIsoDate(on) : formatIsoDate(session.now());
      return { engagementId: id, followUpIds: pointsOn(id, day), again: true };
    }
    const invited = new Set((occurrence.attendees ?? []).map((a) => normaliseEmail(String(a.email ?? ''))));
    const fromCsv = String(request.csv ?? '').match(/[^\s,;"'<>]+@[^\s,;"'<>]+\.[a-z]{2,}/gi) ?? [];
    const came = new Set(
      [...(request.attended ?? []), ...fromCsv]
        .map((e) => normaliseEmail(String(e)))
        .filter((e) => invited.has(e)),
    );
    const contacts = session.table(CONTACTS);
    const rows = came.size === 0 ? [] : contacts.findRows('email', [...came]);
    const contactIds = rows.map((r) => String(contacts.cell(r, 'id')));
    const cityIds = [
      ...new Set(rows.map((r) => String(contacts.cell(r, 'orgId'))).filter((o) => o.startsWith('CTY-'))),
    ];
    const day = String(occurrence.start?.dateTime ?? '').slice(0, 10) || formatIsoDate(session.now());
    const [eng] = table.insert(
      [
        {
          date: day,
          type: 'bi-weekly call',
          cityIds,
          contactIds,
          staffIds: caller.staffId ? [caller.staffId] : [],
          summary: `${String(occurrence.summary ?? 'Member meeting')}: ${contactIds.length} of ${invited.size} invited attended.`,
          source: 'manual',
          sourceRef: ref,
        },
      ],
      { summary: `Attendance of ${instanceId}` },
    );
    return { engagementId: eng!.id, followUpIds: pointsOn(eng!.id, day), again: false };
  });
}
