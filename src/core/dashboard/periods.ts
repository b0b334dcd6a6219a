// Reporting periods (calendar months, quarters and years in the network's time zone) as local-date intervals, so a
// figure "for 2026 Q3" means the same days whoever computes it. Dates are compared as 'YYYY-MM-DD' text.

import { type LocalDate, parseLocalDate } from '../calendar/localDate';

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface Period {
  kind: PeriodKind;
  /** '2026 Q3', '2026-07' or '2026'. */
  label: string;
  /** First day, included. */
  from: LocalDate;
  /** First day of the next period, excluded. */
  to: LocalDate;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const first = (year: number, month: number): LocalDate => `${year}-${pad(month)}-01`;

/** The period of `kind` that starts at month `month` (1–12) of `year` (month is rounded down to the period). */
function periodAt(kind: PeriodKind, year: number, month: number): Period {
  if (kind === 'year') return { kind, label: String(year), from: first(year, 1), to: first(year + 1, 1) };
  if (kind === 'month') {
    const next = month === 12 ? first(year + 1, 1) : first(year, month + 1);
    return { kind, label: `${year}-${pad(month)}`, from: first(year, month), to: next };
  }
  const q = Math.floor((month - 1) / 3);
  const next = q === 3 ? first(year + 1, 1) : first(year, q * 3 + 4);
  return { kind, label: `${year} Q${q + 1}`, from: first(year, q * 3 + 1), to: next };
}

/** The period of `kind` holding the day `day`. */
export function periodContaining(kind: PeriodKind, day: LocalDate): Period {
  const { year, month } = parseLocalDate(day);
  return periodAt(kind, year, month);
}

/** The period just before `p`. */
export function previousPeriod(p: Period): Period {
  const { year, month } = parseLocalDate(p.from);
  if (p.kind === 'year') return periodAt('year', year - 1, 1);
  const back = p.kind === 'month' ? 1 : 3;
  const m = month - back;
  return m >= 1 ? periodAt(p.kind, year, m) : periodAt(p.kind, year - 1, m + 12);
}

/** The `n` periods of `kind` ending with the one holding `day`, oldest first. */
export function recentPeriods(kind: PeriodKind, day: LocalDate, n: number): Period[] {
  const out = [periodContaining(kind, day)];
  while (out.length < n) out.unshift(previousPeriod(out[0]!));
  return out;
}

/** Whether a day falls in the period. */
export function inPeriod(day: LocalDate | null, p: { from: LocalDate; to: LocalDate }): boolean {
  return day !== null && day >= p.from && day < p.to;
}

/** The local day `days` before `day` (for "in the last 90 days" windows ending on a day). */
export function daysBefore(day: LocalDate, days: number): LocalDate {
  const { year, month, day: d } = parseLocalDate(day);
  const t = new Date(Date.UTC(year, month - 1, d) - days * 86400000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
