// A mailing's audience: contacts chosen by filters, minus suppressed, opted-out, inactive and duplicate addresses, each counted with its reason.

import {
  type HashSuppression,
  NEWSLETTER_PURPOSES,
  newsletterRefusal,
  suppressionOf,
} from '../privacy/mailingConsent';
import { isValidEmail } from '../schema/text';

/** The filters of issue 12 item 3; an empty or absent list means "any". */
export interface AudienceFilter {
  readonly statuses?: readonly string[];
  readonly hubIds?: readonly string[];
  readonly countries?: readonly string[];
  readonly categories?: readonly string[];
  readonly languages?: readonly string[];
  readonly topics?: readonly string[];
  /** Event participation (Participants tab): contacts listed for any of these events… */
  readonly eventIds?: readonly string[];
  /** …with one of these statuses (invited, registered, confirmed, attended…); any status when empty. */
  readonly eventStatuses?: readonly string[];
  /** Another mailing whose saved audience to start from (its filters are combined with these). */
  readonly savedList?: string;
}

/** One Participants row as the event filter needs it. */
export interface Participation {
  readonly eventId: string;
  readonly status: string;
}

export interface AudienceContact {
  readonly id: string;
  readonly orgId: string;
  readonly name: string;
  readonly email: string;
  readonly category: string;
  readonly language: string;
  readonly activeFrom: Date | null;
  readonly activeTo: Date | null;
  readonly optedOut: boolean;
  /** Privacy (issue 13): lawful basis and newsletter consent as stored ('' when empty). */
  readonly lawfulBasis?: string;
  readonly newsletterConsent?: string;
  readonly newsletterConsentOn?: Date | null;
  /** The Address hash of the email, computed only when a hash-only Suppressions row exists ('' otherwise). */
  readonly addressHash?: string;
}

/** What a mailing's purpose and the erased addresses add to the audience's checks (issue 13). */
export interface AudiencePrivacy {
  /** The mailing's template purpose: a newsletter goes only to contacts whose basis and consent allow it. */
  readonly purpose?: string;
  /** Suppressions rows known only by their Address hash (erased addresses). */
  readonly byHash?: Readonly<Record<string, HashSuppression>>;
}

export interface AudienceCity {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly hubId: string;
  readonly status: string;
  readonly languages: readonly string[];
  /** Priorities and expertise together: what a "topics" filter matches. */
  readonly topics: readonly string[];
}

export type ExclusionReason =
  | 'no email'
  | 'inactive'
  | 'opted out'
  | 'suppressed'
  | 'no consent'
  | 'duplicate';
export const EXCLUSION_REASONS: readonly ExclusionReason[] = [
  'no email',
  'inactive',
  'opted out',
  'suppressed',
  'no consent',
  'duplicate',
];

export interface Exclusion {
  readonly contactId: string;
  readonly name: string;
  readonly email: string;
  readonly reason: ExclusionReason;
  /** More on the reason: the suppression's own reason, why consent does not allow it, or the contact kept for a
   *  duplicate address. */
  readonly detail: string;
}

export interface Audience {
  /** Contacts the filters matched, before exclusions. */
  readonly matched: number;
  readonly recipients: readonly AudienceContact[];
  readonly excluded: readonly Exclusion[];
  readonly counts: Readonly<Record<ExclusionReason, number>>;
}

/** The facts the privacy rules read, with empty values for a contact built without them. */
export function consentFacts(c: AudienceContact) {
  return {
    email: c.email,
    lawfulBasis: c.lawfulBasis ?? '',
    newsletterConsent: c.newsletterConsent ?? '',
    newsletterConsentOn: c.newsletterConsentOn ?? null,
    addressHash: c.addressHash ?? '',
  };
}

/** The comparable form of an address: trimmed and lower-cased (mailbox names are case-insensitive in practice). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const any = (list: readonly string[] | undefined) => !list || list.length === 0;
const lower = (s: string) => s.trim().toLowerCase();
const within = (list: readonly string[] | undefined, value: string) =>
  any(list) || list!.some((x) => lower(x) === lower(value));

/** Combines a saved audience with the filters set now: each list set now replaces the saved one. */
export function combineFilters(saved: AudienceFilter, now: AudienceFilter): AudienceFilter {
  const out: Record<string, readonly string[] | string | undefined> = { ...saved };
  for (const key of Object.keys(now) as (keyof AudienceFilter)[]) {
    const v = now[key];
    if (key === 'savedList') continue;
    if (Array.isArray(v) && v.length > 0) out[key] = v;
  }
  return out as AudienceFilter;
}

/** Whether city-level filters are set (a partner's contacts then never match, having no city). */
function cityFilters(f: AudienceFilter): boolean {
  return !any(f.statuses) || !any(f.hubIds) || !any(f.countries) || !any(f.topics);
}

/** Whether the contact took part in (or was invited to, …) one of the filter's events with one of its statuses. */
function participated(f: AudienceFilter, rows: readonly Participation[] | undefined): boolean {
  if (any(f.eventIds)) return true;
  return (rows ?? []).some((p) => within(f.eventIds, p.eventId) && within(f.eventStatuses, p.status));
}

function matches(
  f: AudienceFilter,
  c: AudienceContact,
  city: AudienceCity | undefined,
  participation: Readonly<Record<string, readonly Participation[]>>,
): boolean {
  if (!within(f.categories, c.category) || !within(f.languages, c.language)) return false;
  if (!participated(f, participation[c.id])) return false;
  if (!cityFilters(f)) return true;
  if (!city) return false;
  return (
    within(f.statuses, city.status) &&
    within(f.hubIds, city.hubId) &&
    within(f.countries, city.country) &&
    (any(f.topics) || city.topics.some((t) => within(f.topics, t)))
  );
}

function inactive(c: AudienceContact, today: Date): boolean {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  if (c.activeTo && day(c.activeTo) <= day(today)) return true;
  return c.activeFrom !== null && day(c.activeFrom) > day(today);
}

/**
 * The audience of `filter`: contacts it matches, in the Contacts tab's order, then exclusions in this order, each
 * contact counted under its first reason — no usable email, inactive (Active to passed, Active from to come),
 * opted out, suppressed (Suppressions tab by address, or by Address hash for erased addresses: opted out,
 * bounced, complaint, erased…), no consent (newsletter-purpose mailings only: core/privacy/mailingConsent.ts),
 * duplicate address (the first contact with it is kept).
 */
export function buildAudience(
  filter: AudienceFilter,
  contacts: readonly AudienceContact[],
  cities: Readonly<Record<string, AudienceCity>>,
  suppressed: Readonly<Record<string, string>>,
  today: Date,
  /** Participants rows by contact id; needed only when the filter names events. */
  participation: Readonly<Record<string, readonly Participation[]>> = {},
  privacy: AudiencePrivacy = {},
): Audience {
  const sup = { byEmail: suppressed, byHash: privacy.byHash ?? {} };
  const newsletter = NEWSLETTER_PURPOSES.indexOf(privacy.purpose ?? '') >= 0;
  const recipients: AudienceContact[] = [];
  const excluded: Exclusion[] = [];
  const counts: Record<ExclusionReason, number> = {
    'no email': 0,
    inactive: 0,
    'opted out': 0,
    suppressed: 0,
    'no consent': 0,
    duplicate: 0,
  };
  const seen: Record<string, string> = {};
  let matched = 0;
  for (const c of contacts) {
    if (!matches(filter, c, cities[c.orgId], participation)) continue;
    matched++;
    const email = normaliseEmail(c.email);
    const exclude = (reason: ExclusionReason, detail = '') => {
      excluded.push({ contactId: c.id, name: c.name, email: c.email, reason, detail });
      counts[reason]++;
    };
    if (email === '' || !isValidEmail(email)) exclude('no email', c.email);
    else if (inactive(c, today)) exclude('inactive');
    else if (c.optedOut) exclude('opted out');
    else {
      const facts = consentFacts(c);
      const suppression = suppressionOf(facts, sup);
      const refusal = newsletter ? newsletterRefusal(facts) : null;
      if (suppression !== undefined) exclude('suppressed', suppression);
      else if (refusal !== null) exclude('no consent', refusal);
      else if (seen[email] !== undefined) exclude('duplicate', seen[email]!);
      else {
        seen[email] = c.id;
        recipients.push(c);
      }
    }
  }
  return { matched, recipients, excluded, counts };
}
