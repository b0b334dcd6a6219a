// How old a need or an offer is, in the unit a person would say ("8 months ago"), from two calendar days.

import { parseLocalDate } from '../calendar/localDate';

export interface Age {
  readonly unit: 'days' | 'months' | 'years';
  readonly n: number;
}

/**
 * Whole days under a month, whole calendar months under two years, whole years after. Calendar months, not
 * 30-day blocks: 15 March to 14 April is 0 months (30 days), to 15 April 1 month. A day after today is age 0.
 */
export function ageBetween(fromIso: string, todayIso: string): Age {
  const a = parseLocalDate(fromIso);
  const b = parseLocalDate(todayIso);
  const days = Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000,
  );
  if (days <= 0) return { unit: 'days', n: 0 };
  const months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  if (months < 1) return { unit: 'days', n: days };
  if (months < 24) return { unit: 'months', n: months };
  return { unit: 'years', n: Math.floor(months / 12) };
}
