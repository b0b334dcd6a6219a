// Demo needs, peer-learning matches and two years of engagement history.

import type {
  CityRecord,
  ContactRecord,
  EngagementRecord,
  EventRecord,
  MailingRecord,
  MatchRecord,
  NeedRecord,
  PartnerRecord,
} from '../../sheets-templates/index';
import { DEFAULT_TOPICS } from '../../sheets-templates/vocabularies';
import type { DemoContext } from './context';
import type { DemoNetwork } from './network';

const STATUS_WEIGHT: Record<CityRecord['status'], number> = {
  member: 4,
  applicant: 1,
  prospect: 1,
  lapsed: 1,
  withdrawn: 0,
};

/** Cities repeated by how much they engage, so a uniform pick favours active members. */
function weightedCities(net: DemoNetwork): CityRecord[] {
  const out: CityRecord[] = [];
  for (const c of net.cities) for (let k = 0; k < STATUS_WEIGHT[c.status]; k++) out.push(c);
  return out.length > 0 ? out : net.cities;
}

const NEED_TEXT = [
  'Looking for practice on {topic} from a city of similar size.',
  'Council asked for a plan on {topic} before the next budget.',
  'Staff need training on {topic}; interested in a peer visit.',
  'Rising tension locally; wants to learn how others handle {topic}.',
];

export function buildNeeds(ctx: DemoContext, net: DemoNetwork, count: number): NeedRecord[] {
  const r = ctx.rnd;
  const pool = weightedCities(net);
  const seen = new Set<string>();
  const out: NeedRecord[] = [];
  for (let i = 0; i < count; i++) {
    let city = r.pick(pool);
    let topic =
      city.priorities.length > 0 && r.chance(0.7) ? r.pick(city.priorities) : r.pick(DEFAULT_TOPICS);
    for (let tries = 0; seen.has(city.id + topic) && tries < 10; tries++) {
      city = r.pick(pool);
      topic = r.pick(DEFAULT_TOPICS);
    }
    seen.add(city.id + topic);
    const age = r.int(0, 700);
    out.push({
      id: ctx.nextId('NED'),
      cityId: city.id,
      topic,
      priority: r.weighted([
        ['high', 3],
        ['medium', 5],
        ['low', 2],
      ] as const),
      description: r.pick(NEED_TEXT).replace('{topic}', topic),
      surveyedOn: ctx.daysAgo(age),
      source: r.weighted([
        ['needs survey', 6],
        ['application', 2],
        ['consultation', 2],
        ['desk research', 1],
      ] as const),
      status:
        age > 400
          ? r.weighted([
              ['met', 4],
              ['closed', 3],
              ['being addressed', 1],
            ] as const)
          : r.weighted([
              ['open', 6],
              ['being addressed', 3],
              ['met', 1],
            ] as const),
      supportWanted: null,
      sourceRef: null,
      ...ctx.bookkeeping(ctx.daysAgo(age)),
    });
  }
  return out;
}

export function buildMatches(
  ctx: DemoContext,
  net: DemoNetwork,
  needs: NeedRecord[],
  partners: PartnerRecord[],
  count: number,
): MatchRecord[] {
  const r = ctx.rnd;
  const byId = new Map(net.cities.map((c) => [c.id, c] as const));
  const offering = net.cities.filter((c) => c.status === 'member' && c.expertise.length > 0);
  const out: MatchRecord[] = [];
  for (let i = 0; i < count && needs.length > 0; i++) {
    const need = r.pick(needs);
    const seeking = byId.get(need.cityId)!;
    const experts = offering.filter((c) => c.id !== seeking.id && c.expertise.indexOf(need.topic) >= 0);
    const usePartner = experts.length === 0 || r.chance(0.1);
    const partner = usePartner ? (partners.find((p) => p.expertise.indexOf(need.topic) >= 0) ?? null) : null;
    let city: CityRecord | null = null;
    if (!partner) {
      const candidates = experts.length > 0 ? experts : net.cities.filter((c) => c.id !== seeking.id);
      city = r.pick(candidates);
    }
    const reasons: string[] = [`${seeking.name} needs ${need.topic} (${need.priority} priority)`];
    let score = 35 + r.int(0, 10);
    if (partner) {
      reasons.push(`${partner.name} offers expertise on ${need.topic}`);
      score += 20;
    } else if (city) {
      if (city.expertise.indexOf(need.topic) >= 0) {
        reasons.push(`${city.name} has practice on ${need.topic}`);
        score += 25;
      }
      const shared = city.languages.filter((l) => seeking.languages.indexOf(l) >= 0);
      if (shared.length > 0) {
        reasons.push(`shared language: ${shared.join(', ')}`);
        score += 10;
      }
      if (city.hubId === seeking.hubId) {
        reasons.push('same hub');
        score += 8;
      }
    }
    const age = r.int(0, Math.max(0, ctx.daysBetween(need.surveyedOn, ctx.today)));
    const status = r.weighted(
      age > 120
        ? ([
            ['outcome recorded', 4],
            ['exchange held', 2],
            ['dismissed', 2],
            ['introduced', 1],
          ] as const)
        : ([
            ['proposed', 4],
            ['introduced', 3],
            ['exchange held', 2],
            ['dismissed', 1],
          ] as const),
    );
    out.push({
      id: ctx.nextId('MAT'),
      seekingCityId: seeking.id,
      offeringCityId: city ? city.id : null,
      offeringPartnerId: partner ? partner.id : null,
      needId: need.id,
      topic: need.topic,
      score: Math.min(100, score),
      rationale: reasons.join('; ') + '.',
      status,
      introducedOn: status === 'proposed' || status === 'dismissed' ? null : ctx.daysAgo(age),
      scoreBreakdown: null,
      language: null,
      decisionReason: status === 'dismissed' ? 'Not a priority for the offering city this year.' : null,
      decidedOn: status === 'proposed' ? null : ctx.daysAgo(age),
      followUpOn: null,
      outcome: status === 'outcome recorded' ? 'The city adapted the practice to its own programme.' : null,
      outcomeOn: status === 'outcome recorded' ? ctx.daysAgo(Math.floor(age / 2)) : null,
      ...ctx.bookkeeping(ctx.daysAgo(age)),
    });
  }
  return out;
}

const SUMMARIES: Record<EngagementRecord['type'], readonly string[]> = {
  meeting: [
    'Met {city} to review their {topic} action plan; agreed next steps.',
    'Introductory meeting with the new focal point in {city} on {topic}.',
  ],
  'bi-weekly call': ['Bi-weekly members call: {city} shared an update on {topic}.'],
  event: ['{city} took part in the event; spoke on {topic}.'],
  training: ['Training session for {city} practitioners on {topic}.'],
  email: ['Sent {city} the briefing on {topic}.', 'Answered a question from {city} about {topic}.'],
  newsletter: ['Monthly newsletter sent to {city} contacts.'],
  'peer exchange': ['Peer exchange between {city} and {other} on {topic}.'],
  'external platform': ['{city} posted on the Online Hub forum about {topic}.'],
};

export function buildEngagements(
  ctx: DemoContext,
  net: DemoNetwork,
  events: EventRecord[],
  mailings: MailingRecord[],
  partners: PartnerRecord[],
  count: number,
): EngagementRecord[] {
  const r = ctx.rnd;
  const pool = weightedCities(net);
  const pastEvents = events.filter((e) => e.status === 'held');
  const sentMailings = mailings.filter((m) => m.startedAt !== null);
  const out: EngagementRecord[] = [];
  const activeByCity = new Map<string, ContactRecord[]>();
  for (let i = 0; i < count; i++) {
    const city = r.pick(pool);
    const hubKey = net.hubKeyById[city.hubId]!;
    let type = r.weighted([
      ['email', 25],
      ['meeting', 15],
      ['bi-weekly call', hubKey === 'MU' ? 20 : 2],
      ['event', pastEvents.length > 0 ? 10 : 0],
      ['training', 8],
      ['newsletter', sentMailings.length > 0 ? 12 : 0],
      ['peer exchange', 5],
      ['external platform', 10],
    ] as const) as EngagementRecord['type'];
    if (hubKey !== 'MU' && type === 'bi-weekly call') type = 'meeting';
    let date = ctx.daysAgo(r.int(0, ctx.historyDays));
    let eventId: string | null = null;
    let source: EngagementRecord['source'] = 'manual';
    let sourceRef: string | null = null;
    if (type === 'event') {
      const ev = r.pick(pastEvents);
      eventId = ev.id;
      date = ev.startsOn;
    } else if (type === 'newsletter' || (type === 'email' && r.chance(0.3) && sentMailings.length > 0)) {
      const m = r.pick(sentMailings);
      date = new Date(m.startedAt!.getFullYear(), m.startedAt!.getMonth(), m.startedAt!.getDate());
      source = 'mailing';
      sourceRef = m.id;
    } else if (type === 'external platform') {
      source = 'external platform';
      sourceRef = 'Online Hub forum';
    }
    const cities = [city.id];
    let other: CityRecord | null = null;
    if (type === 'peer exchange') {
      other = r.pick(pool);
      if (other.id !== city.id) cities.push(other.id);
    }
    let contacts = activeByCity.get(city.id);
    if (!contacts) {
      contacts = (net.contactsByOrg.get(city.id) ?? []).filter((c) => c.activeTo === null);
      activeByCity.set(city.id, contacts);
    }
    const staff = net.staffByHub[hubKey].length > 0 ? net.staffByHub[hubKey] : net.staffByHub.MU;
    const topic = city.priorities.length > 0 ? r.pick(city.priorities) : r.pick(DEFAULT_TOPICS);
    const followUp =
      type !== 'newsletter' && r.chance(0.2)
        ? new Date(date.getFullYear(), date.getMonth(), date.getDate() + r.int(7, 30))
        : null;
    out.push({
      id: ctx.nextId('ENG'),
      date,
      type,
      cityIds: cities,
      contactIds: r.sample(contacts, r.int(1, 2)).map((c) => c.id),
      partnerIds: partners.length > 0 && r.chance(0.08) ? [r.pick(partners).id] : [],
      staffIds: type === 'newsletter' ? [] : r.sample(staff, r.int(1, 2)).map((s) => s.id),
      topics: [topic],
      summary: r
        .pick(SUMMARIES[type])
        .replace('{city}', city.name)
        .replace('{other}', other && other.id !== city.id ? other.name : 'a peer city')
        .replace('{topic}', topic),
      followUpOn: followUp,
      followUpDone: followUp !== null && followUp.getTime() < ctx.today.getTime() && r.chance(0.7),
      source,
      sourceRef,
      eventId,
      ...ctx.bookkeeping(ctx.atWorkingHour(date)),
    });
  }
  // History is appended as it happens: rows in date order, ids in row order (the same set of ids).
  const ids = out.map((e) => e.id);
  out.sort((a, b) => a.date.getTime() - b.date.getTime());
  out.forEach((e, i) => {
    e.id = ids[i]!;
  });
  return out;
}
