// Demo events over the history (two years by default) and the next six months, with participants and their logistics.

import type { ContactRecord, EventRecord, ParticipantRecord } from '../../sheets-templates/index';
import { DEFAULT_TOPICS } from '../../sheets-templates/vocabularies';
import { apportion, type DemoContext } from './context';
import type { DemoNetwork } from './network';
import { HUB_KEYS, type HubKey } from './places';

const HUB_LABEL: Record<HubKey, string> = {
  ESA: 'East & Southern Africa',
  MENA: 'MENA',
  SA: 'South Asia',
  WB: 'Western Balkans',
  MU: 'Global',
};
const HUB_EVENT_LANGUAGES: Record<HubKey, string[]> = {
  ESA: ['en', 'fr'],
  MENA: ['ar', 'en', 'fr'],
  SA: ['en'],
  WB: ['en'],
  MU: ['en', 'fr', 'es', 'ar'],
};

function eventName(type: EventRecord['type'], hub: HubKey, topic: string, year: number): string {
  const t = topic.charAt(0).toUpperCase() + topic.slice(1);
  switch (type) {
    case 'conference':
      return hub === 'MU'
        ? `Strong Cities Global Summit ${year}`
        : `${HUB_LABEL[hub]} Regional Conference ${year}`;
    case 'steering committee':
      return `International Steering Committee meeting ${year}`;
    case 'working group':
      return `Working group: ${t}`;
    case 'webinar':
      return `Webinar: ${t}`;
    case 'exchange visit':
      return `${HUB_LABEL[hub]} exchange visit on ${topic}`;
    case 'training':
      return `Training: ${t} for practitioners`;
    default:
      return `${HUB_LABEL[hub]} workshop: ${t}`;
  }
}

/** The issue-16 participant columns the demo leaves empty (demo participants are all contacts). */
const NO_EXTERNAL = {
  name: null,
  email: null,
  organisation: null,
  country: null,
  gender: null,
  travelFrom: null,
  nationality: null,
  passportNumber: null,
  dietary: null,
  access: null,
  responseId: null,
  statusSince: null,
  issuesFound: null,
  engagementId: null,
  visaLetterUrl: null,
} as const;

export function buildEvents(ctx: DemoContext, net: DemoNetwork, count: number): EventRecord[] {
  const r = ctx.rnd;
  const out: EventRecord[] = [];
  for (let i = 0; i < count; i++) {
    const type = r.weighted([
      ['webinar', 30],
      ['workshop', 20],
      ['training', 15],
      ['working group', 12],
      ['exchange visit', 8],
      ['conference', 8],
      ['steering committee', 7],
    ] as const);
    const hub = type === 'steering committee' ? 'MU' : r.pick(HUB_KEYS);
    const online = type === 'webinar' || type === 'working group' || (type === 'training' && r.chance(0.5));
    // Over the whole history (two years by default, five in the bench), as engagements and mailings are: events
    // fixed to the last two years put every event engagement and participant inside the archive window.
    const start = ctx.daysAgo(r.int(-180, ctx.historyDays));
    const length = online ? 0 : type === 'conference' ? 2 : r.int(0, 2);
    const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + length);
    const hubCities = net.cities.filter((c) => c.hubId === net.hubIdByKey[hub]);
    const host = hubCities.length > 0 ? r.pick(hubCities) : r.pick(net.cities);
    const past = end.getTime() < ctx.today.getTime();
    const status: EventRecord['status'] = past
      ? r.chance(0.05)
        ? 'cancelled'
        : 'held'
      : r.weighted([
          ['planned', 3],
          ['invitations sent', 3],
          ['registration closed', 1],
        ] as const);
    out.push({
      id: ctx.nextId('EVT'),
      name: eventName(type, hub, r.pick(DEFAULT_TOPICS), start.getFullYear()),
      type,
      startsOn: start,
      endsOn: end,
      online,
      place: online
        ? null
        : `${host.name}, ${r.pick(['City Hall', 'Conference Centre', 'Town Hall', 'University Campus'])}`,
      country: online ? null : host.country,
      hubId: net.hubIdByKey[hub],
      languages: online ? ['en'] : HUB_EVENT_LANGUAGES[hub],
      capacity: online ? r.int(50, 300) : r.int(20, 120),
      status,
      summaryDocUrl:
        status === 'held' && r.chance(0.6)
          ? `https://docs.google.com/document/d/${r.chars(44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}/edit`
          : null,
      notes: null,
      // Logistics the demo leaves empty (issue 16 columns): a coordinator fills them per event.
      timeZone: null,
      platformLink: null,
      purpose: null,
      budget: null,
      visaLeadDays: null,
      registrationFormId: null,
      sessions: null,
      // As the daily jobs leave it: travel data of events over the default 90 days ago are cleared (retention).
      travelClearedAt: travelClearedOn(end, ctx.today),
      ...ctx.bookkeeping(ctx.daysAgo(Math.max(0, ctx.daysBetween(start, ctx.today) + r.int(20, 90)))),
    });
  }
  return out;
}

export function buildParticipants(
  ctx: DemoContext,
  net: DemoNetwork,
  events: EventRecord[],
  count: number,
): ParticipantRecord[] {
  const r = ctx.rnd;
  const out: ParticipantRecord[] = [];
  const active = net.contacts.filter((c) => c.activeTo === null);
  const byHub = new Map<string, ContactRecord[]>();
  const hubOfCity = new Map(net.cities.map((c) => [c.id, c.hubId] as const));
  for (const c of active) {
    const hubId = hubOfCity.get(c.orgId) ?? '';
    const list = byHub.get(hubId) ?? [];
    list.push(c);
    byHub.set(hubId, list);
  }
  const perEvent = apportion(
    count,
    events.map((e) => e.capacity ?? 30),
  );
  events.forEach((ev, ei) => {
    const local = byHub.get(ev.hubId ?? '') ?? [];
    const want = Math.min(perEvent[ei]!, active.length);
    const fromHub = r.sample(local, Math.min(local.length, Math.round(want * 0.7)));
    const chosen = new Set(fromHub.map((c) => c.id));
    const rest: ContactRecord[] = [];
    for (const c of r.sample(active, want * 2)) {
      if (rest.length + fromHub.length >= want) break;
      if (!chosen.has(c.id)) {
        chosen.add(c.id);
        rest.push(c);
      }
    }
    // A small audience sample can come up short: top up in list order so counts stay exact.
    for (let k = 0; rest.length + fromHub.length < want && k < active.length; k++) {
      if (!chosen.has(active[k]!.id)) {
        chosen.add(active[k]!.id);
        rest.push(active[k]!);
      }
    }
    const past = ev.endsOn.getTime() < ctx.today.getTime();
    const cleared = ev.travelClearedAt;
    for (const c of fromHub.concat(rest)) {
      const cityCountry = net.cityInfo.get(c.orgId)?.place.country.name ?? null;
      const travels = !ev.online && cityCountry !== ev.country;
      const interpretation = c.language !== 'en' && ev.languages.indexOf(c.language) >= 0 ? c.language : null;
      const status: ParticipantRecord['status'] = past
        ? ev.status === 'cancelled'
          ? 'declined'
          : r.weighted([
              ['attended', 8],
              ['no-show', 1],
              ['declined', 1],
            ] as const)
        : r.weighted([
            ['invited', 4],
            ['registered', 3],
            ['confirmed', 2],
            ['declined', 1],
          ] as const);
      out.push({
        id: ctx.nextId('PAR'),
        eventId: ev.id,
        contactId: c.id,
        ...NO_EXTERNAL,
        role: r.weighted([
          ['participant', 85],
          ['speaker', 8],
          ['moderator', 3],
          ['observer', 4],
        ] as const),
        status,
        travel: ev.online
          ? null
          : travels
            ? past
              ? 'booked'
              : r.pick(['requested', 'booked'] as const)
            : 'not needed',
        visa: travels
          ? r.weighted([
              ['not needed', 6],
              ['letter requested', 1],
              ['letter sent', 1],
              ['granted', 2],
            ] as const)
          : null,
        accommodation: ev.online ? null : travels ? 'booked' : r.pick(['not needed', 'requested'] as const),
        interpretationLanguage: interpretation,
        arrivesOn: travels
          ? new Date(ev.startsOn.getFullYear(), ev.startsOn.getMonth(), ev.startsOn.getDate() - 1)
          : null,
        departsOn: travels
          ? new Date(ev.endsOn.getFullYear(), ev.endsOn.getMonth(), ev.endsOn.getDate() + 1)
          : null,
        notes: r.chance(0.05)
          ? r.pick(['Vegetarian meals.', 'Step-free access needed.', 'Halal meals.'])
          : null,
        travelClearedAt: cleared,
        ...(cleared ? { arrivesOn: null, departsOn: null, notes: null } : {}),
        ...ctx.bookkeeping(ctx.daysAgo(Math.max(0, ctx.daysBetween(ev.startsOn, ctx.today) + r.int(5, 40)))),
      });
    }
  });
  return out;
}

/** The default retention (Keep event travel data: 90 days) as the daily jobs apply it: the day after it ends. */
function travelClearedOn(end: Date, today: Date): Date | null {
  const due = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 91, 6);
  return due.getTime() < today.getTime() ? due : null;
}
