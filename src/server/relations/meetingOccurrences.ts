// A member meeting series' occurrences (issue 17): listed from Calendar with their guests and whether attendance was
// recorded; one moved or cancelled, its guests told.

import { ENGAGEMENTS } from '../../../sheets-templates';
import { UserError } from '../../core/messages';
import { requireRole } from '../access/roles';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { workbook } from '../store/session';
import { calendar } from './meetings';

export interface Occurrence {
  id: string;
  start: string;
  end: string;
  moved: boolean;
  /** Started before now: attendance can be recorded. */
  past: boolean;
  guests: { email: string; name: string }[];
  /** The engagement recording who attended (Source reference "meeting:<id>"), null while none is. */
  engagementId: string | null;
}

/**
 * The series' occurrences still on (cancelled ones left out), from Calendar, each with its guests and its
 * attendance engagement: one search of Engagements › Source reference for all of them, not a read of the tab.
 */
export function listMeetingOccurrences(eventId: string): Occurrence[] {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'schedule member meetings');
  const items = calendar().instances('primary', String(eventId)).items ?? [];
  const engagements = session.table(ENGAGEMENTS);
  const recorded = new Map<string, string>();
  const refs = items.map((i) => `meeting:${String(i.id)}`);
  if (refs.length > 0 && engagements.exists())
    for (const r of engagements.findRows('sourceRef', refs))
      recorded.set(String(engagements.cell(r, 'sourceRef')).trim(), String(engagements.cell(r, 'id')));
  const now = session.now().getTime();
  return items.map((i) => {
    const start = String(i.start?.dateTime ?? '');
    return {
      id: String(i.id),
      start,
      end: String(i.end?.dateTime ?? ''),
      moved: start !== String(i.originalStartTime?.dateTime ?? start),
      past: new Date(start).getTime() < now,
      guests: (i.attendees ?? []).map((a) => ({
        email: String(a.email ?? ''),
        name: String(a.displayName ?? ''),
      })),
      engagementId: recorded.get(`meeting:${String(i.id)}`) ?? null,
    };
  });
}

/** Moves one occurrence to a new start (same length), or cancels it when `start` is null; guests are told. */
export function rescheduleMeetingOccurrence(
  instanceId: string,
  start: string | null,
): Pick<Occurrence, 'id' | 'start' | 'end' | 'moved'> {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'schedule member meetings');
  const events = calendar();
  const current = events.get('primary', String(instanceId));
  let patched: GoogleAppsScript.Calendar.Schema.Event;
  if (start === null) {
    patched = events.patch({ status: 'cancelled' }, 'primary', String(instanceId), { sendUpdates: 'all' });
  } else {
    const at = new Date(String(start));
    if (String(start ?? '').trim() === '' || Number.isNaN(at.getTime()))
      throw new UserError('meetings.badStart');
    const length =
      new Date(String(current.end?.dateTime)).getTime() - new Date(String(current.start?.dateTime)).getTime();
    patched = events.patch(
      {
        start: { dateTime: at.toISOString() },
        end: { dateTime: new Date(at.getTime() + length).toISOString() },
      },
      'primary',
      String(instanceId),
      { sendUpdates: 'all' },
    );
  }
  return {
    id: String(patched.id),
    start: String(patched.start?.dateTime ?? ''),
    end: String(patched.end?.dateTime ?? ''),
    moved: true,
  };
}
