// Each indicator computation of the Indicators tab, for one period and optionally one hub: pure counting over the
// Dashboard's data (dashboardData.ts), so the refresh, the tests and a report agree on every figure.

import type { INDICATOR_COMPUTATIONS } from '../../../sheets-templates';
import { localDateOf } from '../calendar/localDate';
import { workingDaysBetween } from '../calendar/workingDays';
import { type DashboardData, engagementHubs, type HubIndex } from './dashboardData';
import { daysBefore, inPeriod, type Period } from './periods';

export type Computation = (typeof INDICATOR_COMPUTATIONS)[number];

/** Computations whose past value cannot be rebuilt from the tabs (a review date is overwritten): current only. */
export const SNAPSHOT_COMPUTATIONS: readonly Computation[] = ['stale profiles'];

/** Statuses whose profiles are kept up to date (as the Stale profiles sidebar counts them). */
const TRACKED_STATUSES = ['member', 'applicant', 'lapsed', 'prospect'];
const LEFT_STATUSES = ['lapsed', 'withdrawn'];

/** The last day a period's figure is taken on: its last day, or today for the period under way. */
export function endDayOf(p: Period, today: string): string {
  const last = daysBefore(p.to, 1);
  return last < today ? last : today;
}

/** Whether a city was a member on `day`: joined by then, and still a member, or left only after it. */
export function memberOn(c: DashboardData['cities'][number], day: string): boolean {
  if (c.status === 'member') return c.joinedOn === null || c.joinedOn <= day;
  if (!LEFT_STATUSES.includes(c.status) || c.joinedOn === null || c.joinedOn > day) return false;
  return c.statusChangedOn !== null && c.statusChangedOn > day;
}

export interface IndicatorContext {
  data: DashboardData;
  index: HubIndex;
  /** A hub id to count that hub only, or null for the whole network. */
  hub: string | null;
}

const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

function membersOn(ctx: IndicatorContext, day: string) {
  return ctx.data.cities.filter((c) => (ctx.hub === null || c.hubId === ctx.hub) && memberOn(c, day));
}

/** Cities an engagement in (from, to] reached, directly or through one of their contacts. */
function citiesEngaged(ctx: IndicatorContext, after: string, upTo: string): Set<string> {
  const contactCity = new Map(ctx.data.contacts.map((c) => [c.id, c.orgId]));
  const out = new Set<string>();
  for (const e of ctx.data.engagements) {
    if (e.date === null || e.date <= after || e.date > upTo) continue;
    for (const id of e.cityIds) out.add(id);
    for (const id of e.contactIds) {
      const city = contactCity.get(id);
      if (city) out.add(city);
    }
  }
  return out;
}

type Stamp = Date | null;

/** Within-target share of answers: items received in the period, answered within `days` working days. */
function withinTarget(
  ctx: IndicatorContext,
  p: Period,
  days: number,
  received: (a: DashboardData['applications'][number]) => Stamp,
  answers: (a: DashboardData['applications'][number]) => Stamp[],
  now: Date,
): number | null {
  const { calendar, timeZone } = ctx.data;
  let counted = 0;
  let within = 0;
  for (const a of ctx.data.applications) {
    if (ctx.hub !== null && a.hubId !== ctx.hub) continue;
    const from = received(a);
    if (!from || !inPeriod(localDateOf(from, timeZone), p)) continue;
    const answer = answers(a)
      .filter((d): d is Date => d !== null && d.getTime() >= from.getTime())
      .sort((x, y) => x.getTime() - y.getTime())[0];
    const elapsed = workingDaysBetween(from, answer ?? now, calendar);
    if (answer) {
      counted++;
      if (elapsed <= days) within++;
    } else if (elapsed > days) counted++; // still unanswered and already late: it missed the target
  }
  return percent(within, counted);
}

/** The figure of `computation` for period `p`; null when it has no meaning (no members, nothing answered…). */
export function indicatorValue(
  computation: Computation,
  parameter: number | null,
  p: Period,
  ctx: IndicatorContext,
  now: Date,
): number | null {
  const { data, index, hub } = ctx;
  const today = data.today;
  const end = endDayOf(p, today);
  const cityInHub = (id: string) => hub === null || index.cityHub.get(id) === hub;
  const contactInHub = (id: string) => hub === null || index.contactHub.get(id) === hub;
  switch (computation) {
    case 'members':
      return membersOn(ctx, end).length;
    case 'new members':
      return data.cities.filter((c) => cityInHub(c.id) && inPeriod(c.joinedOn, p)).length;
    case 'engaged share':
    case 'not engaged': {
      const fallback = computation === 'engaged share' ? data.defaults.engagedWithinDays : 180;
      const engaged = citiesEngaged(ctx, daysBefore(end, parameter ?? fallback), end);
      const members = membersOn(ctx, end);
      const reached = members.filter((c) => engaged.has(c.id)).length;
      return computation === 'engaged share' ? percent(reached, members.length) : members.length - reached;
    }
    case 'enquiries within target':
      return withinTarget(
        ctx,
        p,
        parameter ?? data.defaults.slaWorkingDays,
        (a) => a.enquiryReceivedAt,
        (a) => [a.formSentAt, a.declinedAt, a.applicationReceivedAt],
        now,
      );
    case 'applications within target':
      return withinTarget(
        ctx,
        p,
        parameter ?? data.defaults.slaWorkingDays,
        (a) => a.applicationReceivedAt,
        (a) => [a.approvedAt, a.declinedAt, a.moreInfoRequestedAt],
        now,
      );
    case 'mailings sent':
    case 'mailing reach': {
      const sent = data.sends.filter(
        (s) => s.status === 'sent' && inPeriod(s.sentOn, p) && contactInHub(s.contactId),
      );
      const key =
        computation === 'mailings sent'
          ? (s: (typeof sent)[number]) => s.mailingId
          : (s: (typeof sent)[number]) => s.contactId;
      return new Set(sent.map(key)).size;
    }
    case 'opt-outs':
      return data.contacts.filter((c) => c.optedOut && inPeriod(c.optedOutOn, p) && contactInHub(c.id))
        .length;
    case 'matches proposed':
      return data.matches.filter((m) => cityInHub(m.seekingCityId) && inPeriod(m.proposedOn, p)).length;
    case 'matches introduced':
      return data.matches.filter((m) => cityInHub(m.seekingCityId) && inPeriod(m.introducedOn, p)).length;
    case 'match outcomes':
      return data.matches.filter(
        (m) =>
          cityInHub(m.seekingCityId) &&
          m.status === 'outcome recorded' &&
          m.outcome.trim() !== '' &&
          inPeriod(m.outcomeOn, p),
      ).length;
    case 'event participants': {
      const eventsIn = new Set(data.events.filter((e) => inPeriod(e.startsOn, p)).map((e) => e.id));
      return data.participants.filter(
        (x) =>
          x.status === 'attended' &&
          eventsIn.has(x.eventId) &&
          (hub === null || participantHub(x, index) === hub),
      ).length;
    }
    case 'stale profiles': {
      const maxDays = parameter ?? data.defaults.staleProfileDays;
      const limit = daysBefore(end, maxDays);
      return data.cities.filter(
        (c) =>
          cityInHub(c.id) &&
          TRACKED_STATUSES.includes(c.status) &&
          (c.reviewedOn === null || c.reviewedOn <= limit),
      ).length;
    }
    case 'engagements':
      return data.engagements.filter(
        (e) => inPeriod(e.date, p) && (hub === null || engagementHubs(e, index).has(hub)),
      ).length;
    case 'engagements all time': {
      const live = data.engagements.filter(
        (e) => e.date !== null && e.date < p.to && (hub === null || engagementHubs(e, index).has(hub)),
      ).length;
      const archived = data.archived
        .filter((a) => a.scope === 'city' && cityInHub(a.recordId))
        .reduce((n, a) => n + a.engagements, 0);
      return live + archived;
    }
    case 'sends all time': {
      const live = data.sends.filter(
        (s) => s.status === 'sent' && s.sentOn !== null && s.sentOn < p.to && contactInHub(s.contactId),
      ).length;
      const archived = data.archived
        .filter((a) => a.scope === 'contact' && contactInHub(a.recordId))
        .reduce((n, a) => n + a.sends, 0);
      return live + archived;
    }
  }
}

/** A participant's hub: their city's, else the event's. */
export function participantHub(x: DashboardData['participants'][number], index: HubIndex): string {
  return index.contactHub.get(x.contactId) ?? index.eventHub.get(x.eventId) ?? '';
}

export type TargetStatus = 'met' | 'not met' | '';

/** Whether the current value meets the target in the intended direction ('maintain': within 5% of it). */
export function targetStatus(value: number | null, target: number | null, direction: string): TargetStatus {
  if (value === null || target === null) return '';
  if (direction === 'increase') return value >= target ? 'met' : 'not met';
  if (direction === 'decrease') return value <= target ? 'met' : 'not met';
  return Math.abs(value - target) <= Math.abs(target) * 0.05 ? 'met' : 'not met';
}
