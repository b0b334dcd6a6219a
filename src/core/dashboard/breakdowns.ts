// The Dashboard's tables behind its charts: members by hub and status, trends per quarter, engagements by type and
// by channel (source), and event participation by hub and gender. Pure; rows are plain arrays ready to write.

import {
  ENGAGEMENT_SOURCES,
  ENGAGEMENT_TYPES,
  MEMBERSHIP_STATUSES,
  PARTICIPANT_GENDERS,
} from '../../../sheets-templates';
import { type DashboardData, engagementHubs, type HubIndex } from './dashboardData';
import { indicatorValue, participantHub } from './indicatorValues';
import { inPeriod, type Period } from './periods';

export interface Breakdown {
  /** Row labels' header, then one header per value column. */
  headers: string[];
  rows: (string | number)[][];
}

/** Current membership status counts, one row per hub (hub ids → names by `hubName`). */
export function membersByHubAndStatus(
  data: DashboardData,
  hubs: readonly { id: string; name: string }[],
  hub: string | null,
): Breakdown {
  const shown = hubs.filter((h) => hub === null || h.id === hub);
  const rows = shown.map((h) => [
    h.name,
    ...MEMBERSHIP_STATUSES.map((s) => data.cities.filter((c) => c.hubId === h.id && c.status === s).length),
  ]);
  return { headers: ['Hub', ...MEMBERSHIP_STATUSES], rows };
}

/** New members, engagements and messages sent per quarter, oldest first. */
export function trendsByQuarter(
  data: DashboardData,
  index: HubIndex,
  quarters: readonly Period[],
  hub: string | null,
  now: Date,
): Breakdown {
  const ctx = { data, index, hub };
  return {
    headers: ['Quarter', 'new members', 'engagements', 'messages sent'],
    rows: quarters.map((q) => [
      q.label,
      indicatorValue('new members', null, q, ctx, now) ?? 0,
      indicatorValue('engagements', null, q, ctx, now) ?? 0,
      data.sends.filter(
        (s) =>
          s.status === 'sent' &&
          inPeriod(s.sentOn, q) &&
          (hub === null || index.contactHub.get(s.contactId) === hub),
      ).length,
    ]),
  };
}

/** Engagements in `span` counted by one field (type or source), every vocabulary value listed in order. */
export function engagementsBy(
  data: DashboardData,
  index: HubIndex,
  span: { from: string; to: string },
  hub: string | null,
  field: 'type' | 'source',
): Breakdown {
  const values: readonly string[] = field === 'type' ? ENGAGEMENT_TYPES : ENGAGEMENT_SOURCES;
  const counts = new Map(values.map((v) => [v, 0]));
  for (const e of data.engagements) {
    if (!inPeriod(e.date, span) || (hub !== null && !engagementHubs(e, index).has(hub))) continue;
    const key = e[field];
    if (counts.has(key)) counts.set(key, counts.get(key)! + 1);
  }
  return { headers: [field === 'type' ? 'Type' : 'Channel', 'engagements'], rows: [...counts] };
}

/** Participants who attended events starting in `span`, by hub and gender ('not recorded' when left empty). */
export function participationByHubAndGender(
  data: DashboardData,
  index: HubIndex,
  hubs: readonly { id: string; name: string }[],
  span: { from: string; to: string },
  hub: string | null,
): Breakdown {
  const genders = [...PARTICIPANT_GENDERS, 'not recorded'];
  const events = new Set(data.events.filter((e) => inPeriod(e.startsOn, span)).map((e) => e.id));
  const shown = hubs.filter((h) => hub === null || h.id === hub);
  const rows = shown.map((h) => {
    const mine = data.participants.filter(
      (x) => x.status === 'attended' && events.has(x.eventId) && participantHub(x, index) === h.id,
    );
    return [
      h.name,
      ...genders.map(
        (g) =>
          mine.filter((x) =>
            g === 'not recorded' ? !PARTICIPANT_GENDERS.includes(x.gender as never) : x.gender === g,
          ).length,
      ),
    ];
  });
  return { headers: ['Hub', ...genders], rows };
}
