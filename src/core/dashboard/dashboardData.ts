// What the Dashboard's computations read: a few fields of each source tab, with dates already as local days
// ('YYYY-MM-DD' in the network's time zone), plus the archived totals of History summary.

import type { WorkingCalendar } from '../calendar/workingDays';

export interface CityLine {
  id: string;
  hubId: string;
  status: string;
  joinedOn: string | null;
  statusChangedOn: string | null;
  reviewedOn: string | null;
}

export interface ContactLine {
  id: string;
  orgId: string;
  optedOut: boolean;
  optedOutOn: string | null;
}

export interface EngagementLine {
  date: string | null;
  type: string;
  source: string;
  cityIds: string[];
  contactIds: string[];
}

/** An application's stamps as instants (working days are counted from them in the calendar's zone). */
export interface ApplicationLine {
  hubId: string;
  enquiryReceivedAt: Date | null;
  formSentAt: Date | null;
  applicationReceivedAt: Date | null;
  moreInfoRequestedAt: Date | null;
  approvedAt: Date | null;
  declinedAt: Date | null;
}

export interface SendLine {
  mailingId: string;
  contactId: string;
  status: string;
  sentOn: string | null;
}

export interface MatchLine {
  status: string;
  seekingCityId: string;
  offeringCityId: string;
  proposedOn: string | null;
  introducedOn: string | null;
  outcomeOn: string | null;
  outcome: string;
}

export interface EventLine {
  id: string;
  hubId: string;
  startsOn: string | null;
}

export interface ParticipantLine {
  eventId: string;
  contactId: string;
  status: string;
  gender: string;
}

/** One History summary line: a city's or a contact's archived totals (all time). */
export interface ArchivedLine {
  scope: 'city' | 'contact';
  recordId: string;
  engagements: number;
  sends: number;
}

export interface DashboardData {
  today: string;
  timeZone: string;
  calendar: WorkingCalendar;
  cities: CityLine[];
  contacts: ContactLine[];
  engagements: EngagementLine[];
  applications: ApplicationLine[];
  sends: SendLine[];
  matches: MatchLine[];
  events: EventLine[];
  participants: ParticipantLine[];
  archived: ArchivedLine[];
  /** Settings' defaults for the indicators with a parameter. */
  defaults: { slaWorkingDays: number; engagedWithinDays: number; staleProfileDays: number };
}

/** Which hub a record belongs to, through the city it is about (a contact through its city). */
export interface HubIndex {
  cityHub: Map<string, string>;
  contactHub: Map<string, string>;
  eventHub: Map<string, string>;
}

export function hubIndex(data: DashboardData): HubIndex {
  const cityHub = new Map(data.cities.map((c) => [c.id, c.hubId]));
  const contactHub = new Map<string, string>();
  for (const c of data.contacts) {
    const hub = cityHub.get(c.orgId);
    if (hub !== undefined) contactHub.set(c.id, hub);
  }
  return { cityHub, contactHub, eventHub: new Map(data.events.map((e) => [e.id, e.hubId])) };
}

/** The hubs an engagement touches: those of its cities, else of its contacts' cities. */
export function engagementHubs(e: EngagementLine, index: HubIndex): Set<string> {
  const hubs = new Set<string>();
  for (const id of e.cityIds) {
    const h = index.cityHub.get(id);
    if (h) hubs.add(h);
  }
  if (hubs.size === 0)
    for (const id of e.contactIds) {
      const h = index.contactHub.get(id);
      if (h) hubs.add(h);
    }
  return hubs;
}
