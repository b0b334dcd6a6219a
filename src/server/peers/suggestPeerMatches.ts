// Coordinator action "Suggest peer matches": scores every open need against every offering side, assigns under
// capacity and writes the best suggestion per need to Matches (status proposed), with its breakdown and rationale.

import { MATCHES } from '../../../sheets-templates';
import { messageLanguage } from '../../core/messages/language';
import { assignOptimal } from '../../core/peers/assignment';
import { breakdownText, rationale } from '../../core/peers/rationale';
import {
  type Factor,
  type PeerSide,
  type PeerWeights,
  rankCandidates,
  type ScoredPair,
} from '../../core/peers/scoring';
import { requireRole } from '../access/roles';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { workbook } from '../store/session';
import { matchHistory, offersByOrg, openNeeds, peerCities, peerPartners, peerWeights } from './peerSources';

/** Candidates kept per need for the assignment: enough to route around a full offerer. */
const KEEP = 8;

export interface SuggestionView {
  matchId: string;
  needId: string;
  seekingCityId: string;
  seeker: string;
  offeringId: string;
  offerer: string;
  offererKind: 'city' | 'partner';
  topic: string;
  score: number;
  factors: Record<Factor, number>;
  rationale: { en: string; fr: string };
  language: string | null;
}

export interface SuggestResult {
  /** Open needs without a live match, considered in this run. */
  needs: number;
  /** Suggestions written to Matches. */
  written: number;
  /** Needs left without a suggestion (no side with practice on the topic and a free slot). */
  unmatched: number;
  suggestions: SuggestionView[];
}

/** The shared language an introduction goes in: English when shared (the network's lingua franca), else the first. */
export function introLanguage(p: ScoredPair): string | null {
  if (p.sharedLanguages.length === 0) return null;
  return p.sharedLanguages.indexOf('en') >= 0 ? 'en' : p.sharedLanguages[0]!;
}

/** Open matches a side takes at a time: its own figure (Cities › Peer exchanges hosted), else Settings'. */
export function capacityOf(side: PeerSide, weights: PeerWeights): number {
  return side.capacity ?? weights.capacity;
}

export function suggestPeerMatches(): SuggestResult {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'suggest peer matches');
  return session.write(() => {
    const today = session.now();
    const weights = peerWeights(session.settings().settings);
    const offers = offersByOrg(session);
    const cities = peerCities(session, offers);
    const partners = peerPartners(session, today, offers);
    const history = matchHistory(session);
    const needs = openNeeds(session).filter((n) => !history.servedNeeds.has(n.id) && cities.has(n.cityId));
    const offerers = [...cities.values()].filter((c) => c.practice.length > 0).concat(partners);
    const candidates = rankCandidates({
      needs,
      cities,
      offerers,
      past: history.past,
      weights,
      today,
      keep: KEEP,
    });
    const slots = new Map<string, number>();
    for (const o of offerers)
      slots.set(o.id, Math.max(0, capacityOf(o, weights) - (history.openByOfferer.get(o.id) ?? 0)));
    // Optimal over greedy: on the 30-city test network greedy loses planted pairs to capacity (README, Peer matching).
    const chosen = assignOptimal({ candidates, slots }).sort((a, b) => (a.need.id < b.need.id ? -1 : 1));
    const lang = messageLanguage();
    const rows = chosen.map((p) => ({
      seekingCityId: p.seeker.id,
      offeringCityId: p.offerer.kind === 'city' ? p.offerer.id : null,
      offeringPartnerId: p.offerer.kind === 'partner' ? p.offerer.id : null,
      needId: p.need.id,
      topic: p.need.topic,
      score: p.score,
      scoreBreakdown: breakdownText(p),
      rationale: rationale(p, lang),
      language: introLanguage(p),
      status: 'proposed',
    }));
    const written =
      rows.length > 0
        ? session.table(MATCHES).insert(rows, { action: 'suggest', summary: 'Peer match suggested' })
        : [];
    return {
      needs: needs.length,
      written: written.length,
      unmatched: needs.length - written.length,
      // The first 200 for the sidebar (the rest are in the Matches tab); both languages, for its reader.
      suggestions: chosen.slice(0, 200).map((p, i) => ({
        matchId: written[i]!.id,
        needId: p.need.id,
        seekingCityId: p.seeker.id,
        seeker: p.seeker.name,
        offeringId: p.offerer.id,
        offerer: p.offerer.name,
        offererKind: p.offerer.kind,
        topic: p.need.topic,
        score: p.score,
        factors: { ...p.factors },
        rationale: { en: rationale(p, 'en'), fr: rationale(p, 'fr') },
        language: introLanguage(p),
      })),
    };
  });
}
