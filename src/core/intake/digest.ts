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
  /** The hub's name as people know it (never its id), when the application has a hub. */
  readonly hubName?: string;
  /** The Issues found cell. */
  readonly issuesFound?: string;
}

const hub = (a: DigestItem) => (a.hubName ? ` · ${a.hubName}` : '');

/** At most this many lines per list: the digest is a pointer to the workbook, not a copy of it. */
const MAX_LINES = 20;

const capped = (lines: readonly string[]) =>
  lines.length <= MAX_LINES
    ? lines.join('\n')
    : [...lines.slice(0, MAX_LINES), `… and ${lines.length - MAX_LINES} more`].join('\n');

/**
 * The digest's "needs a person" part: open applications whose Issues found holds an [error] line (content intake
 * had to neutralise or leave out, README "Intake: nothing lost for bad content"), each with its first such line;
 * and the form responses the sweep could not record (a structural fault), counted so none goes unnoticed.
 */
export function attentionFields(items: readonly DigestItem[], unrecorded: readonly string[]) {
  const flagged = items.filter(
    (a) =>
      (STAGES_AWAITING_NETWORK as readonly string[]).indexOf(a.stage) >= 0 &&
      /^\[error\] /m.test(a.issuesFound ?? ''),
  );
  const firstError = (a: DigestItem) =>
    ((a.issuesFound ?? '').split('\n').find((l) => l.indexOf('[error] ') === 0) ?? '').slice(8, 208);
  return {
    NeedsAttentionCount: flagged.length,
    NeedsAttentionList: capped(
      flagged.map((a) => `• ${a.id} – ${a.cityName}, ${a.country}${hub(a)} – ${firstError(a)}`),
    ),
    UnrecordedCount: unrecorded.length,
    UnrecordedList: capped(unrecorded.map((u) => `• ${u}`)),
  };
}

/** Fields for the 'dailyDigest' template; the lists are '' when empty so the template's fallback shows. */
export function digestFields(items: readonly DigestItem[], now: Date, timeZone: string) {
  const awaiting = items.filter(
    (a) => a.dueBy !== null && (STAGES_AWAITING_NETWORK as readonly string[]).indexOf(a.stage) >= 0,
  );
  const line = (a: DigestItem) =>
    `• ${a.id} – ${a.cityName}, ${a.country} – ${a.stage} – due ${localDateOf(a.dueBy!, timeZone)}${hub(a)}`;
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
