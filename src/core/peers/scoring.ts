// Peer matching's pure scoring: one city's need against another city's or a partner's practice, factor by factor.

/** A need as matching reads it (Needs tab). */
export interface PeerNeed {
  readonly id: string;
  readonly cityId: string;
  readonly topic: string;
  readonly priority: string;
  readonly surveyedOn: Date | null;
  readonly description: string;
}

/** One topic a side can share practice on; `sinceYear` and `description` when the source records them. */
export interface PracticeEntry {
  readonly topic: string;
  readonly description?: string;
  readonly sinceYear?: number | null;
}

/** A city or a partner organisation, either side of a match. */
export interface PeerSide {
  readonly kind: 'city' | 'partner';
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly hubId: string | null;
  readonly languages: readonly string[];
  readonly population: number | null;
  readonly practice: readonly PracticeEntry[];
  /** The side's own limit on open matches (Cities › Peer exchanges hosted); null or absent: Settings' figure. */
  readonly capacity?: number | null;
}

/** Points per factor (Settings), the repeat penalty and its window, the capacity of each offering side. */
export interface PeerWeights {
  readonly topic: number;
  readonly priority: number;
  readonly recency: number;
  readonly language: number;
  readonly hub: number;
  readonly size: number;
  readonly penalty: number;
  readonly penaltyDays: number;
  readonly capacity: number;
}

export const FACTORS = ['topic', 'priority', 'recency', 'language', 'hub', 'size', 'repeat'] as const;
export type Factor = (typeof FACTORS)[number];

/** What the pair's past says: last match of the pair (any status) and last peer exchange between them. */
export interface PairPast {
  readonly lastMatchedOn: Date | null;
  readonly lastMetOn: Date | null;
}

export interface ScoredPair {
  readonly need: PeerNeed;
  readonly seeker: PeerSide;
  readonly offerer: PeerSide;
  /** 0–100: the sum of `factors`, rounded. */
  readonly score: number;
  /** Points of each factor after scaling to 100 (repeat is zero or negative). */
  readonly factors: Readonly<Record<Factor, number>>;
  readonly practice: PracticeEntry;
  readonly sharedLanguages: readonly string[];
  readonly sameHub: boolean;
  readonly past: PairPast;
}

const DAY = 86400000;
const PRIORITY_SHARE: Readonly<Record<string, number>> = { high: 1, medium: 0.6, low: 0.3 };

/** The key of a pair, whichever side seeks: a city id or partner id on each side. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** 1 for a need surveyed within a year, falling linearly to 0 at three years; 0 when the date is unknown. */
export function recencyShare(surveyedOn: Date | null, today: Date): number {
  if (!surveyedOn) return 0;
  const days = (today.getTime() - surveyedOn.getTime()) / DAY;
  if (days <= 365) return 1;
  return Math.max(0, 1 - (days - 365) / 730);
}

/** The smaller population over the larger; 0 when either is unknown (a partner has none). */
export function sizeShare(a: number | null, b: number | null): number {
  if (!a || !b || a <= 0 || b <= 0) return 0;
  return Math.min(a, b) / Math.max(a, b);
}

export function sharedLanguagesOf(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((l, i) => b.indexOf(l) >= 0 && a.indexOf(l) === i);
}

/** Whether the pair's past keeps it out of this run: matched (or dismissed) within the penalty window. */
export function excludedByPast(past: PairPast, w: PeerWeights, today: Date): boolean {
  return past.lastMatchedOn !== null && today.getTime() - past.lastMatchedOn.getTime() < w.penaltyDays * DAY;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Scores `need` of `seeker` against `offerer`; null when the offerer has no practice on the topic, is the seeker
 * itself, or the pair was matched within the penalty window. Factor points are scaled so that the weights'
 * total is 100 (Settings may use any scale); a peer exchange within the window, or a match before it, costs the
 * penalty.
 */
export function scorePair(
  need: PeerNeed,
  seeker: PeerSide,
  offerer: PeerSide,
  past: PairPast,
  w: PeerWeights,
  today: Date,
): ScoredPair | null {
  if (offerer.kind === seeker.kind && offerer.id === seeker.id) return null;
  const practice = offerer.practice.find((p) => p.topic === need.topic);
  if (!practice) return null;
  if (excludedByPast(past, w, today)) return null;
  const total = w.topic + w.priority + w.recency + w.language + w.hub + w.size;
  const scale = total > 0 ? 100 / total : 0;
  const shared = sharedLanguagesOf(seeker.languages, offerer.languages);
  const sameHub =
    offerer.kind === 'city'
      ? !!seeker.hubId && seeker.hubId === offerer.hubId
      : !!offerer.country && offerer.country.toLowerCase() === seeker.country.toLowerCase();
  const metRecently =
    past.lastMetOn !== null && today.getTime() - past.lastMetOn.getTime() < w.penaltyDays * DAY;
  const repeated = metRecently || past.lastMatchedOn !== null;
  const factors: Record<Factor, number> = {
    topic: round1(w.topic * scale),
    priority: round1(w.priority * (PRIORITY_SHARE[need.priority] ?? 0.3) * scale),
    recency: round1(w.recency * recencyShare(need.surveyedOn, today) * scale),
    language: round1(shared.length > 0 ? w.language * scale : 0),
    hub: round1(sameHub ? w.hub * scale : 0),
    size: round1(w.size * sizeShare(seeker.population, offerer.population) * scale),
    repeat: repeated ? -round1(w.penalty * scale) : 0,
  };
  let sum = 0;
  for (const f of FACTORS) sum += factors[f];
  const score = Math.max(0, Math.min(100, Math.round(sum)));
  return {
    need,
    seeker,
    offerer,
    score,
    factors,
    practice,
    sharedLanguages: shared,
    sameHub,
    past,
  };
}

export interface RankInput {
  readonly needs: readonly PeerNeed[];
  readonly cities: ReadonlyMap<string, PeerSide>;
  readonly offerers: readonly PeerSide[];
  readonly past: (seekerId: string, offererId: string) => PairPast;
  readonly weights: PeerWeights;
  readonly today: Date;
  /** How many candidates to keep per need (best first). */
  readonly keep: number;
}

/** Ties go to the offerer whose id sorts first, so a run is repeatable. */
export function byScore(a: ScoredPair, b: ScoredPair): number {
  if (b.score !== a.score) return b.score - a.score;
  return a.offerer.id < b.offerer.id ? -1 : a.offerer.id > b.offerer.id ? 1 : 0;
}

/** Each need's best candidates, scored against every offerer with practice on its topic (indexed by topic). */
export function rankCandidates(input: RankInput): Map<string, ScoredPair[]> {
  const byTopic = new Map<string, PeerSide[]>();
  for (const o of input.offerers)
    for (const p of o.practice) {
      const list = byTopic.get(p.topic) ?? [];
      if (list[list.length - 1] !== o) list.push(o);
      byTopic.set(p.topic, list);
    }
  const out = new Map<string, ScoredPair[]>();
  for (const need of input.needs) {
    const seeker = input.cities.get(need.cityId);
    if (!seeker) continue;
    const scored: ScoredPair[] = [];
    for (const o of byTopic.get(need.topic) ?? []) {
      const s = scorePair(need, seeker, o, input.past(seeker.id, o.id), input.weights, input.today);
      if (s) scored.push(s);
    }
    scored.sort(byScore);
    out.set(need.id, scored.slice(0, input.keep));
  }
  return out;
}
