// What peer matching reads: cities, partners and their practice, open needs, past matches and peer exchanges.
// One read per source table, only the columns needed.

import { CITIES, CONTACTS, ENGAGEMENTS, MATCHES, NEEDS, OFFERS, PARTNERS } from '../../../sheets-templates';
import type { PairPast, PeerNeed, PeerSide, PeerWeights, PracticeEntry } from '../../core/peers/scoring';
import { pairKey } from '../../core/peers/scoring';
import type { Settings } from '../../core/schema/settings';
import type { WorkbookSession } from '../store/session';

const list = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map(String)
    : String(v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
const dateOf = (v: unknown): Date | null => (v instanceof Date && !Number.isNaN(v.getTime()) ? v : null);
const numberOf = (v: unknown): number | null => (typeof v === 'number' && v > 0 ? v : null);

export function peerWeights(s: Settings): PeerWeights {
  return {
    topic: s.peerWeightTopic,
    priority: s.peerWeightPriority,
    recency: s.peerWeightRecency,
    language: s.peerWeightLanguage,
    hub: s.peerWeightHub,
    size: s.peerWeightSize,
    penalty: s.peerPenaltyRecent,
    penaltyDays: s.peerPenaltyDays,
    capacity: s.peerCapacity,
  };
}

/** A side's current Offers rows (issue 14 part A): the practice with its description, since year and languages. */
export interface OfferLine {
  readonly practice: PracticeEntry;
  readonly languages: readonly string[];
}

/** Current offers by city or partner id: one read of the Offers columns (none when the tab is not there yet). */
export function offersByOrg(session: WorkbookSession): Map<string, OfferLine[]> {
  const out = new Map<string, OfferLine[]>();
  const table = session.table(OFFERS);
  if (!table.exists()) return out;
  for (const row of table.columnRows(['orgId', 'topic', 'description', 'sinceYear', 'languages', 'status']))
    addOffer(out, table.values(row));
  return out;
}

export function addOffer(out: Map<string, OfferLine[]>, v: Record<string, unknown>): void {
  const org = String(v['orgId'] ?? '').trim();
  if (!org || !v['topic'] || v['status'] === 'withdrawn') return;
  const since = typeof v['sinceYear'] === 'number' ? v['sinceYear'] : null;
  const description = String(v['description'] ?? '').trim();
  const line: OfferLine = {
    practice: { topic: String(v['topic']), sinceYear: since, ...(description ? { description } : {}) },
    languages: list(v['languages']),
  };
  out.set(org, [...(out.get(org) ?? []), line]);
}

/**
 * The practice a side offers: its Offers rows first (they carry the description and since year the rationale
 * names), then the topics of its Expertise column that no offer covers. The one place that says what is offered.
 */
export function practiceOf(
  values: Record<string, unknown>,
  offers: readonly OfferLine[] = [],
): PracticeEntry[] {
  const out: PracticeEntry[] = offers.map((o) => o.practice);
  for (const topic of list(values['expertise'])) if (!out.some((p) => p.topic === topic)) out.push({ topic });
  return out;
}

/** A side's languages: its own, then those its offers can be shared in. */
export function languagesOf(own: readonly string[], offers: readonly OfferLine[] = []): string[] {
  const out = own.slice();
  for (const o of offers) for (const l of o.languages) if (out.indexOf(l) < 0) out.push(l);
  return out;
}

/** Member cities as sides (seekers and offerers): one read of the columns from Name to Expertise. */
export function peerCities(
  session: WorkbookSession,
  offers: ReadonlyMap<string, OfferLine[]>,
): Map<string, PeerSide> {
  const table = session.table(CITIES);
  const out = new Map<string, PeerSide>();
  for (const row of table.columnRows([
    'id',
    'name',
    'country',
    'hubId',
    'status',
    'population',
    'languages',
    'expertise',
    'peerCapacity',
  ])) {
    const v = table.values(row);
    if (v['status'] !== 'member') continue;
    const id = String(v['id'] ?? '');
    if (!id) continue;
    out.set(id, {
      kind: 'city',
      id,
      name: String(v['name'] ?? id),
      country: String(v['country'] ?? ''),
      hubId: v['hubId'] ? String(v['hubId']) : null,
      languages: languagesOf(list(v['languages']), offers.get(id)),
      population: numberOf(v['population']),
      practice: practiceOf(v, offers.get(id)),
      capacity: typeof v['peerCapacity'] === 'number' && v['peerCapacity'] >= 0 ? v['peerCapacity'] : null,
    });
  }
  return out;
}

/**
 * Active partners with expertise as offering sides. A partner has no Languages column: its working languages are
 * its active contacts' preferred languages.
 */
export function peerPartners(
  session: WorkbookSession,
  today: Date,
  offers: ReadonlyMap<string, OfferLine[]>,
): PeerSide[] {
  const table = session.table(PARTNERS);
  const sides: PeerSide[] = [];
  for (const row of table.columnRows(['id', 'name', 'country', 'expertise', 'activeTo'])) {
    const v = table.values(row);
    const ended = dateOf(v['activeTo']);
    const practice = practiceOf(v, offers.get(String(v['id'] ?? '')));
    if ((ended && ended <= today) || practice.length === 0 || !v['id']) continue;
    sides.push({
      kind: 'partner',
      id: String(v['id']),
      name: String(v['name'] ?? v['id']),
      country: String(v['country'] ?? ''),
      hubId: null,
      languages: [],
      population: null,
      practice,
    });
  }
  if (sides.length === 0) return sides;
  // One read of the Contacts columns from City or partner to Active to: partners' contacts are scattered among
  // the cities', so a keyed search would read them one row per call (measured: ~1,500 calls on the bench).
  const contacts = session.table(CONTACTS);
  const ours = new Set(sides.map((s) => s.id));
  const langs = new Map<string, string[]>();
  for (const row of contacts.columnRows(['orgId', 'language', 'activeTo'])) {
    const org = String(contacts.cell(row, 'orgId')).trim();
    if (!ours.has(org)) continue;
    const c = contacts.values(row);
    const ended = dateOf(c['activeTo']);
    if (ended && ended <= today) continue;
    const l = langs.get(org) ?? [];
    const code = String(c['language'] ?? '');
    if (code && l.indexOf(code) < 0) l.push(code);
    langs.set(org, l);
  }
  return sides.map((s) => ({ ...s, languages: languagesOf(langs.get(s.id) ?? [], offers.get(s.id)) }));
}

/** Open needs (one read of the Needs columns from City to Status). */
export function openNeeds(session: WorkbookSession): PeerNeed[] {
  const table = session.table(NEEDS);
  const out: PeerNeed[] = [];
  for (const row of table.columnRows([
    'id',
    'cityId',
    'topic',
    'priority',
    'description',
    'surveyedOn',
    'status',
  ])) {
    const v = table.values(row);
    if (v['status'] !== 'open' || !v['id'] || !v['cityId'] || !v['topic']) continue;
    out.push({
      id: String(v['id']),
      cityId: String(v['cityId']),
      topic: String(v['topic']),
      priority: String(v['priority'] ?? 'medium'),
      surveyedOn: dateOf(v['surveyedOn']),
      description: String(v['description'] ?? ''),
    });
  }
  return out;
}

const OPEN_STATUSES = ['proposed', 'introduced', 'exchange held'];

export interface MatchHistory {
  readonly past: (a: string, b: string) => PairPast;
  /** Needs that already have a match other than a dismissed one: not suggested again. */
  readonly servedNeeds: ReadonlySet<string>;
  /** Open matches per offering side (they use its capacity). */
  readonly openByOfferer: ReadonlyMap<string, number>;
}

/** The date a match row counts from: its decision, else its introduction, else its creation. */
const matchDate = (v: Record<string, unknown>) =>
  dateOf(v['decidedOn']) ?? dateOf(v['introducedOn']) ?? dateOf(v['createdAt']);

/** Past matches (Matches read whole: it is not a history tab) and peer exchanges (Engagements' columns). */
export function matchHistory(session: WorkbookSession): MatchHistory {
  const matched = new Map<string, Date>();
  const met = new Map<string, Date>();
  const servedNeeds = new Set<string>();
  const openByOfferer = new Map<string, number>();
  const later = (m: Map<string, Date>, k: string, d: Date | null) => {
    if (d && (!m.has(k) || m.get(k)! < d)) m.set(k, d);
  };
  const matches = session.table(MATCHES);
  for (const row of matches.rows()) {
    const v = matches.values(row);
    const seeker = String(v['seekingCityId'] ?? '');
    const offerer = String(v['offeringCityId'] || v['offeringPartnerId'] || '');
    if (!seeker || !offerer) continue;
    later(matched, pairKey(seeker, offerer), matchDate(v));
    const status = String(v['status'] ?? '');
    if (status !== 'dismissed' && v['needId']) servedNeeds.add(String(v['needId']));
    if (OPEN_STATUSES.indexOf(status) >= 0) openByOfferer.set(offerer, (openByOfferer.get(offerer) ?? 0) + 1);
  }
  // Peer exchanges: one read of the Engagements columns from Date to Partners. A keyed search of Type found the
  // rows but read each scattered row in its own call (≈1,500 calls, 71 modelled s on the bench); this block read
  // moves more cells (it grows with the tab, which the archive keeps to its window) in one call. A batch action.
  const engagements = session.table(ENGAGEMENTS);
  for (const row of engagements.columnRows(['date', 'type', 'cityIds', 'partnerIds'])) {
    if (String(engagements.cell(row, 'type')) !== 'peer exchange') continue;
    const v = engagements.values(row);
    const sides = [...list(v['cityIds']), ...list(v['partnerIds'])];
    const d = dateOf(v['date']);
    for (let i = 0; i < sides.length; i++)
      for (let j = i + 1; j < sides.length; j++) later(met, pairKey(sides[i]!, sides[j]!), d);
  }
  return {
    past: (a, b) => ({
      lastMatchedOn: matched.get(pairKey(a, b)) ?? null,
      lastMetOn: met.get(pairKey(a, b)) ?? null,
    }),
    servedNeeds,
    openByOfferer,
  };
}
