// Reading Applications rows for intake: the working calendar, rows by response id, matching candidates, rows as Applications.

import { APPLICATIONS, HUBS } from '../../../sheets-templates';
import type { ChoiceLists } from '../../../sheets-templates/forms';
import { PRINCIPLES } from '../../../sheets-templates/vocabularies';
import type { WorkingCalendar } from '../../core/calendar/workingDays';
import type { Application, ContactCategory, PointOfContact, Principle } from '../../core/intake/application';
import { countryCodeOf } from '../../core/intake/countryNames';
import type { Settings } from '../../core/schema/settings';
import type { WorkbookSession } from '../store/session';
import type { StoredRecord, TableRow } from '../store/table';

/** Points of contact as the Applications tab keeps them (JSON in "Points of contact"). */
export interface StoredContact {
  name: string;
  email: string;
  position: string;
  category: string;
  phone: string;
  language: string;
}

export interface IntakeContext {
  settings: Settings;
  calendar: WorkingCalendar;
  lists: ChoiceLists;
}

/** Settings and the working calendar (script time zone: https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()). */
export function intakeContext(session: WorkbookSession): IntakeContext {
  const settings = session.settings().settings;
  return {
    settings,
    calendar: { timeZone: Session.getScriptTimeZone(), holidays: settings.holidays },
    lists: { languages: settings.languages, topics: settings.topics },
  };
}

/**
 * The Applications row that recorded this response of the `kind` form, if any. Only that form's column is searched:
 * an enquiry is recorded with its id in Enquiry response ID (recordEnquiry.ts) and an application form in
 * Application response ID (recordApplicationForm.ts), nowhere else, so the other column cannot hold it.
 */
export function rowOfResponse(
  session: WorkbookSession,
  responseId: string,
  kind: 'enquiry' | 'application',
): TableRow | undefined {
  const t = session.table(APPLICATIONS);
  const key = kind === 'enquiry' ? 'enquiryResponseId' : 'applicationResponseId';
  // A keyed read of the response-id column: only a row that recorded this response is read.
  return t.findRows(key, [responseId]).find((r) => String(t.cell(r, key)) === responseId);
}

/**
 * Hub names by id, for showing hubs as people know them (the id stays the stored key). A hub whose row has no
 * name shows its id; an id not in Hubs is not listed (callers show the id then).
 */
export function hubNames(session: WorkbookSession): Map<string, string> {
  const t = session.table(HUBS);
  const names = new Map<string, string>();
  if (!t.exists()) return names;
  for (const r of t.rows()) {
    const id = String(t.cell(r, 'id')).trim();
    if (id !== '') names.set(id, String(t.cell(r, 'name')).trim() || id);
  }
  return names;
}

/** The name of a hub id ('' for none; the id itself when Hubs does not know it). */
export function hubName(names: ReadonlyMap<string, string>, id: unknown): string {
  const key = String(id ?? '').trim();
  return key === '' ? '' : (names.get(key) ?? key);
}

/** The stored points of contact of an Applications record ([] when none or unreadable). */
export function storedContacts(values: Record<string, unknown>): StoredContact[] {
  const raw = values['pointsOfContact'];
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((c): c is Record<string, unknown> => !!c && typeof c === 'object')
    .map((c) => ({
      name: String(c['name'] ?? ''),
      email: String(c['email'] ?? '').toLowerCase(),
      position: String(c['position'] ?? c['title'] ?? ''),
      category: String(c['category'] ?? ''),
      phone: String(c['phone'] ?? ''),
      language: String(c['language'] ?? ''),
    }));
}

const CATEGORIES = ["mayor's office", 'policy team', 'practitioner', 'other'];

/** An Applications record read back as the core Application, so review findings come from what is stored. */
export function applicationOf(rec: StoredRecord): Application {
  const v = rec.values;
  const principles = (v['principlesAccepted'] as string[] | undefined) ?? [];
  const contacts: PointOfContact[] = storedContacts(v).map((c, i) => ({
    index: i + 1,
    name: c.name,
    title: c.position,
    email: c.email,
    phone: c.phone,
    category: CATEGORIES.indexOf(c.category) >= 0 ? (c.category as ContactCategory) : null,
  }));
  const country = String(v['country'] ?? '');
  return {
    submittedAt: (v['applicationReceivedAt'] as Date | null) ?? null,
    applicationId: rec.id,
    cityName: String(v['cityName'] ?? ''),
    country,
    countryCode: countryCodeOf(country),
    population: populationOf(v['notes']),
    contacts,
    background: String(v['background'] ?? ''),
    priorityTopics: (v['priorityTopics'] as string[] | undefined) ?? [],
    languages: (v['languages'] as string[] | undefined) ?? [],
    principlesAccepted: PRINCIPLES.filter((p) => principles.indexOf(p) >= 0),
    principlesNotAccepted: PRINCIPLES.filter((p) => principles.indexOf(p) < 0) as Principle[],
    newsletter: newsletterOf(v['newsletterConsent']),
  };
}

function newsletterOf(v: unknown): Application['newsletter'] {
  return v === 'given' || v === 'refused' ? v : 'not asked';
}

/** Applications has no population column: intake keeps "Population: N" as the first line of Notes. */
export const POPULATION_NOTE = 'Population: ';

export function populationOf(notes: unknown): number | null {
  const m = /^Population: (\d+)/m.exec(String(notes ?? ''));
  return m ? Number(m[1]) : null;
}
