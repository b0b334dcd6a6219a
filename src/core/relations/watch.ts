// Political-event watch rules (issue 17): which events re-confirm contacts, which contacts, when the follow-up is due.

import { addDays, type LocalDate } from '../calendar/localDate';

/** Events after which the city's political point of contact may have changed. */
export const RECONFIRMING_KINDS: readonly string[] = ['election', 'change of mayor', 'change of governor'];
/** The contact categories that are the city's political point of contact (mayor's office or policy team). */
export const POLITICAL_CATEGORIES: readonly string[] = ["mayor's office", 'policy team'];
/** Days after the event (or after today, for one already past) the follow-up is due. */
export const WATCH_FOLLOW_UP_DAYS = 7;

export function reconfirms(kind: string): boolean {
  return RECONFIRMING_KINDS.indexOf(kind) >= 0;
}

/** The follow-up's due day: a week after the event, and never before a week from today. */
export function watchFollowUpDue(eventDay: LocalDate, today: LocalDate): LocalDate {
  const base = eventDay > today ? eventDay : today;
  return addDays(base, WATCH_FOLLOW_UP_DAYS);
}

/** Whether a contact flagged since `since` is still unconfirmed after `days` days (listed for its hub). */
export function unconfirmedTooLong(since: LocalDate | null, today: LocalDate, days: number): boolean {
  return since !== null && since <= addDays(today, -days);
}
