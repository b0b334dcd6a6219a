// Counts of peer-learning matches by stage, for monitoring (the M&E dashboard reads these).

import { MATCH_STATUSES } from '../../../sheets-templates/vocabularies';

export type MatchStatus = (typeof MATCH_STATUSES)[number];

export interface MatchOutcomeCounts {
  /** Matches per status (every status present, zero when none). */
  readonly byStatus: Readonly<Record<MatchStatus, number>>;
  /** Introductions sent: matches that reached "introduced" or beyond. */
  readonly introduced: number;
  /** Exchanges held: "exchange held" or "outcome recorded". */
  readonly exchangesHeld: number;
  /** Matches with an outcome in the cities' words. */
  readonly outcomesRecorded: number;
  /** Outcomes recorded per topic. */
  readonly outcomesByTopic: Readonly<Record<string, number>>;
}

export interface MatchLine {
  readonly status: string;
  readonly topic: string;
  readonly outcome: string;
  readonly outcomeOn: Date | null;
}

/** Counts the matches whose outcome date (or, without one, any) falls in [from, to) when a period is given. */
export function matchOutcomeCounts(
  lines: readonly MatchLine[],
  period?: { from: Date; to: Date },
): MatchOutcomeCounts {
  const byStatus = {} as Record<MatchStatus, number>;
  for (const s of MATCH_STATUSES) byStatus[s] = 0;
  const outcomesByTopic: Record<string, number> = {};
  let introduced = 0;
  let exchangesHeld = 0;
  let outcomesRecorded = 0;
  for (const l of lines) {
    const status = l.status as MatchStatus;
    if (byStatus[status] === undefined) continue;
    byStatus[status]++;
    if (status === 'introduced' || status === 'exchange held' || status === 'outcome recorded') introduced++;
    if (status === 'exchange held' || status === 'outcome recorded') exchangesHeld++;
    if (status !== 'outcome recorded' || l.outcome.trim() === '') continue;
    if (period && l.outcomeOn && (l.outcomeOn < period.from || l.outcomeOn >= period.to)) continue;
    outcomesRecorded++;
    outcomesByTopic[l.topic] = (outcomesByTopic[l.topic] ?? 0) + 1;
  }
  return { byStatus, introduced, exchangesHeld, outcomesRecorded, outcomesByTopic };
}
