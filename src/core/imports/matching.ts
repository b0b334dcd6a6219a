// Who in the file is which contact: by normalised email first, then by name (to be confirmed by a person).

import { normaliseEmail } from '../schema/text';
import { normaliseName } from './people';

export interface ContactKey {
  id: string;
  name: string;
  email: string;
  orgId: string;
}

export type Match =
  | { by: 'email'; contactId: string }
  | { by: 'name'; candidates: string[] }
  | { by: 'none' };

export interface ContactIndex {
  byEmail: Map<string, string>;
  byName: Map<string, string[]>;
}

export function contactIndex(contacts: readonly ContactKey[]): ContactIndex {
  const byEmail = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const c of contacts) {
    const e = normaliseEmail(c.email);
    if (e && !byEmail.has(e)) byEmail.set(e, c.id);
    const n = normaliseName(c.name);
    if (n) byName.set(n, [...(byName.get(n) ?? []), c.id]);
  }
  return { byEmail, byName };
}

/** The contact a person is: the one with their address; else those with their name (or alias), to confirm. */
export function matchPerson(
  index: ContactIndex,
  person: { email: string; name: string; alias?: string },
): Match {
  const byEmail = person.email ? index.byEmail.get(normaliseEmail(person.email)) : undefined;
  if (byEmail) return { by: 'email', contactId: byEmail };
  const names = [person.name, person.alias ?? ''].map(normaliseName).filter((n) => n !== '');
  const candidates = [...new Set(names.flatMap((n) => index.byName.get(n) ?? []))];
  return candidates.length > 0 ? { by: 'name', candidates } : { by: 'none' };
}
