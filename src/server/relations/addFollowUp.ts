// Hanging a follow-up on any record (engagement, application, match, event or watch item), or on none.

import { APPLICATIONS, ENGAGEMENTS, EVENTS, MATCHES, type TabDef, WATCH } from '../../../sheets-templates';
import { UserError } from '../../core/messages';
import { requireRole } from '../access/roles';
import { ENGAGEMENT_LOGGERS } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import { activeStaff, addFollowUps } from './followUpRows';

export interface FollowUpRequest {
  what: string;
  /** A Staff email; the caller when empty. */
  owner?: string;
  /** YYYY-MM-DD. */
  dueOn: string;
  /** The record it hangs on (ENG-, APP-, MAT-, EVT- or WCH-…), if any. */
  recordId?: string | null;
}

const HOSTS: readonly TabDef[] = [ENGAGEMENTS, APPLICATIONS, MATCHES, EVENTS, WATCH];

/** The city a record is about, when it names one (so the follow-up shows with the city's name). */
function cityOf(session: WorkbookSession, recordId: string): string | null {
  const host = HOSTS.find((t) => recordId.startsWith(`${t.prefix}-`));
  if (!host) throw new UserError('followUps.badRecord', { id: recordId });
  const table = session.table(host);
  const row = table.exists() ? table.findRow(recordId) : undefined;
  if (!row) throw new UserError('followUps.badRecord', { id: recordId });
  const v = table.values(row);
  const ids = v['cityIds'];
  const city = v['cityId'] ?? v['seekingCityId'] ?? (Array.isArray(ids) ? ids[0] : null);
  return city ? String(city) : null;
}

export function addFollowUp(request: FollowUpRequest): { id: string; version: number } {
  const session = workbook();
  const caller = requireRole(session, ENGAGEMENT_LOGGERS, 'add follow-ups');
  const what = String(request?.what ?? '').trim();
  if (what === '') throw new UserError('followUps.whatNeeded');
  const dueOn = String(request?.dueOn ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueOn)) throw new UserError('followUps.badDue');
  const owner =
    String(request?.owner ?? '')
      .trim()
      .toLowerCase() || caller.email.toLowerCase();
  const person = activeStaff(session).get(owner);
  if (!person || person.role === 'viewer') throw new UserError('followUps.badOwner', { owner });
  const recordId = String(request?.recordId ?? '').trim();
  return session.write(() => {
    const cityId = recordId ? cityOf(session, recordId) : null;
    const [created] = addFollowUps(session, [{ what, owner, dueOn, recordId, cityId }], `Follow-up: ${what}`);
    return { id: created!.id, version: created!.version };
  });
}
