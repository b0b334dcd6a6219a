// Follow-up rules (issue 17): when one is due, how a list is ordered, and what "snooze" and "action points" mean.

import { addDays, type LocalDate } from '../calendar/localDate';

/** One open follow-up as the rules need it: local dates as YYYY-MM-DD. */
export interface FollowUpItem {
  readonly id: string;
  readonly what: string;
  readonly owner: string;
  readonly dueOn: LocalDate;
  /** Not due before this day, when set. */
  readonly snoozedUntil: LocalDate | null;
}

export type FollowUpState = 'overdue' | 'due' | 'upcoming';

/** The day a follow-up is due: its due date, or the day its snooze ends if later. */
export function effectiveDue(item: FollowUpItem): LocalDate {
  return item.snoozedUntil && item.snoozedUntil > item.dueOn ? item.snoozedUntil : item.dueOn;
}

export function stateOf(item: FollowUpItem, today: LocalDate): FollowUpState {
  const due = effectiveDue(item);
  return due < today ? 'overdue' : due === today ? 'due' : 'upcoming';
}

/** Ordered by the day each is due (snooze counted), then by id (oldest first), so the order is stable. */
export function byDue<T extends FollowUpItem>(items: readonly T[]): T[] {
  return items
    .slice()
    .sort((a, b) =>
      effectiveDue(a) < effectiveDue(b)
        ? -1
        : effectiveDue(a) > effectiveDue(b)
          ? 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0,
    );
}

/** Only what is due today or overdue (what a digest shows). */
export function dueBy<T extends FollowUpItem>(items: readonly T[], today: LocalDate): T[] {
  return byDue(items.filter((i) => effectiveDue(i) <= today));
}

/** Days a snooze may last at most: a follow-up put off further should get a new due date instead. */
export const MAX_SNOOZE_DAYS = 90;

/** Whether `until` is a day a follow-up may be snoozed to: after today, at most MAX_SNOOZE_DAYS ahead. */
export function validSnooze(until: LocalDate, today: LocalDate): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) && until > today && until <= addDays(today, MAX_SNOOZE_DAYS);
}

/** Days after a meeting an action point is due when the meeting set no follow-up date. */
export const ACTION_POINT_DAYS = 7;

/**
 * The action points typed while logging a meeting, one per line: bullets and blank lines dropped, each kept to the
 * What column's 500 characters, the same point typed twice kept once.
 */
export function actionPointsOf(text: string): string[] {
  const out: string[] = [];
  for (const raw of String(text ?? '').split(/\r?\n/)) {
    const line = raw
      .replace(/^\s*(?:[-*•·]|\d+[.)])\s*/, '')
      .trim()
      .slice(0, 500);
    if (line !== '' && out.indexOf(line) < 0) out.push(line);
  }
  return out;
}
