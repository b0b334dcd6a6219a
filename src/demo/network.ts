// Demo hubs, staff, cities and contacts: the network's people and places.

import type { CityRecord, ContactRecord, HubRecord, StaffRecord } from '../../sheets-templates/index';
import { DEFAULT_TOPICS, HUB_NAMES } from '../../sheets-templates/vocabularies';
import { buildContact, type ContactSeed, cityDomain, personName, uniqueEmail } from './contacts';
import { apportion, type DemoContext, languageWeights } from './context';
import {
  asciiSlug,
  COUNTRIES,
  HUB_KEYS,
  type HubKey,
  type NameStyle,
  type Place,
  placesByHub,
} from './places';

/** Demo mail goes to reserved, undeliverable domains (RFC 2606 .example) unless a caller opts out. */
export const SAFE_MAIL_SUFFIX = '.example';

export interface CityInfo {
  place: Place;
  hubKey: HubKey;
  domain: string;
}

export interface DemoNetwork {
  hubs: HubRecord[];
  staff: StaffRecord[];
  cities: CityRecord[];
  contacts: ContactRecord[];
  hubIdByKey: Record<HubKey, string>;
  hubKeyById: Record<string, HubKey>;
  staffByHub: Record<HubKey, StaffRecord[]>;
  cityInfo: Map<string, CityInfo>;
  contactsByOrg: Map<string, ContactRecord[]>;
  /** Places not used as Cities rows: applicants that never became members. */
  unusedPlaces: Place[];
  usedEmails: Set<string>;
}

const SCN_LAUNCH = new Date(2015, 8, 29); // the network was launched on 29 September 2015
const HUB_SHARE: Record<HubKey, number> = { ESA: 22, MENA: 22, SA: 14, WB: 14, MU: 28 };

function buildHubs(ctx: DemoContext): HubRecord[] {
  return HUB_KEYS.map((key, i) => ({
    id: ctx.nextId('HUB'),
    name: HUB_NAMES[i]!,
    countries: COUNTRIES.filter((c) => c.hub === key).map((c) => c.name),
    email: `hub.${key.toLowerCase()}@strongcities.org`,
    leadStaffId: null,
    notes:
      key === 'MU'
        ? 'Management Unit in London: cities outside a Regional Hub, incl. Europe and North America.'
        : null,
    ...ctx.bookkeeping(ctx.daysAgo(900)),
  }));
}

const STAFF_PLAN: readonly (readonly [StaffRecord['role'], HubKey | null, string, NameStyle])[] = [
  ['admin', 'MU', 'Head of Partnerships and Network Management', 'english'],
  ['coordinator', 'MU', 'Coordinator, Networks and Membership', 'francophone'],
  ['coordinator', 'MU', 'Senior Manager for Civic Action and Networks', 'english'],
  ['hub', 'ESA', 'East & Southern Africa Hub Lead', 'eastAfrica'],
  ['hub', 'ESA', 'Hub Officer, Nairobi', 'eastAfrica'],
  ['hub', 'MENA', 'MENA Hub Lead', 'arab'],
  ['hub', 'MENA', 'Hub Officer, Amman', 'arab'],
  ['hub', 'SA', 'South Asia Hub Lead', 'southAsia'],
  ['hub', 'SA', 'Hub Officer, Dhaka', 'southAsia'],
  ['hub', 'WB', 'Western Balkans Hub Lead', 'balkans'],
  ['hub', 'WB', 'Hub Officer, Skopje', 'balkans'],
  ['comms', 'MU', 'Communications Manager', 'english'],
  ['comms', 'MU', 'Digital Communications Officer', 'northEurope'],
  ['viewer', null, 'Monitoring and Evaluation Officer', 'english'],
  ['viewer', null, 'Donor Reporting Officer', 'hispanic'],
];

function buildStaff(ctx: DemoContext, hubIdByKey: Record<HubKey, string>): StaffRecord[] {
  const used = new Set<string>();
  return STAFF_PLAN.map(([role, hub, title, style], i) => {
    const { first, last } = personName(ctx, style);
    const languages = style === 'arab' ? ['en', 'ar', 'fr'] : style === 'francophone' ? ['en', 'fr'] : ['en'];
    return {
      id: ctx.nextId('STF'),
      name: `${first} ${last}`,
      email: uniqueEmail(used, first, last, 'strongcities.org'),
      role,
      hubId: hub ? hubIdByKey[hub] : null,
      languages: style === 'hispanic' ? ['en', 'es'] : languages,
      active: i !== 10, // one hub officer has left: their rows stay, they lose access
      notes: title,
      ...ctx.bookkeeping(ctx.daysAgo(ctx.rnd.int(400, 900))),
    };
  });
}

/** Places per hub in an order that spreads over countries (round robin, countries shuffled). */
function spreadPlaces(ctx: DemoContext, places: Place[]): Place[] {
  const byCountry = new Map<string, Place[]>();
  for (const p of places) {
    const list = byCountry.get(p.country.name) ?? [];
    list.push(p);
    byCountry.set(p.country.name, list);
  }
  const queues = ctx.rnd.shuffle(Array.from(byCountry.values()));
  const out: Place[] = [];
  for (let round = 0; out.length < places.length; round++) {
    for (const q of queues) if (q[round]) out.push(q[round]!);
  }
  return out;
}

/** Districts added to real city names when a benchmark asks for more cities than the demo knows. */
const DISTRICTS = [
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Hills',
  'Riverside',
  'Heights',
  'Valley',
  'Harbour',
];

/**
 * The real places, plus synthesised ones ("Amman North", "Amman South 2"…, in the same country, never a
 * local name) when `total` is more than the demo knows: each hub grows in proportion to its share.
 */
function withSynthesisedPlaces(pools: Record<HubKey, Place[]>, total: number): Record<HubKey, Place[]> {
  const capacity = HUB_KEYS.reduce((s, k) => s + pools[k].length, 0);
  if (total <= capacity) return pools;
  const parts = apportion(
    total,
    HUB_KEYS.map((k) => HUB_SHARE[k]),
  );
  const out = {} as Record<HubKey, Place[]>;
  HUB_KEYS.forEach((k, i) => {
    const real = pools[k];
    const list = [...real];
    for (let n = 0; list.length < parts[i]! && real.length > 0; n++) {
      const base = real[n % real.length]!;
      const round = Math.floor(n / real.length);
      const district = DISTRICTS[round % DISTRICTS.length]!;
      const lap = Math.floor(round / DISTRICTS.length);
      list.push({
        name: `${base.name} ${district}${lap > 0 ? ` ${lap + 1}` : ''}`,
        localName: null,
        country: base.country,
        major: false,
      });
    }
    out[k] = list;
  });
  return out;
}

function pickCityCounts(total: number, pools: Record<HubKey, Place[]>): Record<HubKey, number> {
  const capacity = HUB_KEYS.reduce((s, k) => s + pools[k].length, 0);
  if (total > capacity) throw new Error(`The demo knows ${capacity} real cities; asked for ${total}.`);
  const parts = apportion(
    total,
    HUB_KEYS.map((k) => HUB_SHARE[k]),
  );
  const counts = {} as Record<HubKey, number>;
  let spill = 0;
  HUB_KEYS.forEach((k, i) => {
    counts[k] = Math.min(parts[i]!, pools[k].length);
    spill += parts[i]! - counts[k];
  });
  for (const k of HUB_KEYS) {
    const room = pools[k].length - counts[k];
    const take = Math.min(room, spill);
    counts[k] += take;
    spill -= take;
  }
  return counts;
}

function topicsSample(ctx: DemoContext, min: number, max: number): string[] {
  return ctx.rnd.sample(DEFAULT_TOPICS, ctx.rnd.int(min, max));
}

const CITY_NOTES = [
  '- Bi-weekly call participant since joining.',
  '+ Keen to host a regional exchange visit.',
  'New mayor elected; confirm the points of contact.',
  'Relationship managed jointly with the hub.',
  'Interested in the youth engagement working group.',
];

function buildCity(ctx: DemoContext, place: Place, hubId: string): CityRecord {
  const r = ctx.rnd;
  const status = r.weighted([
    ['member', 70],
    ['applicant', 7],
    ['prospect', 10],
    ['lapsed', 9],
    ['withdrawn', 4],
  ] as const);
  const span = ctx.daysBetween(SCN_LAUNCH, ctx.today);
  const joined =
    status === 'member' || status === 'lapsed' || status === 'withdrawn'
      ? ctx.daysAgo(r.int(30, span))
      : null;
  const changed = joined
    ? status === 'member'
      ? joined
      : ctx.daysAgo(r.int(0, Math.max(0, ctx.daysBetween(joined, ctx.today))))
    : ctx.daysAgo(r.int(0, status === 'applicant' ? 60 : 700));
  const population = place.major
    ? Math.round(r.int(800, 9000) * 1000)
    : Math.round(Math.exp(Math.log(40000) + r.next() * (Math.log(1500000) - Math.log(40000))) / 100) * 100;
  const stale = r.chance(0.3);
  const reviewed =
    status === 'member' || status === 'applicant'
      ? ctx.daysAgo(stale ? r.int(400, 900) : r.int(0, 300))
      : r.chance(0.5)
        ? ctx.daysAgo(r.int(0, 900))
        : null;
  const created = joined && joined.getTime() < changed.getTime() ? joined : changed;
  return {
    id: ctx.nextId('CTY'),
    name: place.name,
    localName: place.localName,
    country: place.country.name,
    hubId,
    status,
    statusChangedOn: changed,
    joinedOn: joined,
    population,
    languages: languageWeights(place.country.langs).map(([code]) => code),
    priorities: topicsSample(ctx, 1, 4),
    expertise: status === 'member' || status === 'lapsed' ? topicsSample(ctx, 0, 3) : [],
    peerCapacity: null, // Settings' figure applies (no draw: the demo's other values stay as they were)
    website: `https://www.${place.country.domain.replace('{c}', asciiSlug(place.name))}`,
    profileReviewedOn: reviewed,
    notes: r.chance(0.12) ? r.pick(CITY_NOTES) : null,
    ...ctx.bookkeeping(created),
  };
}

const CITY_CONTACT_WEIGHT: Record<CityRecord['status'], number> = {
  member: 13,
  applicant: 8,
  prospect: 5,
  lapsed: 7,
  withdrawn: 4,
};

export function buildNetwork(
  ctx: DemoContext,
  cityCount: number,
  cityContactCount: number,
  mailSuffix: string,
): DemoNetwork {
  const hubs = buildHubs(ctx);
  const hubIdByKey = {} as Record<HubKey, string>;
  const hubKeyById: Record<string, HubKey> = {};
  HUB_KEYS.forEach((k, i) => {
    hubIdByKey[k] = hubs[i]!.id;
    hubKeyById[hubs[i]!.id] = k;
  });
  const staff = buildStaff(ctx, hubIdByKey);
  ctx.editors = staff.filter((s) => s.active && s.role !== 'viewer').map((s) => s.email);
  const staffByHub = { ESA: [], MENA: [], SA: [], WB: [], MU: [] } as Record<HubKey, StaffRecord[]>;
  for (const s of staff)
    if (s.active && s.hubId && s.role !== 'admin') staffByHub[hubKeyById[s.hubId]!].push(s);
  hubs.forEach((h, i) => {
    h.leadStaffId = staffByHub[HUB_KEYS[i]!][0]?.id ?? null;
  });

  const pools = withSynthesisedPlaces(placesByHub(), cityCount);
  const perHub = pickCityCounts(cityCount, pools);
  const cities: CityRecord[] = [];
  const cityInfo = new Map<string, CityInfo>();
  const unusedPlaces: Place[] = [];
  for (const key of HUB_KEYS) {
    const ordered = spreadPlaces(ctx, pools[key]);
    ordered.forEach((place, i) => {
      if (i >= perHub[key]) {
        unusedPlaces.push(place);
        return;
      }
      const city = buildCity(ctx, place, hubIdByKey[key]);
      cities.push(city);
      cityInfo.set(city.id, { place, hubKey: key, domain: cityDomain(place, mailSuffix) });
    });
  }

  const net: DemoNetwork = {
    hubs,
    staff,
    cities,
    contacts: [],
    hubIdByKey,
    hubKeyById,
    staffByHub,
    cityInfo,
    contactsByOrg: new Map(),
    unusedPlaces,
    usedEmails: new Set(staff.map((s) => s.email)),
  };
  // Every city has at least its primary contact; the rest is shared by status (members have more).
  const perCity = apportion(
    Math.max(0, cityContactCount - cities.length),
    cities.map((c) => CITY_CONTACT_WEIGHT[c.status]),
  ).map((n) => n + 1);
  cities.forEach((city, ci) => {
    const info = cityInfo.get(city.id)!;
    const seed: ContactSeed = {
      orgId: city.id,
      style: info.place.country.names,
      langs: info.place.country.langs,
      dial: info.place.country.dial,
      domain: info.domain,
      since: city.joinedOn ?? city.statusChangedOn ?? ctx.daysAgo(365),
    };
    const list: ContactRecord[] = [];
    for (let i = 0; i < perCity[ci]!; i++) list.push(buildContact(ctx, net, seed, i));
    net.contactsByOrg.set(city.id, list);
    for (const c of list) net.contacts.push(c);
  });
  return net;
}
