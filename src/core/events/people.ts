// An event participant as the event rules see it: plain values (ISO days), whoever the person is (contact or external).

import type { LocalDate } from '../calendar/localDate';

export interface EventPerson {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly role: string;
  /** The language the person listens in; '' when none was given. */
  readonly language: string;
  readonly travel: string;
  readonly travelFrom: string;
  readonly visa: string;
  readonly accommodation: string;
  readonly arrivesOn: LocalDate | '';
  readonly departsOn: LocalDate | '';
  readonly statusSince: string;
}

/** Statuses that hold a place: capacity counts these. */
export const PLACE_HOLDING: readonly string[] = ['registered', 'confirmed', 'attended'];

/** Statuses of people not coming (their logistics are dropped from every list). */
export const NOT_COMING: readonly string[] = ['declined', 'cancelled', 'no-show'];

/** People expected at the event: those holding a place (invited and wait-listed people are not yet). */
export const expected = (people: readonly EventPerson[]) =>
  people.filter((p) => PLACE_HOLDING.indexOf(p.status) >= 0);
