// Reads what an audience needs — a few columns of Contacts, Cities and Suppressions, never Sends — and builds it.

import {
  CITIES,
  CONTACTS,
  HUBS,
  MAILINGS,
  PARTICIPANTS,
  PARTNERS,
  SUPPRESSIONS,
} from '../../../sheets-templates';
import {
  type Audience,
  type AudienceCity,
  type AudienceContact,
  type AudienceFilter,
  buildAudience,
  combineFilters,
  normaliseEmail,
  type Participation,
} from '../../core/mail/audience';
import { filterFromJson } from '../../core/mail/mailingDraft';
import type { RecipientSource } from '../../core/mail/mergeFields';
import { UserError } from '../../core/messages';
import type { HashSuppression } from '../../core/privacy/mailingConsent';
import type { WorkbookSession } from '../store/session';
import { hashAddress } from './addressDigest';

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());
const list = (v: unknown): string[] =>
  text(v)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
const date = (v: unknown): Date | null => (v instanceof Date && !Number.isNaN(v.getTime()) ? v : null);

/** Everything the audience and the rendering of each recipient need, read once per execution. */
export interface AudienceWorld {
  readonly contacts: readonly AudienceContact[];
  readonly cities: Readonly<Record<string, AudienceCity>>;
  /** Recipient sources by contact id: what the tokens of that contact's email are filled from. */
  readonly sources: Readonly<Record<string, RecipientSource>>;
  readonly suppressed: Readonly<Record<string, string>>;
  /** Suppressions rows with no Email, by Address hash (erased addresses, issue 13). */
  readonly byHash: Readonly<Record<string, HashSuppression>>;
  readonly hubNames: Readonly<Record<string, string>>;
}

const CONTACT_KEYS = [
  'id',
  'orgId',
  'name',
  'title',
  'category',
  'email',
  'language',
  'activeFrom',
  'activeTo',
  'optedOut',
  'lawfulBasis',
  'newsletterConsent',
  'newsletterConsentOn',
];
const CITY_KEYS = [
  'id',
  'name',
  'localName',
  'country',
  'hubId',
  'status',
  'languages',
  'priorities',
  'expertise',
];

/**
 * One read of the columns needed from Contacts and Cities (master tabs), one of Partners' names and Hubs, and
 * one of Suppressions' email and reason: the cost does not grow with the mailing history (Sends is not read).
 */
export function readAudienceWorld(session: WorkbookSession): AudienceWorld {
  const hubs = session.table(HUBS);
  const hubNames: Record<string, string> = {};
  if (hubs.exists())
    for (const r of hubs.rows()) hubNames[text(hubs.cell(r, 'id'))] = text(hubs.cell(r, 'name'));

  const ct = session.table(CITIES);
  const cities: Record<string, AudienceCity> = {};
  const orgs: Record<string, RecipientSource['org']> = {};
  for (const r of ct.columnRows(CITY_KEYS)) {
    const id = text(ct.cell(r, 'id'));
    if (id === '') continue;
    const city: AudienceCity = {
      id,
      name: text(ct.cell(r, 'name')),
      country: text(ct.cell(r, 'country')),
      hubId: text(ct.cell(r, 'hubId')),
      status: text(ct.cell(r, 'status')),
      languages: list(ct.cell(r, 'languages')),
      topics: list(ct.cell(r, 'priorities')).concat(list(ct.cell(r, 'expertise'))),
    };
    cities[id] = city;
    orgs[id] = {
      name: city.name,
      localName: text(ct.cell(r, 'localName')),
      country: city.country,
      hubName: hubNames[city.hubId] ?? '',
      status: city.status,
    };
  }
  const pt = session.table(PARTNERS);
  if (pt.exists())
    for (const r of pt.columnRows(['id', 'name', 'country'])) {
      const id = text(pt.cell(r, 'id'));
      if (id !== '')
        orgs[id] = {
          name: text(pt.cell(r, 'name')),
          localName: '',
          country: text(pt.cell(r, 'country')),
          hubName: '',
          status: '',
        };
    }

  const kt = session.table(CONTACTS);
  const contacts: AudienceContact[] = [];
  const sources: Record<string, RecipientSource> = {};
  for (const r of kt.columnRows(CONTACT_KEYS)) {
    const id = text(kt.cell(r, 'id'));
    if (id === '') continue;
    const optedOut = kt.cell(r, 'optedOut');
    const c: AudienceContact = {
      id,
      orgId: text(kt.cell(r, 'orgId')),
      name: text(kt.cell(r, 'name')),
      email: text(kt.cell(r, 'email')),
      category: text(kt.cell(r, 'category')),
      language: text(kt.cell(r, 'language')),
      activeFrom: date(kt.cell(r, 'activeFrom')),
      activeTo: date(kt.cell(r, 'activeTo')),
      optedOut: optedOut === true || String(optedOut).toUpperCase() === 'TRUE',
      lawfulBasis: text(kt.cell(r, 'lawfulBasis')),
      newsletterConsent: text(kt.cell(r, 'newsletterConsent')),
      newsletterConsentOn: date(kt.cell(r, 'newsletterConsentOn')),
    };
    contacts.push(c);
    sources[id] = {
      contact: {
        id,
        name: c.name,
        title: text(kt.cell(r, 'title')),
        email: c.email,
        category: c.category,
        language: c.language,
      },
      org: orgs[c.orgId] ?? null,
    };
  }

  const st = session.table(SUPPRESSIONS);
  const suppressed: Record<string, string> = {};
  const byHash: Record<string, HashSuppression> = {};
  if (st.exists())
    for (const r of st.columnRows(['email', 'reason', 'addedOn', 'addressHash'])) {
      const email = normaliseEmail(text(st.cell(r, 'email')));
      const reason = text(st.cell(r, 'reason'));
      if (email !== '') {
        if (suppressed[email] === undefined) suppressed[email] = reason;
        continue;
      }
      const hash = text(st.cell(r, 'addressHash')).toLowerCase();
      const addedOn = date(st.cell(r, 'addedOn'));
      const known = byHash[hash];
      // The latest erasure of an address is the one a new consent must follow.
      if (hash !== '' && (!known || (addedOn && known.addedOn && addedOn > known.addedOn)))
        byHash[hash] = { reason, addedOn };
    }
  // Contacts are hashed only when an erased address exists: one digest per contact, no sheet read.
  const hashed = Object.keys(byHash).length > 0 ? contacts.map((c) => withHash(c)) : contacts;
  return { contacts: hashed, cities, sources, suppressed, byHash, hubNames };
}

function withHash(c: AudienceContact): AudienceContact {
  return c.email === '' ? c : { ...c, addressHash: hashAddress(c.email) };
}

/** The filters with a saved list resolved: that mailing's Audience cell, combined with the filters set now. */
export function effectiveFilter(session: WorkbookSession, filter: AudienceFilter): AudienceFilter {
  if (!filter.savedList) return filter;
  const mt = session.table(MAILINGS);
  const row = mt.rows().find((r) => text(mt.cell(r, 'id')) === filter.savedList);
  if (!row) throw new UserError('mail.savedListMissing', { id: filter.savedList });
  return combineFilters(filterFromJson(mt.cell(row, 'audience')), filter);
}

/**
 * The Participants rows of the filter's events, by contact: one keyed search of the Event column, so what is read
 * is those events' rows, not every event the network ever held.
 */
function participationOf(session: WorkbookSession, filter: AudienceFilter): Record<string, Participation[]> {
  const out: Record<string, Participation[]> = {};
  const events = filter.eventIds ?? [];
  const pt = session.table(PARTICIPANTS);
  if (events.length === 0 || !pt.exists()) return out;
  for (const r of pt.findRows('eventId', events)) {
    const contactId = text(pt.cell(r, 'contactId'));
    if (contactId === '') continue;
    const rows = out[contactId] ?? [];
    rows.push({ eventId: text(pt.cell(r, 'eventId')), status: text(pt.cell(r, 'status')) });
    out[contactId] = rows;
  }
  return out;
}

export function audienceOf(
  session: WorkbookSession,
  world: AudienceWorld,
  filter: AudienceFilter,
  purpose = '',
): Audience {
  const effective = effectiveFilter(session, filter);
  return buildAudience(
    effective,
    world.contacts,
    world.cities,
    world.suppressed,
    session.now(),
    participationOf(session, effective),
    { purpose, byHash: world.byHash },
  );
}
