// Who a member meeting series is for (issue 17): the default audience (member cities in countries no hub serves),
// a hub's member cities, and each chosen city's active primary contacts as the guests.

import { CITIES, CONTACTS, HUBS } from '../../../sheets-templates';
import { formatIsoDate } from '../../core/schema/cells';
import { normaliseEmail } from '../../core/schema/text';
import type { WorkbookSession } from '../store/session';

export interface Guest {
  contactId: string;
  cityId: string;
  email: string;
  name: string;
  country: string;
  cityName: string;
  language: string;
}

export interface AudienceCity {
  id: string;
  name: string;
  country: string;
}

/** An audience the sidebar offers: "default" or a hub's id, with the member cities it holds. */
export interface Audience {
  key: string;
  hubName: string | null;
  cities: AudienceCity[];
}

/** Countries some hub lists (Hubs › Countries): the Hubs tab is small, read whole. */
function servedCountries(session: WorkbookSession): Set<string> {
  const hubs = session.table(HUBS);
  const served = new Set<string>();
  for (const r of hubs.rows()) {
    const c = hubs.cell(r, 'countries');
    for (const country of String(c ?? '').split(',')) if (country.trim()) served.add(country.trim());
  }
  return served;
}

/** Member cities (a few columns of Cities, which does not grow with history). */
function memberCities(session: WorkbookSession): (AudienceCity & { hubId: string })[] {
  const cities = session.table(CITIES);
  return cities
    .columnRows(['id', 'name', 'country', 'status', 'hubId'])
    .filter((r) => cities.cell(r, 'status') === 'member')
    .map((r) => ({
      id: String(cities.cell(r, 'id')),
      name: String(cities.cell(r, 'name') ?? ''),
      country: String(cities.cell(r, 'country') ?? '').trim(),
      hubId: String(cities.cell(r, 'hubId') ?? '').trim(),
    }));
}

/** Member cities in countries no hub lists, the Management Unit's own members. */
export function defaultAudience(session: WorkbookSession): string[] {
  const served = servedCountries(session);
  return memberCities(session)
    .filter((c) => !served.has(c.country))
    .map((c) => c.id);
}

/** A hub's member cities (Cities › Hub). */
export function hubAudience(session: WorkbookSession, hubId: string): string[] {
  return memberCities(session)
    .filter((c) => c.hubId === hubId)
    .map((c) => c.id);
}

/** Every audience the sidebar can offer: the default one first (maybe empty), then each hub's, by name. */
export function audiences(session: WorkbookSession): Audience[] {
  const served = servedCountries(session);
  const members = memberCities(session);
  const strip = ({ id, name, country }: AudienceCity): AudienceCity => ({ id, name, country });
  const out: Audience[] = [
    { key: 'default', hubName: null, cities: members.filter((c) => !served.has(c.country)).map(strip) },
  ];
  const hubs = session.table(HUBS);
  const byName = hubs
    .rows()
    .map((r) => ({ id: String(hubs.cell(r, 'id')), name: String(hubs.cell(r, 'name') ?? '') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const h of byName)
    out.push({ key: h.id, hubName: h.name, cities: members.filter((c) => c.hubId === h.id).map(strip) });
  return out;
}

/** Each city's active primary contacts with an address (one keyed read of Contacts by city). */
export function guestsOf(session: WorkbookSession, cityIds: readonly string[]): Guest[] {
  if (cityIds.length === 0) return [];
  const cities = session.table(CITIES);
  const country = new Map<string, string>();
  const names = new Map<string, string>();
  for (const r of cities.findRows('id', cityIds)) {
    country.set(String(cities.cell(r, 'id')), String(cities.cell(r, 'country')));
    names.set(String(cities.cell(r, 'id')), String(cities.cell(r, 'name')));
  }
  const contacts = session.table(CONTACTS);
  const today = formatIsoDate(session.now());
  const out: Guest[] = [];
  for (const r of contacts.findRows('orgId', cityIds)) {
    const v = contacts.values(r);
    const email = normaliseEmail(String(v['email'] ?? ''));
    const left = v['activeTo'] instanceof Date && formatIsoDate(v['activeTo']) < today;
    if (v['primary'] !== true || !email || left || v['optedOut'] === true) continue;
    const cityId = String(v['orgId']);
    out.push({
      contactId: String(v['id']),
      cityId,
      email,
      name: String(v['name'] ?? ''),
      country: country.get(cityId) ?? '',
      cityName: names.get(cityId) ?? '',
      language: String(v['language'] ?? 'en'),
    });
  }
  return out;
}
