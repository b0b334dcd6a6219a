// Builds a whole demo workbook (every tab's rows as typed records) from a seed, deterministically.

import type {
  ApplicationRecord,
  AuditRecord,
  CityRecord,
  ContactRecord,
  EngagementRecord,
  EventRecord,
  FollowUpRecord,
  HubRecord,
  IndicatorRecord,
  MailingRecord,
  MatchRecord,
  NeedRecord,
  OfferRecord,
  ParticipantRecord,
  PartnerRecord,
  SendRecord,
  SettingsRow,
  StaffRecord,
  SuppressionRecord,
  SurveyRecord,
  TemplateRecord,
  WatchRecord,
} from '../../sheets-templates/index';
import { INDICATOR_SEEDS, indicatorRowOf } from '../../sheets-templates/indicatorSeeds';
import { languageOf } from '../core/messages/language';
import { defaultSettings, type Settings, settingsRows } from '../core/schema/settings';
import { buildEngagements, buildMatches, buildNeeds } from './activity';
import { buildApplications } from './applications';
import { buildAudit } from './audit';
import { DemoContext, isoDay } from './context';
import { buildEvents, buildParticipants } from './events';
import { buildMailings, buildSuppressions, buildTemplates } from './mail';
import { buildNetwork, SAFE_MAIL_SUFFIX } from './network';
import { buildOffers } from './offers';
import { buildPartners } from './partners';

/** Rows per tab. `cityContacts` + `partnerContacts` = Contacts. */
export interface DemoCounts {
  cities: number;
  cityContacts: number;
  partners: number;
  partnerContacts: number;
  applications: number;
  engagements: number;
  needs: number;
  offers: number;
  matches: number;
  events: number;
  participants: number;
  mailings: number;
  sends: number;
  extraSuppressions: number;
  audit: number;
}

export type DemoSize = 'demo' | 'bench';

/**
 * 'demo': the network today (≈200 cities, 1,500 contacts). 'bench': DESIGN §7's ×10 benchmark workbook —
 * exactly 300 cities, 3,000 contacts, 30,000 engagements, 2,000 applications and 20,000 sends.
 */
export const DEMO_COUNTS: Readonly<Record<DemoSize, Readonly<DemoCounts>>> = {
  demo: {
    cities: 200,
    cityContacts: 1400,
    partners: 40,
    partnerContacts: 100,
    applications: 120,
    engagements: 3000,
    needs: 400,
    offers: 300,
    matches: 60,
    events: 24,
    participants: 600,
    mailings: 18,
    sends: 4000,
    extraSuppressions: 5,
    audit: 400,
  },
  bench: {
    cities: 300,
    cityContacts: 2800,
    partners: 80,
    partnerContacts: 200,
    applications: 2000,
    engagements: 30000,
    needs: 900,
    offers: 600,
    matches: 150,
    events: 60,
    participants: 2000,
    mailings: 42,
    sends: 20000,
    extraSuppressions: 10,
    audit: 2000,
  },
};

export interface DemoOptions {
  seed?: number | string;
  /** The reference day; data covers the two years before it (events also the next six months). */
  today?: Date;
  size?: DemoSize;
  /** Per-tab overrides of the size's counts. */
  counts?: Partial<DemoCounts>;
  /** Multiplies every count of the size (the benchmark's `--scale N`; 1 by default). */
  scale?: number;
  /** Years of engagement and mailing history before `today` (2 by default; the benchmark spreads five). */
  historyYears?: number;
  /**
   * Contact and applicant addresses end in the reserved '.example' domain by default, so a demo workbook
   * can never mail a real municipality. Pass '' for bare, real-looking domains (offline use only).
   */
  mailSuffix?: string;
}

/** Rows per tab as typed records (see sheets-templates/index.ts for the value conventions). */
export interface DemoWorkbook {
  seed: number | string;
  today: Date;
  counts: DemoCounts;
  settings: Settings;
  Cities: CityRecord[];
  Contacts: ContactRecord[];
  Partners: PartnerRecord[];
  Hubs: HubRecord[];
  Staff: StaffRecord[];
  Applications: ApplicationRecord[];
  Engagements: EngagementRecord[];
  Needs: NeedRecord[];
  Offers: OfferRecord[];
  /** Needs-survey responses: none in the demo (its needs carry their source without a response behind them). */
  Surveys: SurveyRecord[];
  Matches: MatchRecord[];
  Events: EventRecord[];
  Participants: ParticipantRecord[];
  /** Follow-ups and the political-event watch (issue 17): none in the demo yet; people add them. */
  'Follow-ups': FollowUpRecord[];
  Watch: WatchRecord[];
  Templates: TemplateRecord[];
  Mailings: MailingRecord[];
  Sends: SendRecord[];
  Suppressions: SuppressionRecord[];
  /** The default indicators, as setup seeds them (issue 15). */
  Indicators: IndicatorRecord[];
  Audit: AuditRecord[];
  Settings: SettingsRow[];
}

/** A fixed default day keeps generation deterministic when the caller gives no date. */
export const DEFAULT_DEMO_TODAY = new Date(2026, 2, 16);

function demoSettings(today: Date): Settings {
  const settings = defaultSettings();
  const year = today.getFullYear();
  for (const y of [year - 2, year - 1, year]) {
    for (const [m, d] of [
      [0, 1],
      [11, 25],
      [11, 26],
    ] as const)
      settings.holidays.push(new Date(y, m, d));
  }
  settings.replyTo = 'membership@strongcities.org';
  settings.termsOfReferenceUrl = 'https://strongcities.org/terms-of-reference';
  settings.onlineHubUrl = 'https://hub.strongcities.org';
  settings.digestRecipients = [];
  return settings;
}

export function generateDemoWorkbook(options: DemoOptions = {}): DemoWorkbook {
  const seed = options.seed ?? 1;
  const scale = Math.max(1, Math.floor(options.scale ?? 1));
  const base = DEMO_COUNTS[options.size ?? 'demo'];
  const scaled = Object.fromEntries(
    Object.entries(base).map(([k, v]) => [k, v * scale]),
  ) as unknown as DemoCounts;
  const counts: DemoCounts = { ...scaled, ...options.counts };
  const suffix = options.mailSuffix ?? SAFE_MAIL_SUFFIX;
  const ctx = new DemoContext(
    seed,
    options.today ?? DEFAULT_DEMO_TODAY,
    Math.round((options.historyYears ?? 2) * 365),
  );
  const settings = demoSettings(ctx.today);
  for (const h of settings.holidays) ctx.holidays[isoDay(h)] = true;

  const net = buildNetwork(ctx, counts.cities, counts.cityContacts, suffix);
  const { partners, contacts: partnerContacts } = buildPartners(
    ctx,
    net,
    counts.partners,
    counts.partnerContacts,
    suffix,
  );
  for (const c of partnerContacts) net.contacts.push(c);
  const applications = buildApplications(ctx, net, counts.applications, settings.slaWorkingDays, suffix);
  const events = buildEvents(ctx, net, counts.events);
  const participants = buildParticipants(ctx, net, events, counts.participants);
  const templates = buildTemplates(ctx, settings.languages);
  const { mailings, sends } = buildMailings(ctx, net, templates, events, counts.mailings, counts.sends);
  const suppressions = buildSuppressions(ctx, net, sends, counts.extraSuppressions);
  const needs = buildNeeds(ctx, net, counts.needs);
  const matches = buildMatches(ctx, net, needs, partners, counts.matches);
  const engagements = buildEngagements(ctx, net, events, mailings, partners, counts.engagements);
  const audit = buildAudit(ctx, net, applications, mailings, engagements, counts.audit);
  // Last, so that the rows above stay as they were before offers existed.
  const offers = buildOffers(ctx, net.cities, partners, counts.offers);
  // No random draw here, so adding indicators left every other row as it was.
  const lang = languageOf(settings.defaultLanguage);
  const indicators: IndicatorRecord[] = INDICATOR_SEEDS.map((s) => ({
    id: ctx.nextId('IND'),
    ...indicatorRowOf(s, lang),
    notes: null,
    ...ctx.bookkeeping(ctx.daysAgo(400)),
  }));

  return {
    seed,
    today: ctx.today,
    counts,
    settings,
    Cities: net.cities,
    Contacts: net.contacts,
    Partners: partners,
    Hubs: net.hubs,
    Staff: net.staff,
    Applications: applications,
    Engagements: engagements,
    Needs: needs,
    Offers: offers,
    Surveys: [],
    Matches: matches,
    Events: events,
    Participants: participants,
    'Follow-ups': [],
    Watch: [],
    Templates: templates,
    Mailings: mailings,
    Sends: sends,
    Suppressions: suppressions,
    Indicators: indicators,
    Audit: audit,
    Settings: settingsRows(settings, languageOf(settings.defaultLanguage)).map(([key, value, notes]) => ({
      key: key!,
      value: value || null,
      notes: notes || null,
    })),
  };
}
