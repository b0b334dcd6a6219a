// Per-event logistics from its participants: counts by status, the travel and visa list, the rooming list, the budget.

import { addDays, type LocalDate } from '../calendar/localDate';
import { type EventPerson, NOT_COMING } from './people';

/** Days before arrival a visa letter must reach the consulate when the event sets none. */
export const DEFAULT_VISA_LEAD_DAYS = 45;

export function countsByStatus(people: readonly EventPerson[], statuses: readonly string[]) {
  const out: Record<string, number> = {};
  for (const s of statuses) out[s] = 0;
  for (const p of people) out[p.status] = (out[p.status] ?? 0) + 1;
  return out;
}

export interface TravelLine {
  readonly id: string;
  readonly name: string;
  readonly from: string;
  readonly arrivesOn: LocalDate | '';
  readonly departsOn: LocalDate | '';
  readonly travel: string;
  readonly visa: string;
  /** The day the invitation letter must reach the consulate; '' when no letter is needed. */
  readonly letterDeadline: LocalDate | '';
}

/** Whether the person needs a visa invitation letter (asked for, or sent and the visa still pending). */
export const needsVisaLetter = (p: EventPerson) =>
  NOT_COMING.indexOf(p.status) < 0 && (p.visa === 'letter requested' || p.visa === 'letter sent');

/**
 * Everyone coming who travels or needs a visa letter, earliest letter deadline first: the deadline is the arrival
 * day (the event's first day when none is known) less the event's visa lead time.
 */
export function travelAndVisaList(
  people: readonly EventPerson[],
  startsOn: LocalDate,
  leadDays: number | null,
): TravelLine[] {
  const lead = leadDays ?? DEFAULT_VISA_LEAD_DAYS;
  const travels = (p: EventPerson) => p.travel === 'requested' || p.travel === 'booked';
  return people
    .filter((p) => NOT_COMING.indexOf(p.status) < 0 && p.status !== 'wait-listed')
    .filter((p) => travels(p) || needsVisaLetter(p))
    .map((p) => ({
      id: p.id,
      name: p.name,
      from: p.travelFrom,
      arrivesOn: p.arrivesOn,
      departsOn: p.departsOn,
      travel: p.travel,
      visa: p.visa,
      letterDeadline: needsVisaLetter(p) ? addDays(p.arrivesOn || startsOn, -lead) : '',
    }))
    .sort((a, b) => {
      const ka = `${a.letterDeadline || '9999-12-31'}|${a.name}`;
      const kb = `${b.letterDeadline || '9999-12-31'}|${b.name}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}

export interface RoomingNight {
  /** The night of this day (checked in that day, leaving the next). */
  readonly night: LocalDate;
  readonly guests: readonly { id: string; name: string }[];
}

/** Who sleeps at the event's hotel each night: from arrival to the night before departure, people coming only. */
export function roomingList(people: readonly EventPerson[]): RoomingNight[] {
  const nights: Record<string, { id: string; name: string }[]> = {};
  for (const p of people) {
    if (NOT_COMING.indexOf(p.status) >= 0 || p.status === 'wait-listed') continue;
    if (p.accommodation !== 'requested' && p.accommodation !== 'booked') continue;
    if (!p.arrivesOn || !p.departsOn || p.departsOn <= p.arrivesOn) continue;
    for (let d = p.arrivesOn; d < p.departsOn; d = addDays(d, 1)) {
      const guests = nights[d] ?? [];
      guests.push({ id: p.id, name: p.name });
      nights[d] = guests;
    }
  }
  return Object.keys(nights)
    .sort()
    .map((night) => ({ night, guests: nights[night]!.sort((a, b) => (a.name < b.name ? -1 : 1)) }));
}

export interface BudgetLine {
  readonly line: string;
  readonly planned: number;
  readonly actual: number | null;
}

export interface BudgetSummary {
  readonly lines: readonly (BudgetLine & { difference: number | null })[];
  readonly planned: number;
  readonly actual: number;
  /** Actual less planned over the lines that have an actual amount. */
  readonly difference: number;
}

/** Reads the Budget column's JSON (a list of lines); anything else is no budget. */
export function budgetLines(value: unknown): BudgetLine[] {
  const list = Array.isArray(value) ? value : [];
  const out: BudgetLine[] = [];
  for (const x of list) {
    if (!x || typeof x !== 'object') continue;
    const o = x as Record<string, unknown>;
    const planned = Number(o['planned']);
    const actual =
      o['actual'] === null || o['actual'] === undefined || o['actual'] === '' ? null : Number(o['actual']);
    out.push({
      line: String(o['line'] ?? ''),
      planned: Number.isFinite(planned) ? planned : 0,
      actual: actual !== null && Number.isFinite(actual) ? actual : null,
    });
  }
  return out;
}

export function budgetSummary(lines: readonly BudgetLine[]): BudgetSummary {
  const withDiff = lines.map((l) => ({ ...l, difference: l.actual === null ? null : l.actual - l.planned }));
  return {
    lines: withDiff,
    planned: lines.reduce((n, l) => n + l.planned, 0),
    actual: lines.reduce((n, l) => n + (l.actual ?? 0), 0),
    difference: withDiff.reduce((n, l) => n + (l.difference ?? 0), 0),
  };
}
