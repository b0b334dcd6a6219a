// Demo partner organisations (international bodies, networks, funders, academia, local civil society) and their contacts.

import type { ContactRecord, PartnerRecord } from '../../sheets-templates/index';
import { DEFAULT_TOPICS } from '../../sheets-templates/vocabularies';
import { buildContact } from './contacts';
import type { DemoContext } from './context';
import type { DemoNetwork } from './network';
import { asciiSlug, COUNTRIES } from './places';

type PartnerType = PartnerRecord['type'];

// Organisations active in prevention and local governance; listed as possible partners, nothing more is implied.
const KNOWN_PARTNERS: readonly (readonly [string, PartnerType, string | null, string])[] = [
  ['Global Community Engagement and Resilience Fund (GCERF)', 'foundation', null, 'gcerf.org'],
  ['Hedayah', 'international organisation', null, 'hedayah.com'],
  ['United Nations Development Programme (UNDP)', 'international organisation', null, 'undp.org'],
  ['UNESCO', 'international organisation', 'France', 'unesco.org'],
  [
    'Organization for Security and Co-operation in Europe (OSCE)',
    'international organisation',
    null,
    'osce.org',
  ],
  ['Council of Europe', 'international organisation', 'France', 'coe.int'],
  ['European Forum for Urban Security (Efus)', 'network', 'France', 'efus.eu'],
  ['United Cities and Local Governments (UCLG)', 'network', 'Spain', 'uclg.org'],
  ['Mayors Migration Council', 'network', null, 'mayorsmigrationcouncil.org'],
  ['International Centre for Counter-Terrorism (ICCT)', 'academic', 'Netherlands', 'icct.nl'],
  ['Search for Common Ground', 'civil society', 'United States', 'sfcg.org'],
  ['Global Center on Cooperative Security', 'civil society', 'United States', 'globalcenter.org'],
  ['Tech Against Terrorism', 'civil society', 'United Kingdom', 'techagainstterrorism.org'],
  ['Women Without Borders', 'civil society', null, 'wwb.org'],
  ['Kofi Annan Foundation', 'foundation', null, 'kofiannanfoundation.org'],
  ['Danish Ministry of Foreign Affairs', 'national government', 'Denmark', 'um.dk'],
  ['Norwegian Ministry of Foreign Affairs', 'national government', 'Norway', 'regjeringen.no'],
  ["King's College London", 'academic', 'United Kingdom', 'kcl.ac.uk'],
  ['University of Nairobi', 'academic', 'Kenya', 'uonbi.ac.ke'],
  ['American University of Beirut', 'academic', 'Lebanon', 'aub.edu.lb'],
  ['Club de Madrid', 'network', 'Spain', 'clubmadrid.org'],
  ['Cities Alliance', 'network', null, 'citiesalliance.org'],
];

const LOCAL_PATTERNS: readonly (readonly [string, PartnerType])[] = [
  ['{city} Youth Forum', 'civil society'],
  ['{country} Interfaith Council', 'civil society'],
  ['Centre for Social Cohesion, {city}', 'academic'],
  ["{city} Women's Peace Network", 'civil society'],
  ['Institute for Peace Studies, {city}', 'academic'],
  ['{city} Community Foundation', 'foundation'],
  ['{country} Association of Municipalities', 'network'],
];

export function buildPartners(
  ctx: DemoContext,
  net: DemoNetwork,
  count: number,
  contactCount: number,
  mailSuffix: string,
): { partners: PartnerRecord[]; contacts: ContactRecord[] } {
  const r = ctx.rnd;
  const partners: PartnerRecord[] = [];
  const domains: string[] = [];
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    let name: string;
    let type: PartnerType;
    let country: string | null;
    let domain: string;
    if (i < KNOWN_PARTNERS.length) {
      [name, type, country, domain] = KNOWN_PARTNERS[i]!;
    } else {
      let tries = 0;
      do {
        const city = r.pick(net.cities);
        const [pattern, t] = r.pick(LOCAL_PATTERNS);
        name = pattern.replace('{city}', city.name).replace('{country}', city.country);
        if (tries++ > 20) name = `${name} ${i}`;
        type = t;
        country = city.country;
      } while (names.has(name));
      domain = `${asciiSlug(name).slice(0, 24)}.org`;
    }
    names.add(name);
    domains.push(domain + mailSuffix);
    partners.push({
      id: ctx.nextId('PTN'),
      name,
      type,
      country,
      expertise: r.sample(DEFAULT_TOPICS, r.int(1, 4)),
      website: `https://www.${domain}`,
      activeTo: null, // every demo partner is current
      notes: r.chance(0.2) ? 'Possible co-host for regional trainings.' : null,
      ...ctx.bookkeeping(ctx.daysAgo(r.int(30, 1500))),
    });
  }
  const contacts: ContactRecord[] = [];
  for (let i = 0; i < contactCount && partners.length > 0; i++) {
    const pi = i % partners.length;
    const partner = partners[pi]!;
    const country = COUNTRIES.find((c) => c.name === partner.country);
    const index = Math.floor(i / partners.length);
    const contact = buildContact(
      ctx,
      net,
      {
        orgId: partner.id,
        style: country?.names ?? 'english',
        langs: country?.langs ?? 'en:1',
        dial: country?.dial ?? '+44',
        domain: domains[pi]!,
        since: partner.createdAt!,
      },
      index + 2, // partner contacts are never a city's primary contact
    );
    contact.category = r.chance(0.7) ? 'other' : 'practitioner';
    contact.primary = index === 0;
    const list = net.contactsByOrg.get(partner.id) ?? [];
    list.push(contact);
    net.contactsByOrg.set(partner.id, list);
    contacts.push(contact);
  }
  return { partners, contacts };
}
