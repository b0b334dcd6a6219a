// The CPU time of peer matching's scoring itself (issue 14): the core functions the bundle runs, timed in Node on
// the bench workbook's own cells (read host-side, as the use case reads them), without the emulator around them.

import {
  CITIES,
  CONTACTS,
  columnByHeader,
  ENGAGEMENTS,
  MATCHES,
  NEEDS,
  OFFERS,
  PARTNERS,
  type TabDef,
} from '../sheets-templates';
import { assignGreedy, assignmentTotal, assignOptimal } from '../src/core/peers/assignment';
import { type PeerNeed, type PeerSide, pairKey, rankCandidates } from '../src/core/peers/scoring';
import { defaultSettings } from '../src/core/schema/settings';
import type { Emulator } from '../src/emulator';
import {
  addOffer,
  languagesOf,
  type OfferLine,
  peerWeights,
  practiceOf,
} from '../src/server/peers/peerSources';

function rows(emu: Emulator, def: TabDef): Record<string, unknown>[] {
  const sheet = emu.backend.stores.spreadsheets.bound.sheetByName(def.name)!;
  const values = sheet.getValues(1, 1, sheet.lastRow(), sheet.lastColumn());
  const keys = values[0]!.map((h) => columnByHeader(def, String(h))?.key ?? '');
  return values.slice(1).map((r) => {
    const o: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      if (k) o[k] = r[i];
    });
    return o;
  });
}

const list = (v: unknown) =>
  String(v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
const date = (v: unknown) =>
  v instanceof Date ? v : typeof v === 'number' ? new Date((v - 25569) * 86400000) : null;

export interface ScoringTime {
  ms: number;
  needs: number;
  offerers: number;
  greedyTotal: number;
  optimalTotal: number;
  greedyMs: number;
}

/** Times ranking and the optimal assignment (and greedy, for comparison) on the workbook's current cells. */
export function timeScoring(emu: Emulator, today: Date): ScoringTime {
  const weights = peerWeights(defaultSettings());
  const offers = new Map<string, OfferLine[]>();
  for (const o of rows(emu, OFFERS)) addOffer(offers, { ...o, languages: list(o['languages']) });
  const cities = new Map<string, PeerSide>();
  for (const c of rows(emu, CITIES)) {
    if (c['status'] !== 'member') continue;
    const id = String(c['id']);
    cities.set(id, {
      kind: 'city',
      id,
      name: String(c['name']),
      country: String(c['country']),
      hubId: String(c['hubId'] ?? '') || null,
      languages: languagesOf(list(c['languages']), offers.get(id)),
      population: typeof c['population'] === 'number' ? c['population'] : null,
      practice: practiceOf({ expertise: list(c['expertise']) }, offers.get(id)),
    });
  }
  const langs = new Map<string, string[]>();
  for (const c of rows(emu, CONTACTS)) {
    const org = String(c['orgId'] ?? '');
    if (!org.startsWith('PTN')) continue;
    langs.set(org, [...(langs.get(org) ?? []), String(c['language'])]);
  }
  const partners: PeerSide[] = rows(emu, PARTNERS)
    .filter((p) => practiceOf({ expertise: list(p['expertise']) }, offers.get(String(p['id']))).length > 0)
    .map((p) => ({
      kind: 'partner',
      id: String(p['id']),
      name: String(p['name']),
      country: String(p['country'] ?? ''),
      hubId: null,
      languages: languagesOf(langs.get(String(p['id'])) ?? [], offers.get(String(p['id']))),
      population: null,
      practice: practiceOf({ expertise: list(p['expertise']) }, offers.get(String(p['id']))),
    }));
  const matched = new Map<string, Date>();
  const served = new Set<string>();
  for (const m of rows(emu, MATCHES)) {
    const o = String(m['offeringCityId'] || m['offeringPartnerId'] || '');
    const d = date(m['createdAt']);
    if (d) matched.set(pairKey(String(m['seekingCityId']), o), d);
    if (m['status'] !== 'dismissed') served.add(String(m['needId']));
  }
  const met = new Map<string, Date>();
  for (const e of rows(emu, ENGAGEMENTS)) {
    if (e['type'] !== 'peer exchange') continue;
    const s = list(e['cityIds']);
    const d = date(e['date']);
    for (let i = 0; i < s.length; i++)
      for (let j = i + 1; j < s.length; j++) if (d) met.set(pairKey(s[i]!, s[j]!), d);
  }
  const needs: PeerNeed[] = rows(emu, NEEDS)
    .filter((n) => n['status'] === 'open' && !served.has(String(n['id'])) && cities.has(String(n['cityId'])))
    .map((n) => ({
      id: String(n['id']),
      cityId: String(n['cityId']),
      topic: String(n['topic']),
      priority: String(n['priority']),
      surveyedOn: date(n['surveyedOn']),
      description: String(n['description'] ?? ''),
    }));
  const offerers = [...cities.values()].filter((c) => c.practice.length > 0).concat(partners);
  const started = process.hrtime.bigint();
  const candidates = rankCandidates({
    needs,
    cities,
    offerers,
    past: (a, b) => ({
      lastMatchedOn: matched.get(pairKey(a, b)) ?? null,
      lastMetOn: met.get(pairKey(a, b)) ?? null,
    }),
    weights,
    today,
    keep: 8,
  });
  const slots = new Map(offerers.map((o) => [o.id, weights.capacity] as const));
  const optimal = assignOptimal({ candidates, slots });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const g0 = process.hrtime.bigint();
  const greedy = assignGreedy({ candidates, slots });
  const greedyMs = Number(process.hrtime.bigint() - g0) / 1e6;
  return {
    ms: Math.round(ms),
    needs: needs.length,
    offerers: offerers.length,
    greedyTotal: assignmentTotal(greedy),
    optimalTotal: assignmentTotal(optimal),
    greedyMs: Math.round(greedyMs),
  };
}
