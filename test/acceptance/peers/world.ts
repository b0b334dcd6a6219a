// The peer-matching test network loaded into a set-up workbook through the shipped bundle (saveRecord as a coordinator would).

import { Emulator } from '../../../src/emulator';
import { COORDINATOR, OWNER, ok, outbox, setSetting, sheet, tabRows } from '../intake/harness';
import { CITIES, contactEmail, HUBS, NEEDS, PARTNERS, RECENT_EXCHANGE } from './network';

export { COORDINATOR, OWNER, ok, outbox, sheet, tabRows };
export const VIEWER = 'viewer@strongcities.org';
/** The test's day: every need's age counts from it. */
export const TODAY = new Date('2026-06-01T09:00:00Z');
const DAY = 86400000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

export interface PeerWorld {
  emu: Emulator;
  /** City or partner name → its id. */
  ids: Record<string, string>;
  /** "City|topic" → the need's id. */
  needs: Record<string, string>;
}

const save = (emu: Emulator, tab: string, fields: Record<string, unknown>) =>
  ok<{ id: string }>(emu, 'saveRecord', [{ tab, fields }]).value!.id;

/** The network with capacity 1 per offering side (Settings), so the capacity trap of network.ts bites. */
export function peerWorld(options: { capacity?: number } = {}): PeerWorld {
  const emu = new Emulator({ start: TODAY });
  ok(emu, 'setupWorkbook');
  save(emu, 'Staff', { name: 'Coordinator', email: COORDINATOR, role: 'coordinator', active: true });
  save(emu, 'Staff', { name: 'Viewer', email: VIEWER, role: 'viewer', active: true });
  setSetting(emu, 'Peer exchanges per offering side', String(options.capacity ?? 1));
  const hubs: Record<string, string> = {};
  for (const name of Object.keys(HUBS)) hubs[name] = save(emu, 'Hubs', { name, countries: HUBS[name] });
  const ids: Record<string, string> = {};
  for (const c of CITIES) {
    ids[c.name] = save(emu, 'Cities', {
      name: c.name,
      country: c.country,
      hubId: hubs[c.hub],
      status: 'member',
      languages: c.languages,
      population: c.population,
      expertise: c.expertise,
    });
  }
  for (const p of PARTNERS)
    ids[p.name] = save(emu, 'Partners', {
      name: p.name,
      type: p.type,
      country: p.country || null,
      expertise: p.expertise,
    });
  const person = (org: string, language: string) =>
    save(emu, 'Contacts', {
      orgId: ids[org],
      name: `Focal point of ${org}`,
      category: "mayor's office",
      email: contactEmail(org),
      language,
      primary: true,
      lawfulBasis: 'legitimate interests',
    });
  for (const c of CITIES) person(c.name, c.languages[0]!);
  for (const p of PARTNERS) person(p.name, p.language);
  // Kampala's practice as the needs survey records it (Offers): the rationale names it with its year.
  save(emu, 'Offers', {
    orgId: ids.Kampala,
    topic: 'youth engagement',
    description: 'an exit programme for young people',
    sinceYear: 2019,
    languages: ['en'],
    source: 'needs survey',
    recordedOn: iso(TODAY),
    status: 'current',
  });
  const needs: Record<string, string> = {};
  for (const n of NEEDS) {
    needs[`${n.city}|${n.topic}`] = save(emu, 'Needs', {
      cityId: ids[n.city],
      topic: n.topic,
      priority: n.priority,
      description: `${n.topic} (test network)`,
      surveyedOn: iso(new Date(TODAY.getTime() - n.surveyedDaysAgo * DAY)),
      source: 'needs survey',
      status: 'open',
    });
  }
  save(emu, 'Engagements', {
    date: iso(new Date(TODAY.getTime() - RECENT_EXCHANGE.daysAgo * DAY)),
    type: 'peer exchange',
    cityIds: RECENT_EXCHANGE.cities.map((c) => ids[c]),
    summary: 'Exchange visit on migration and integration.',
    source: 'manual',
  });
  return { emu, ids, needs };
}

export interface Suggestion {
  matchId: string;
  needId: string;
  seeker: string;
  offerer: string;
  offeringId: string;
  topic: string;
  score: number;
  factors: Record<string, number>;
  rationale: { en: string; fr: string };
  language: string | null;
}
export interface SuggestResult {
  needs: number;
  written: number;
  unmatched: number;
  suggestions: Suggestion[];
}

export const suggest = (emu: Emulator, user = COORDINATOR) =>
  ok<SuggestResult>(emu, 'suggestPeerMatches', [], user).value!;
