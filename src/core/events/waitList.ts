// Capacity and the wait list: who gets a place on registering, and who is promoted when a place is given up.

import { type EventPerson, PLACE_HOLDING } from './people';

/** The status a person who says they will come gets: a place while there is one, else the wait list. */
export function statusOnRegistering(
  person: EventPerson,
  people: readonly EventPerson[],
  capacity: number | null,
): string {
  if (PLACE_HOLDING.indexOf(person.status) >= 0) return person.status;
  const taken = people.filter((p) => p.id !== person.id && PLACE_HOLDING.indexOf(p.status) >= 0).length;
  return capacity === null || taken < capacity ? 'registered' : 'wait-listed';
}

/**
 * Who moves from the wait list to registered now: the longest waiting first (Status since, then id), as many as
 * there are free places. `people` is the event's rows after the change that freed a place.
 */
export function promotions<T extends EventPerson>(people: readonly T[], capacity: number | null): T[] {
  const waiting = people
    .filter((p) => p.status === 'wait-listed')
    .sort((a, b) => {
      const ka = `${a.statusSince || '9999'}|${a.id}`;
      const kb = `${b.statusSince || '9999'}|${b.id}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  if (capacity === null) return waiting;
  const taken = people.filter((p) => PLACE_HOLDING.indexOf(p.status) >= 0).length;
  return waiting.slice(0, Math.max(0, capacity - taken));
}
