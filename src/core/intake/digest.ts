// Builds the daily digest's fields: applications awaiting the network that are due today or overdue, one per line.

import { STAGES_AWAITING_NETWORK } from '../../../sheets-templates/vocabularies';
import { localDateOf } from '../calendar/localDate';
import { dueToday, isOverdue } from '../calendar/workingDays';

export interface DigestItem {
  readonly id: string;
  readonly stage: string;
  readonly cityName: string;
  readonly country: string;
  /** The Due by cell (a date) or null. */
  readonly dueBy: Date | null;
}

/** Fields for the 'dailyDigest' template; the lists are '' when empty so the template's fallback shows. */
export function digestFields(items: readonly DigestItem[], now: Date, timeZone: string) {
  const awaiting = items.filter(
    (a) => a.dueBy !== null && (STAGES_AWAITING_NETWORK as readonly string[]).indexOf(a.stage) >= 0,
  );
  const line = (a: DigestItem) =>
    `• ${a.id} – ${a.cityName}, ${a.country} – ${a.stage} – due ${localDateOf(a.dueBy!, timeZone)}`;
  const byDue = (a: DigestItem, b: DigestItem) =>
    a.dueBy!.getTime() - b.dueBy!.getTime() || (a.id < b.id ? -1 : 1);
  const today = awaiting.filter((a) => dueToday(a.dueBy!, now, timeZone)).sort(byDue);
  const overdue = awaiting.filter((a) => isOverdue(a.dueBy!, now, timeZone)).sort(byDue);
  return {
    Date: localDateOf(now, timeZone),
    DueTodayCount: today.length,
    DueTodayList: today.map(line).join('\n'),
    OverdueCount: overdue.length,
    OverdueList: overdue.map(line).join('\n'),
  };
}
