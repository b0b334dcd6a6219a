// Opt-out links for the tests, made host-side exactly as optOutLinkFor makes them in the bundle: the same core
// token rules, Node's HMAC-SHA-256 and the secret the bundle stored in the script properties.

import crypto from 'node:crypto';
import { dayNumber, type Hmac, signOptOutToken, utf8Bytes } from '../../../src/core/mail/optOutToken';
import type { Emulator } from '../../../src/emulator';

export const SECRET_PROPERTY = 'scn.optOut.secret';

export const nodeHmac: Hmac = (value, key) => [
  ...crypto
    .createHmac('sha256', Buffer.from(key.map((b) => b & 255)))
    .update(Buffer.from(value.map((b) => b & 255)))
    .digest(),
];

export interface LinkFor {
  email: string;
  contactId: string | null;
  mailingId: string;
  language?: string;
  /** Another secret: a forgery. */
  secret?: string;
  daysAgo?: number;
}

/** The token of one recipient's link; the bundle must have made its secret (any mailing check does). */
export function optOutToken(emu: Emulator, r: LinkFor): string {
  const secret = r.secret ?? emu.backend.stores.script.properties.script.get(SECRET_PROPERTY);
  if (!secret) throw new Error('the bundle made no opt-out secret yet');
  return signOptOutToken(nodeHmac, utf8Bytes(secret), {
    mailingId: r.mailingId,
    contactId: r.contactId,
    email: r.email,
    language: r.language ?? '',
    issuedDay: dayNumber(emu.backend.clock.date()) - (r.daysAgo ?? 0),
  });
}
