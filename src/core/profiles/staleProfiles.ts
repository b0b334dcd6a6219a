// Which city profiles are overdue for review: pure, so the sidebar, the dashboard and tests agree on "stale".

const DAY_MS = 86400000;

export interface ProfileReviewInput {
  id: string;
  name: string;
  hubId: string;
  status: string;
  /** Last review as a Date, or null when never reviewed. */
  reviewedOn: Date | null;
}

export interface StaleProfile {
  id: string;
  name: string;
  hubId: string;
  /** YYYY-MM-DD of the last review, or '' when never reviewed. */
  reviewedOn: string;
  /** Whole days since the last review; null when never reviewed. */
  daysSince: number | null;
}

/** Statuses whose profiles are kept up to date; withdrawn cities are not chased. */
const TRACKED_STATUSES = ['member', 'applicant', 'lapsed', 'prospect'];

function isoDay(d: Date): string {
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${d.getFullYear()}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** Whole calendar days from a to b, counted on local dates so a DST change does not shift the count. */
export function daysBetween(a: Date, b: Date): number {
  const from = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const to = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((to - from) / DAY_MS);
}

/**
 * Cities not reviewed for `maxDays` days or more (never-reviewed first, then the oldest review),
 * leaving out withdrawn cities.
 */
export function staleProfiles(
  cities: readonly ProfileReviewInput[],
  today: Date,
  maxDays: number,
): StaleProfile[] {
  const out: StaleProfile[] = [];
  for (const c of cities) {
    if (TRACKED_STATUSES.indexOf(c.status) < 0) continue;
    const days = c.reviewedOn ? daysBetween(c.reviewedOn, today) : null;
    if (days !== null && days < maxDays) continue;
    out.push({
      id: c.id,
      name: c.name,
      hubId: c.hubId,
      reviewedOn: c.reviewedOn ? isoDay(c.reviewedOn) : '',
      daysSince: days,
    });
  }
  out.sort(
    (a, b) =>
      (b.daysSince ?? Number.MAX_SAFE_INTEGER) - (a.daysSince ?? Number.MAX_SAFE_INTEGER) ||
      a.name.localeCompare(b.name),
  );
  return out;
}
