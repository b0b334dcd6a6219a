// The one-way hash that stands for an email address in Suppressions (issue 13): normalisation and hex digest.
//
// The address is trimmed and lower-cased (as every mail path compares addresses), then hashed with SHA-256 over
// its UTF-8 bytes and written as 64 lower-case hex digits. The digest itself is given by the caller
// (Utilities.computeDigest on the server, Node's crypto in the demo and unit tests), so this file stays pure.

import { normaliseEmail } from '../schema/text';

/** SHA-256 of a string's UTF-8 bytes, as bytes (0…255 or Apps Script's signed Java bytes). */
export type Sha256 = (text: string) => readonly number[];

/** The form of an address that is hashed and compared: trimmed, lower case. */
export function normaliseAddress(email: string): string {
  return normaliseEmail(email);
}

/** Bytes (signed or not) as lower-case hex. */
export function hexOf(bytes: readonly number[]): string {
  let out = '';
  for (const b of bytes) out += ((b & 0xff) < 16 ? '0' : '') + (b & 0xff).toString(16);
  return out;
}

/** The Address hash of an address: '' for an empty one (nothing to stand for). */
export function addressHash(email: string, sha256: Sha256): string {
  const address = normaliseAddress(email);
  return address === '' ? '' : hexOf(sha256(address));
}

/** True when a cell holds a well-formed Address hash (64 hex digits). */
export function isAddressHash(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value.trim().toLowerCase());
}
