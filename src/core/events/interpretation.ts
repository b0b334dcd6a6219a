// The interpretation plan of an event: language pairs, listeners per pair, booths and interpreters (issue 16 item 3).
//
// The model, in the words of conference practice: the event's first working language is the floor language and the
// pivot (relay) language. Every other working language gets a booth that interprets into it and, as retour, from it
// into the floor language: one pair floor–language per booth. A language some expected participant listens in that
// is not a working language gets whispered interpretation (chuchotage) from the floor language: a pair with no
// booth. Simultaneous interpreters work in teams of two per booth or per whispered language (they take turns), and
// three per booth when the event runs more than one day of full sessions. Participants counted are those holding a
// place (registered, confirmed, attended); an empty language or the floor language needs nothing.

import { type EventPerson, expected } from './people';

export interface InterpretationPair {
  /** The floor language and the other language, e.g. ['en', 'fr']. */
  readonly from: string;
  readonly to: string;
  /** Expected participants who listen in `to`. */
  readonly participants: number;
  /** A booth (a working language) or whispered interpretation (a participant's language only). */
  readonly mode: 'booth' | 'whispered';
  readonly interpreters: number;
}

export interface InterpretationPlan {
  /** The floor (pivot) language; '' when the event has no working language. */
  readonly floor: string;
  readonly pairs: readonly InterpretationPair[];
  readonly booths: number;
  readonly interpreters: number;
  /** Expected participants who listen in the floor language or gave no language. */
  readonly floorListeners: number;
}

export function interpretationPlan(
  workingLanguages: readonly string[],
  people: readonly EventPerson[],
  days: number,
): InterpretationPlan {
  const floor = workingLanguages[0] ?? '';
  const coming = expected(people);
  const listeners: Record<string, number> = {};
  let floorListeners = 0;
  for (const p of coming) {
    if (p.language === '' || p.language === floor) floorListeners++;
    else listeners[p.language] = (listeners[p.language] ?? 0) + 1;
  }
  const perBooth = days > 1 ? 3 : 2;
  const pairs: InterpretationPair[] = [];
  const working = workingLanguages.filter((l, i) => i > 0 && workingLanguages.indexOf(l) === i);
  for (const to of working)
    pairs.push({ from: floor, to, participants: listeners[to] ?? 0, mode: 'booth', interpreters: perBooth });
  const others = Object.keys(listeners)
    .filter((l) => workingLanguages.indexOf(l) < 0)
    .sort();
  for (const to of others)
    pairs.push({ from: floor, to, participants: listeners[to]!, mode: 'whispered', interpreters: 2 });
  return {
    floor,
    pairs,
    booths: working.length,
    interpreters: pairs.reduce((n, p) => n + p.interpreters, 0),
    floorListeners,
  };
}
