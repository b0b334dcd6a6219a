// Demo offers: practice member cities (from their Expertise) and partners can share, so matching and profiles have evidence.

import type { CityRecord, OfferRecord, PartnerRecord } from '../../sheets-templates/index';
import type { DemoContext } from './context';

const OFFER_TEXT = [
  'A multi-agency panel on {topic}, run with schools and the police.',
  'Trained frontline staff on {topic}; happy to host a peer visit.',
  'A city-wide programme on {topic} with community organisations.',
  'Published a local strategy on {topic}, evaluated after two years.',
];

/**
 * About one offer per expertise topic of member cities, and per partner expertise, until `count`. Built after
 * every other tab, so adding it left the earlier demo rows (and the tests that read them) unchanged.
 */
export function buildOffers(
  ctx: DemoContext,
  cities: readonly CityRecord[],
  partners: readonly PartnerRecord[],
  count: number,
): OfferRecord[] {
  const r = ctx.rnd;
  const out: OfferRecord[] = [];
  const orgs: { id: string; topics: readonly string[]; languages: string[] }[] = [
    ...cities
      .filter((c) => c.status === 'member')
      .map((c) => ({ id: c.id, topics: c.expertise, languages: c.languages.slice() })),
    ...partners.map((p) => ({ id: p.id, topics: p.expertise, languages: ['en'] })),
  ];
  for (const org of orgs) {
    for (const topic of org.topics) {
      if (out.length >= count) return out;
      const age = r.int(0, 700);
      out.push({
        id: ctx.nextId('OFR'),
        orgId: org.id,
        topic,
        description: r.pick(OFFER_TEXT).replace('{topic}', topic),
        sinceYear: ctx.today.getFullYear() - r.int(1, 12),
        languages: org.languages,
        source: r.weighted([
          ['needs survey', 6],
          ['interview', 2],
          ['application', 1],
          ['desk research', 1],
        ] as const),
        sourceRef: null,
        recordedOn: ctx.daysAgo(age),
        status: r.chance(0.05) ? 'withdrawn' : 'current',
        ...ctx.bookkeeping(ctx.daysAgo(age)),
      });
    }
  }
  return out;
}
