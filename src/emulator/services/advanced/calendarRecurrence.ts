// Expanding a Calendar event's RRULE into its occurrences (RFC 5545 §3.3.10, the subset the CRM writes: FREQ=DAILY
// or WEEKLY with INTERVAL, COUNT or UNTIL). Other rules are refused, so a test cannot pass on an unread rule.

import {
  addDays,
  formatLocalDate,
  instantAt,
  parseLocalDate,
  wallClockAt,
} from '../../../core/calendar/localDate';

export interface Rule {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  count: number | null;
  until: Date | null;
}

/** Parses "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=10"; null when the rule uses what the emulator does not model. */
export function parseRule(line: string): Rule | null {
  const m = /^RRULE:(.+)$/.exec(line.trim());
  if (!m) return null;
  const parts = new Map<string, string>();
  for (const p of m[1]!.split(';')) {
    const [k, v] = p.split('=');
    if (!k || v === undefined) return null;
    parts.set(k.toUpperCase(), v);
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY') return null;
  for (const k of parts.keys())
    if (['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST'].indexOf(k) < 0) return null;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : null;
  const u = parts.get('UNTIL');
  const until = u
    ? new Date(
        `${u.slice(0, 4)}-${u.slice(4, 6)}-${u.slice(6, 8)}T${u.length > 8 ? `${u.slice(9, 11)}:${u.slice(11, 13)}:${u.slice(13, 15)}` : '23:59:59'}Z`,
      )
    : null;
  if (!(interval >= 1) || (count !== null && !(count >= 1))) return null;
  return { freq, interval, count, until };
}

/**
 * The start instants of a series starting at `first`, at most `limit` of them. Occurrences keep the wall-clock time
 * in the event's time zone across daylight-saving changes (RFC 5545: a recurrence is in local time when the start
 * names a zone; the Calendar API's start.timeZone "is required for recurring events").
 */
export function occurrences(first: Date, rule: Rule, timeZone: string, limit = 730): Date[] {
  const step = (rule.freq === 'DAILY' ? 1 : 7) * rule.interval;
  const wall = wallClockAt(first, timeZone);
  const day0 = formatLocalDate(wall.year, wall.month, wall.day);
  const out: Date[] = [];
  for (let i = 0; out.length < limit; i++) {
    const d = parseLocalDate(addDays(day0, i * step));
    const at = instantAt({ ...wall, year: d.year, month: d.month, day: d.day }, timeZone);
    if (rule.until && at.getTime() > rule.until.getTime()) break;
    if (rule.count !== null && i >= rule.count) break;
    out.push(at);
  }
  return out;
}

/** "20260616T140000Z": the suffix of an instance's id (believed: the form instance ids take in the API's answers). */
export function instanceSuffix(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}
