// The event object of a time-driven trigger run.
// Source: https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
// Fields: authMode (FULL), day-of-month (1–31), day-of-week (1 = Monday … 7 = Sunday), hour, minute, month (1–12),
// second, timezone ("UTC": the other fields are in UTC), triggerUid, week-of-year, year.

/** ISO-8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(d: Date): number {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

export function timeDrivenEvent(atMs: number, triggerUid: string): Record<string, unknown> {
  const d = new Date(atMs);
  return {
    authMode: 'FULL',
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() || 7,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': isoWeek(d),
    year: d.getUTCFullYear(),
  };
}
