// Builds the daily digest's fields: applications awaiting the network that are due today or overdue, one per line.

import { STAGES_AWAITING_NETWORK } from '../../../sheets-templates/vocabularies';
import { displayDay } from '../calendar/displayDate';
import { localDateOf } from '../calendar/localDate';
import { dueToday, isOverdue } from '../calendar/workingDays';
import { displayValue, type Language, message } from '../messages';

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

const capped = (lines: readonly string[], lang: Language) =>
  lines.length <= MAX_LINES
    ? lines.join('\n')
    : [...lines.slice(0, MAX_LINES), message('digest.more', { n: lines.length - MAX_LINES }, lang)].join(
        '\n',
      );

/**
 * The digest's "needs a person" part: open applications whose Issues found holds an [error] line (content intake
 * had to neutralise or leave out, README "Intake: nothing lost for bad content"), each with its first such line;
 * and the form responses the sweep could not record (a structural fault), counted so none goes unnoticed.
 */
export function attentionFields(
  items: readonly DigestItem[],
  unrecorded: readonly string[],
  lang: Language = 'en',
) {
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
      lang,
    ),
    UnrecordedCount: unrecorded.length,
    UnrecordedList: capped(
      unrecorded.map((u) => `• ${u}`),
      lang,
    ),
  };
}

/**
 * Fields for the 'dailyDigest' template in the recipient's language (stages shown translated, dates in the
 * language's one format); the lists are '' when empty so the template's fallback shows. `Day` is the ISO day.
 */
export function digestFields(
  items: readonly DigestItem[],
  now: Date,
  timeZone: string,
  lang: Language = 'en',
) {
  const awaiting = items.filter(
    (a) => a.dueBy !== null && (STAGES_AWAITING_NETWORK as readonly string[]).indexOf(a.stage) >= 0,
  );
  const line = (a: DigestItem) =>
    message(
      'digest.line',
      {
        id: a.id,
        city: a.cityName,
        country: a.country,
        stage: displayValue(a.stage, lang),
        due: displayDay(localDateOf(a.dueBy!, timeZone), lang),
        hub: hub(a),
      },
      lang,
    );
  const byDue = (a: DigestItem, b: DigestItem) =>
    a.dueBy!.getTime() - b.dueBy!.getTime() || (a.id < b.id ? -1 : 1);
  const today = awaiting.filter((a) => dueToday(a.dueBy!, now, timeZone)).sort(byDue);
  const overdue = awaiting.filter((a) => isOverdue(a.dueBy!, now, timeZone)).sort(byDue);
  const day = localDateOf(now, timeZone);
  return {
    Day: day,
    Date: displayDay(day, lang),
    DueTodayCount: today.length,
    DueTodayList: today.map(line).join('\n'),
    OverdueCount: overdue.length,
    OverdueList: overdue.map(line).join('\n'),
  };
}
