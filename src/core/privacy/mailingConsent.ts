// Whether a mailing may reach a contact (issue 13): the newsletter consent rule and the Suppressions check by
// address and by Address hash, shared by the audience and the send-time re-check.

import { normaliseAddress } from './addressHash';

/** What the rules need of a contact (a slice of AudienceContact). */
export interface ConsentFacts {
  readonly email: string;
  readonly lawfulBasis: string;
  readonly newsletterConsent: string;
  readonly newsletterConsentOn: Date | null;
  /** The Address hash of the contact's email, '' when not computed (no hash-only Suppressions row exists). */
  readonly addressHash: string;
}

/** A Suppressions row known only by its hash (the address was erased). */
export interface HashSuppression {
  readonly reason: string;
  readonly addedOn: Date | null;
}

export interface Suppressions {
  /** Normalised address → the row's reason. */
  readonly byEmail: Readonly<Record<string, string>>;
  /** Address hash → the row, for rows whose Email is empty. */
  readonly byHash: Readonly<Record<string, HashSuppression>>;
}

/** True when the contact gave newsletter consent on or after `since` (any date when `since` is unknown). */
function consentedSince(c: ConsentFacts, since: Date | null): boolean {
  if (c.newsletterConsent !== 'given' || c.newsletterConsentOn === null) return false;
  return since === null || c.newsletterConsentOn.getTime() >= since.getTime();
}

/**
 * The suppression that stops mail to this contact, or undefined. An address row always applies. A hash-only row
 * (an erased person) applies until the person — recorded again as a new contact — gives newsletter consent dated
 * on or after the erasure: consenting again is the only thing that lifts it.
 */
export function suppressionOf(c: ConsentFacts, s: Suppressions): string | undefined {
  const byEmail = s.byEmail[normaliseAddress(c.email)];
  if (byEmail !== undefined) return byEmail;
  if (c.addressHash === '') return undefined;
  const row = s.byHash[c.addressHash];
  if (row === undefined) return undefined;
  return row.reason === 'erased' && consentedSince(c, row.addedOn) ? undefined : row.reason;
}

/**
 * Why a newsletter may not go to this contact, or null when it may. Consent refused stops it whatever the basis;
 * a contact on consent needs consent given; a contact with no lawful basis recorded gets none; legitimate
 * interests, contract and public task allow it while consent is not refused (members' and partners' staff).
 */
export function newsletterRefusal(c: ConsentFacts): string | null {
  if (c.newsletterConsent === 'refused') return 'newsletter consent refused';
  if (c.lawfulBasis === '') return 'no lawful basis';
  if (c.lawfulBasis === 'consent' && c.newsletterConsent !== 'given') return 'newsletter consent not given';
  return null;
}

/** The purposes the newsletter consent rule applies to. */
export const NEWSLETTER_PURPOSES: readonly string[] = ['newsletter'];

/**
 * The Suppressions reasons that stop operational emails too (acknowledgements, application link, decisions,
 * welcome): only "manual", a person's wish to receive no email at all. Opted out stops mailings only; an erased
 * address's old records hold no address any more, so an operational email to it answers a new request the person
 * made after the erasure.
 */
export const OPERATIONAL_STOPS: readonly string[] = ['manual'];
