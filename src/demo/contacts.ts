// Demo people: names, unique addresses, phone numbers and contact rows for cities and partners.

import type { ContactRecord } from '../../sheets-templates/index';
import { type DemoContext, languageWeights } from './context';
import type { DemoNetwork } from './network';
import { FIRST_NAMES, LAST_NAMES, TITLES, titleLanguage } from './people';
import { asciiSlug, type NameStyle, type Place } from './places';

export function personName(ctx: DemoContext, style: NameStyle): { first: string; last: string } {
  return { first: ctx.rnd.pick(FIRST_NAMES[style]), last: ctx.rnd.pick(LAST_NAMES[style]) };
}

/** A unique address first.last@domain (a digit is added on collision). */
export function uniqueEmail(used: Set<string>, first: string, last: string, domain: string): string {
  const base = `${asciiSlug(first)}.${asciiSlug(last)}`;
  let email = `${base}@${domain}`;
  for (let i = 2; used.has(email); i++) email = `${base}${i}@${domain}`;
  used.add(email);
  return email;
}

export function phoneNumber(ctx: DemoContext, dial: string): string {
  const r = ctx.rnd;
  // Numbers reserved for drama/fiction where they exist (Ofcom 020 7946 0xxx, NANP 555-01xx).
  if (dial === '+44') return `+44 20 7946 0${r.int(0, 9)}${r.int(0, 9)}${r.int(0, 9)}`;
  if (dial === '+1') return `+1 ${r.int(201, 989)} 555 01${r.int(0, 9)}${r.int(0, 9)}`;
  return `${dial} ${r.int(10, 99)} ${r.int(100, 999)} ${r.int(1000, 9999)}`;
}

export function cityDomain(place: Place, mailSuffix: string): string {
  return place.country.domain.replace('{c}', asciiSlug(place.name)) + mailSuffix;
}

export interface ContactSeed {
  orgId: string;
  style: NameStyle;
  langs: string;
  dial: string;
  domain: string;
  since: Date;
}

/** One contact; the first of an organisation is its primary contact in the mayor's office. */
export function buildContact(
  ctx: DemoContext,
  net: DemoNetwork,
  seed: ContactSeed,
  index: number,
): ContactRecord {
  const r = ctx.rnd;
  const category: ContactRecord['category'] =
    index === 0
      ? "mayor's office"
      : index === 1
        ? 'policy team'
        : r.weighted([
            ['practitioner', 60],
            ['policy team', 15],
            ["mayor's office", 10],
            ['other', 15],
          ] as const);
  const { first, last } = personName(ctx, seed.style);
  const language = r.weighted(languageWeights(seed.langs));
  const from = ctx.daysAgo(r.int(0, Math.max(0, ctx.daysBetween(seed.since, ctx.today))));
  const left = index > 0 && r.chance(0.05);
  const optedOut = r.chance(0.03);
  const contact: ContactRecord = {
    id: ctx.nextId('CON'),
    orgId: seed.orgId,
    name: `${first} ${last}`,
    title: r.pick(TITLES[titleLanguage(language)][category]),
    category,
    email: r.chance(0.95) ? uniqueEmail(net.usedEmails, first, last, seed.domain) : null,
    phone: r.chance(0.85) ? phoneNumber(ctx, seed.dial) : null,
    language,
    primary: index === 0,
    activeFrom: from,
    activeTo: left ? ctx.daysAgo(r.int(0, Math.max(0, ctx.daysBetween(from, ctx.today)))) : null,
    lawfulBasis: r.weighted([
      ['legitimate interests', 75],
      ['consent', 10],
      [null, 15],
    ] as const),
    lawfulBasisOn: null,
    lawfulBasisSource: null,
    newsletterConsent: null,
    newsletterConsentOn: null,
    newsletterConsentSource: null,
    optedOut,
    optedOutOn: optedOut ? ctx.daysAgo(r.int(0, 600)) : null,
    reconfirmSince: null,
    confirmedOn: null,
    notes: r.chance(0.03) ? '=Ask about the interpretation needs' : null,
    ...ctx.bookkeeping(from),
  };
  return withPrivacy(contact);
}

/**
 * The privacy columns (issue 13), derived from what was drawn and drawing nothing, so every other demo value
 * stays as it was: the basis dated from when the person started; consent given (refused when opted out) for
 * contacts on consent, not asked for the others.
 */
function withPrivacy(c: ContactRecord): ContactRecord {
  const basis = c.lawfulBasis;
  if (basis === null) return c;
  const consent = basis === 'consent' ? (c.optedOut ? 'refused' : 'given') : 'not asked';
  const asked = consent !== 'not asked';
  return {
    ...c,
    lawfulBasisOn: c.activeFrom,
    lawfulBasisSource: basis === 'consent' ? 'Enquiry form' : 'Membership records',
    newsletterConsent: consent,
    newsletterConsentOn: asked ? c.activeFrom : null,
    newsletterConsentSource: asked ? 'Enquiry form' : null,
  };
}
