// The political-event watch (issue 17): recording an event from the city profile, re-confirming contacts after an
// election or change of mayor, the city's upcoming elections, and the per-hub list with contacts still to confirm.

import { CITIES, CONTACTS, WATCH, WATCH_KINDS } from '../../../sheets-templates';
import { displayDay } from '../../core/calendar/displayDate';
import { displayValue, type Language, message, orList, UserError } from '../../core/messages';
import {
  POLITICAL_CATEGORIES,
  reconfirms,
  unconfirmedTooLong,
  watchFollowUpDue,
} from '../../core/relations/watch';
import { formatIsoDate } from '../../core/schema/cells';
import { requireRole } from '../access/roles';
import { CITY_EDITORS, requireHub, requireReader } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import { addFollowUps } from './followUpRows';

export interface WatchRequest {
  cityId: string;
  /** YYYY-MM-DD; an election may be ahead. */
  date: string;
  kind: string;
  sourceUrl?: string | null;
  note?: string | null;
  followUpNeeded?: boolean;
}

export interface WatchOutcome {
  id: string;
  followUpId: string | null;
  /** Contacts now marked for re-confirmation. */
  flagged: string[];
}

export interface WatchLine {
  id: string;
  cityId: string;
  cityName: string;
  date: string;
  kind: string;
  note: string;
  sourceUrl: string;
}

const day = (v: unknown): string | null => (v instanceof Date ? formatIsoDate(v) : null);

function watchLine(v: Record<string, unknown>, names: Record<string, string>): WatchLine {
  const cityId = String(v['cityId'] ?? '');
  return {
    id: String(v['id'] ?? ''),
    cityId,
    cityName: names[cityId] ?? cityId,
    date: day(v['date']) ?? '',
    kind: String(v['kind'] ?? ''),
    note: String(v['note'] ?? ''),
    sourceUrl: String(v['sourceUrl'] ?? ''),
  };
}

/** Marks the city's active political contacts for re-confirmation from `since` (one keyed read of its contacts). */
function flagContacts(session: WorkbookSession, cityId: string, since: string, today: string): string[] {
  const table = session.table(CONTACTS);
  const flagged: string[] = [];
  for (const row of table.findRows('orgId', [cityId])) {
    const rec = table.stored(row);
    const v = rec.values;
    const left = v['activeTo'] instanceof Date && formatIsoDate(v['activeTo']) < today;
    if (left || POLITICAL_CATEGORIES.indexOf(String(v['category'])) < 0) continue;
    const current = day(v['reconfirmSince']);
    if (current !== null && current <= since) continue;
    table.update(rec.id, { reconfirmSince: since }, rec.version, { summary: `Re-confirm after ${since}` });
    flagged.push(rec.id);
  }
  return flagged;
}

/**
 * Records a political event for a city. An election or change of mayor or governor marks the city's political
 * contacts for re-confirmation (from the event's day) and creates a follow-up for the person recording it; any
 * other kind gets a follow-up when "follow-up needed" is ticked.
 */
export function recordWatchItem(request: WatchRequest): WatchOutcome {
  const session = workbook();
  const caller = requireRole(session, CITY_EDITORS, 'record political events');
  const cityId = String(request?.cityId ?? '').trim();
  const kind = String(request?.kind ?? '').trim();
  if ((WATCH_KINDS as readonly string[]).indexOf(kind) < 0) {
    throw new UserError('watch.badKind', { kinds: orList(WATCH_KINDS.map((k) => displayValue(k))) });
  }
  return session.write(() => {
    const city = session.table(CITIES).get(cityId);
    const cityName = String(city.values['name'] ?? cityId);
    requireHub(
      caller,
      city.values['hubId'] ? String(city.values['hubId']) : null,
      cityName,
      'record political events',
    );
    const watch = session.table(WATCH);
    const [item] = watch.insert(
      [
        {
          cityId,
          date: String(request.date ?? ''),
          kind,
          sourceUrl: request.sourceUrl || null,
          note: request.note || null,
          followUpNeeded: request.followUpNeeded === true || reconfirms(kind),
        },
      ],
      { summary: `${kind} in ${cityName}` },
    );
    const rec = item!;
    const today = formatIsoDate(session.now());
    const eventDay = day(rec.values['date']) ?? today;
    const flagged = reconfirms(kind) ? flagContacts(session, cityId, eventDay, today) : [];
    let followUpId: string | null = null;
    if (reconfirms(kind) || request.followUpNeeded === true) {
      const lang: Language = session.settings().settings.defaultLanguage === 'fr' ? 'fr' : 'en';
      const params = { city: cityName, kind: displayValue(kind, lang), date: displayDay(eventDay, lang) };
      const what = message(reconfirms(kind) ? 'watch.followUpFor' : 'watch.followUpAfter', params, lang);
      const [fu] = addFollowUps(
        session,
        [{ what, owner: caller.email, dueOn: watchFollowUpDue(eventDay, today), recordId: rec.id, cityId }],
        `Follow-up of ${rec.id}`,
      );
      followUpId = fu!.id;
      watch.update(rec.id, { followUpId }, rec.version, { summary: `Follow-up ${followUpId}` });
    }
    return { id: rec.id, followUpId, flagged };
  });
}

/** Confirms a contact in their role today: the re-confirmation flag is cleared (version checked). */
export function confirmContact(contactId: string, version: number): { id: string; version: number } {
  const session = workbook();
  const caller = requireRole(session, CITY_EDITORS, 'confirm contacts');
  return session.write(() => {
    const table = session.table(CONTACTS);
    const rec = table.get(String(contactId ?? ''));
    const org = String(rec.values['orgId'] ?? '');
    if (org.startsWith('CTY-')) {
      const city = session.table(CITIES).get(org);
      requireHub(
        caller,
        city.values['hubId'] ? String(city.values['hubId']) : null,
        String(city.values['name']),
        'confirm contacts',
      );
    }
    const saved = table.update(
      rec.id,
      { reconfirmSince: null, confirmedOn: formatIsoDate(session.now()) },
      Number(version),
      { summary: 'Confirmed in role' },
    );
    return { id: saved.id, version: saved.version };
  });
}

/** A city's watch items, newest first, and its elections still ahead (one keyed read of Watch by city). */
export function cityWatch_(
  session: WorkbookSession,
  cityId: string,
): { items: WatchLine[]; upcomingElections: WatchLine[] } {
  const table = session.table(WATCH);
  if (!table.exists()) return { items: [], upcomingElections: [] };
  const names = { [cityId]: '' };
  const items = table
    .findRows('cityId', [cityId])
    .map((r) => watchLine(table.values(r), names))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const today = formatIsoDate(session.now());
  const upcomingElections = items.filter((i) => i.kind === 'election' && i.date >= today).reverse();
  return { items: items.slice(0, 20), upcomingElections };
}

export interface UnconfirmedContact {
  id: string;
  version: number;
  name: string;
  cityName: string;
  category: string;
  since: string;
}

export interface HubWatch {
  hubId: string | null;
  days: number;
  /** Watch items of the hub's cities (every hub's for coordinators asking for all), newest first. */
  items: WatchLine[];
  /** Political contacts of the hub's cities still to re-confirm after the Settings' number of days. */
  unconfirmed: UnconfirmedContact[];
}

/**
 * The watch list of one hub (the caller's own for hub staff; any, or all with null, for the others): the Watch
 * tab and the political contacts (a search of Contacts' Category column), never the history tabs.
 */
export function getHubWatch(hubId: string | null): HubWatch {
  const session = workbook();
  const caller = requireReader(session, 'see the political-event watch');
  const hub = caller.role === 'hub' ? caller.hubId : hubId ? String(hubId) : null;
  const cities = session.table(CITIES);
  const inHub = new Map<string, string>();
  for (const r of cities.columnRows(['id', 'name', 'hubId'])) {
    const id = String(cities.cell(r, 'id'));
    if (hub === null || String(cities.cell(r, 'hubId')) === hub)
      inHub.set(id, String(cities.cell(r, 'name')));
  }
  const names = Object.fromEntries(inHub);
  const watch = session.table(WATCH);
  const items = watch.exists()
    ? watch
        .rows()
        .map((r) => watch.values(r))
        .filter((v) => inHub.has(String(v['cityId'])))
        .map((v) => watchLine(v, names))
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    : [];
  const days = session.settings().settings.contactReconfirmDays;
  const today = formatIsoDate(session.now());
  const contacts = session.table(CONTACTS);
  const unconfirmed = contacts
    .findRows('category', POLITICAL_CATEGORIES)
    .map((r) => contacts.stored(r))
    .filter((c) => inHub.has(String(c.values['orgId'])))
    .filter((c) => unconfirmedTooLong(day(c.values['reconfirmSince']), today, days))
    .filter((c) => !(c.values['activeTo'] instanceof Date && formatIsoDate(c.values['activeTo']) < today))
    .map((c) => ({
      id: c.id,
      version: c.version,
      name: String(c.values['name'] ?? ''),
      cityName: names[String(c.values['orgId'])] ?? '',
      category: String(c.values['category'] ?? ''),
      since: day(c.values['reconfirmSince']) ?? '',
    }));
  return { hubId: hub, days, items, unconfirmed };
}
