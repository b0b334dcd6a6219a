// Members › City profile: the city with its contacts, recent engagement, needs, matches and review state.

import {
  CITIES,
  CONTACTS,
  ENGAGEMENTS,
  HISTORY_SUMMARY,
  MATCHES,
  NEEDS,
  OFFERS,
  SENDS,
} from '../../../sheets-templates';
import { message, titleText } from '../../core/messages';
import { type Age, ageBetween } from '../../core/peers/age';
import { daysBetween } from '../../core/profiles/staleProfiles';
import { formatIsoDate } from '../../core/schema/cells';
import { type ArchivedTotals, archivedTotals_ } from '../archive/archivedTotals';
import { type MailingsReceived, mailingsReceived_, RECENT_SENDS } from '../profiles/mailingsReceived';
import { type PlainRecord, plainRecord } from '../records/formSave';
import {
  type Choice,
  type ContactSummary,
  contactSummaries,
  hubChoices,
  recordNames,
} from '../records/lookups';
import { mayEditHub, requireReader } from '../records/sidebarAccess';
import { selectedRowValues, showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { cityWatch_, type WatchLine } from '../relations/watch';
import { readHeadersTogether_, readRowsTogether_ } from '../store/batchRead';
import { keyPatternSource } from '../store/keyPattern';
import { locateByPattern } from '../store/patternSearch';
import { workbook } from '../store/session';

/** How many engagements the profile lists (newest first). */
const RECENT_ENGAGEMENTS = 10;
const SUMMARY_CHARS = 240;

export interface EngagementLine {
  id: string;
  date: string;
  type: string;
  summary: string;
}

export interface NeedLine {
  id: string;
  topic: string;
  priority: string;
  status: string;
  description: string;
  source: string;
  /** YYYY-MM-DD ('' when missing) and how long ago, for "surveyed 8 months ago". */
  surveyedOn: string;
  age: Age | null;
}

/** Practice the city can share (Offers, issue 14), with its age. */
export interface OfferLine {
  id: string;
  topic: string;
  description: string;
  sinceYear: number | null;
  source: string;
  status: string;
  recordedOn: string;
  age: Age | null;
}

export interface MatchLine {
  id: string;
  topic: string;
  /** The other side of the match: a city or partner name. */
  withName: string;
  role: 'seeking' | 'offering';
  score: number;
  status: string;
}

export interface CityProfile {
  language: UiLanguage;
  city: PlainRecord;
  hubName: string;
  canEdit: boolean;
  /** Only admins and coordinators move a city to another hub. */
  canChangeHub: boolean;
  hubs: Choice[];
  lists: { languages: string[]; topics: string[] };
  staleAfterDays: number;
  /** Days since the last review, or null when never reviewed. */
  daysSinceReview: number | null;
  contacts: ContactSummary[];
  engagements: EngagementLine[];
  engagementCount: number;
  /** Engagements and sends moved to the yearly archives (History summary), with links to those archives. */
  archived: ArchivedTotals;
  /** The mailings sent to the city's contacts: live sends read by key, archived ones counted in the summary. */
  mailings: MailingsReceived;
  needs: NeedLine[];
  offers: OfferLine[];
  matches: MatchLine[];
  /** The political-event watch (issue 17): the city's items, newest first, and its elections still ahead. */
  watch: WatchLine[];
  upcomingElections: WatchLine[];
}

/** Menu action: opens the profile of the city selected in the Cities tab (or Find when none is). */
export function showCityProfile(): void {
  const session = workbook();
  const row = selectedRowValues(session, CITIES);
  const id = row ? String(row['id'] ?? '').trim() : '';
  if (id === '') {
    session.spreadsheet.toast(message('toast.selectCity'), titleText('City profile'), 5);
    showSidebarPage('find', 'Find');
    return;
  }
  showSidebarPage('city', 'City profile', { id });
}

function shorten(text: unknown): string {
  const s = String(text ?? '');
  return s.length > SUMMARY_CHARS ? `${s.slice(0, SUMMARY_CHARS - 1)}…` : s;
}

/** Called by the City profile sidebar when it opens (and after a refused save, to reload). */
export function getCityProfile(id: string): CityProfile {
  const session = workbook();
  const caller = requireReader(session, 'read city profiles');
  // The header rows of every tab read by key below, in one call (store/batchRead.ts; one getValues each without
  // the Sheets advanced service).
  readHeadersTogether_(
    session,
    [CITIES, ENGAGEMENTS, NEEDS, OFFERS, MATCHES, CONTACTS, SENDS, HISTORY_SUMMARY].map((d) =>
      session.table(d),
    ),
  );
  const cities = session.table(CITIES);
  const stored = cities.get(String(id ?? ''));
  const city = plainRecord(CITIES, stored);
  const hubs = hubChoices(session);
  const hubId = String(city.values['hubId'] ?? '');
  const { settings } = session.settings();
  const today = session.now();
  const reviewed = stored.values['profileReviewedOn'];

  // Keyed reads (store/table.ts): the city's rows are found by a search of their key column and only they
  // are read, so opening a profile costs the same however long the Engagements history grows.
  const engagements = session.table(ENGAGEMENTS);
  const engagementRows = engagements.locate('cityIds', [city.id], 'listItem');
  const needsTable = session.table(NEEDS);
  const offersTable = session.table(OFFERS);
  const matchesTable = session.table(MATCHES);
  // Seeking city and Offering city sit side by side: one search of both columns (store/patternSearch.ts), the
  // rows read are then checked exactly below.
  const matchRows = locateByPattern(
    matchesTable,
    ['seekingCityId', 'offeringCityId'],
    keyPatternSource([city.id], 'whole'),
    false,
  );
  const contactsTable = session.table(CONTACTS);
  // Every row listed below is found first (one search per tab; the tables keep what they found) and the scattered
  // rows of all these tabs are read in one batchGet; the readers below then find them in memory.
  readRowsTogether_(session, [
    { table: engagements, rows: engagementRows.slice(-RECENT_ENGAGEMENTS) },
    { table: needsTable, rows: needsTable.locate('cityId', [city.id]) },
    { table: offersTable, rows: offersTable.exists() ? offersTable.locate('orgId', [city.id]) : [] },
    { table: matchesTable, rows: matchRows },
    { table: contactsTable, rows: contactsTable.locate('orgId', [city.id]) },
  ]);
  const mine: { date: number; line: EngagementLine }[] = [];
  // History is appended as it happens: the newest engagements are the last rows recorded for the city.
  for (const r of engagements.readRows(engagementRows.slice(-RECENT_ENGAGEMENTS))) {
    const v = engagements.values(r);
    const date = v['date'] instanceof Date ? (v['date'] as Date) : null;
    mine.push({
      date: date ? date.getTime() : 0,
      line: {
        id: String(v['id']),
        date: date ? formatIsoDate(date) : '',
        type: String(v['type'] ?? ''),
        summary: shorten(v['summary']),
      },
    });
  }
  mine.sort((a, b) => b.date - a.date);

  // Needs and offers are read keyed by city too (one search each): the profile's reads stay flat as they grow.
  const todayIso = formatIsoDate(today);
  const dayOf = (d: unknown) => (d instanceof Date ? formatIsoDate(d) : '');
  const ageOf = (iso: string) => (iso ? ageBetween(iso, todayIso) : null);
  const needs: NeedLine[] = [];
  for (const r of needsTable.findRows('cityId', [city.id])) {
    const v = needsTable.values(r);
    const surveyedOn = dayOf(v['surveyedOn']);
    needs.push({
      id: String(v['id']),
      topic: String(v['topic'] ?? ''),
      priority: String(v['priority'] ?? ''),
      status: String(v['status'] ?? ''),
      description: shorten(v['description']),
      source: String(v['source'] ?? ''),
      surveyedOn,
      age: ageOf(surveyedOn),
    });
  }
  needs.sort((a, b) => (a.surveyedOn < b.surveyedOn ? 1 : a.surveyedOn > b.surveyedOn ? -1 : 0));
  const offers: OfferLine[] = [];
  // A workbook set up before issue 14 has no Offers tab until Set up or repair runs.
  for (const r of offersTable.exists() ? offersTable.findRows('orgId', [city.id]) : []) {
    const v = offersTable.values(r);
    const recordedOn = dayOf(v['recordedOn']);
    offers.push({
      id: String(v['id']),
      topic: String(v['topic'] ?? ''),
      description: shorten(v['description']),
      sinceYear: typeof v['sinceYear'] === 'number' ? (v['sinceYear'] as number) : null,
      source: String(v['source'] ?? ''),
      status: String(v['status'] ?? ''),
      recordedOn,
      age: ageOf(recordedOn),
    });
  }
  offers.sort((a, b) => (a.recordedOn < b.recordedOn ? 1 : a.recordedOn > b.recordedOn ? -1 : 0));

  const matchValues = matchesTable.readRows(matchRows).map((r) => matchesTable.values(r));
  const otherOf = (v: Record<string, unknown>) => {
    const seeking = String(v['seekingCityId'] ?? '');
    const offering = String(v['offeringCityId'] ?? '');
    return seeking === city.id ? offering || String(v['offeringPartnerId'] ?? '') : seeking;
  };
  const names = recordNames(session, matchValues.map(otherOf));
  const matches: MatchLine[] = [];
  for (const v of matchValues) {
    const seeking = String(v['seekingCityId'] ?? '');
    const offering = String(v['offeringCityId'] ?? '');
    if (seeking !== city.id && offering !== city.id) continue;
    const other = otherOf(v);
    matches.push({
      id: String(v['id']),
      topic: String(v['topic'] ?? ''),
      withName: names[other] ?? other,
      role: seeking === city.id ? 'seeking' : 'offering',
      score: typeof v['score'] === 'number' ? (v['score'] as number) : 0,
      status: String(v['status'] ?? ''),
    });
  }

  const contacts = contactSummaries(session, city.id);
  // The History summary line and the contacts' newest Sends rows, in one batchGet too (read by the two below).
  const summaryTable = session.table(HISTORY_SUMMARY);
  const sendsTable = session.table(SENDS);
  const contactIds = contacts.map((c) => c.id).filter((c) => c.trim() !== '');
  readRowsTogether_(session, [
    { table: summaryTable, rows: summaryTable.exists() ? summaryTable.locate('recordId', [city.id]) : [] },
    {
      table: sendsTable,
      rows:
        contactIds.length > 0 && sendsTable.exists()
          ? sendsTable.locate('contactId', contactIds).slice(-RECENT_SENDS)
          : [],
    },
  ]);
  const archived = archivedTotals_(session, 'city', city.id);
  const watch = cityWatch_(session, city.id);
  return {
    language: uiLanguage_(),
    city,
    hubName: hubs.find((h) => h.id === hubId)?.name ?? hubId,
    canEdit: mayEditHub(caller, hubId),
    canChangeHub: caller.role === 'admin' || caller.role === 'coordinator',
    hubs,
    lists: { languages: settings.languages, topics: settings.topics },
    staleAfterDays: settings.staleProfileDays,
    daysSinceReview: reviewed instanceof Date ? daysBetween(reviewed, today) : null,
    contacts,
    engagements: mine.map((m) => m.line),
    engagementCount: engagementRows.length,
    archived,
    mailings: mailingsReceived_(
      session,
      contacts.map((c) => c.id),
      archived.sends,
    ),
    needs,
    offers,
    matches,
    watch: watch.items,
    upcomingElections: watch.upcomingElections,
  };
}
