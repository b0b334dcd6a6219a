// The workbook's data model, declared once: every tab, its columns, types and allowed values.
//
// This is the single source of truth read by setup (creates tabs, headers, notes, widths, '@' formats,
// protections and data validation), the table store (maps headers to keys, generates ids), the schemas
// (src/core/schema builds zod schemas from these columns), the sidebars and the local workbench.
//
// API
//   TABS                 all tabs in workbook order (tables, then Settings and Dashboard)
//   TABLE_TABS           only the table tabs (id column first, bookkeeping columns last)
//   tabByName(name)      a tab by its exact name, or undefined
//   tabByPrefix(prefix)  the table tab whose ids start with prefix ('CTY' → Cities)
//   columnsOf(tab)       a tab's ordered columns (by TabDef or name)
//   columnByKey(tab, k)  one column by key; columnByHeader(tab, header) by header text
//   formatId(prefix, n)  'CTY', 123 → 'CTY-000123'; parseId(id) → { prefix, number } or null
//   RecordOf<typeof CITIES>, CityRecord, ContactRecord…  typed records (objects keyed by column key)
//   SETTING_KEYS         the typed keys of the Settings tab (see settingsKeys.ts)
//
// Record conventions (shared by the store, the schemas and the demo data): dates are Date objects,
// integers and numbers are numbers, booleans are booleans (an empty cell is false), enumList and refList
// are string arrays ([] when empty), json is the parsed value, and any other empty optional field is null.

import type { ColumnDef, RecordOf, TabDef } from './model';
import { ENGAGEMENTS, MATCHES, NEEDS } from './tabs/activity';
import { AUDIT, DASHBOARD, SETTINGS } from './tabs/admin';
import { APPLICATIONS } from './tabs/applications';
import { EVENTS, PARTICIPANTS } from './tabs/events';
import { HISTORY_SUMMARY } from './tabs/history';
import { INDICATORS } from './tabs/indicators';
import { MAILINGS, SENDS, SUPPRESSIONS, TEMPLATES } from './tabs/mail';
import { CITIES, CONTACTS, HUBS, PARTNERS, STAFF } from './tabs/network';
import { OFFERS, SURVEYS } from './tabs/peers';
import { FOLLOW_UPS, WATCH } from './tabs/relations';

export * from './model';
export * from './settingsKeys';
export { HISTORY_BY_MONTH, HISTORY_SCOPES } from './tabs/history';
export { INDICATOR_COMPUTATIONS, INDICATOR_DIRECTIONS, INDICATOR_PERIODS } from './tabs/indicators';
export * from './vocabularies';
export {
  APPLICATIONS,
  AUDIT,
  CITIES,
  CONTACTS,
  DASHBOARD,
  ENGAGEMENTS,
  EVENTS,
  FOLLOW_UPS,
  HISTORY_SUMMARY,
  HUBS,
  INDICATORS,
  MAILINGS,
  MATCHES,
  NEEDS,
  OFFERS,
  PARTICIPANTS,
  PARTNERS,
  SENDS,
  SETTINGS,
  STAFF,
  SUPPRESSIONS,
  SURVEYS,
  TEMPLATES,
  WATCH,
};

/** Table tabs in workbook order. */
export const TABLE_TABS: readonly TabDef[] = [
  CITIES,
  CONTACTS,
  PARTNERS,
  HUBS,
  STAFF,
  APPLICATIONS,
  ENGAGEMENTS,
  NEEDS,
  OFFERS,
  SURVEYS,
  MATCHES,
  EVENTS,
  PARTICIPANTS,
  FOLLOW_UPS,
  WATCH,
  TEMPLATES,
  MAILINGS,
  SENDS,
  SUPPRESSIONS,
  INDICATORS,
  AUDIT,
];

/** Every tab the add-on manages, in workbook order. Form response tabs are not listed: they stay raw. */
export const TABS: readonly TabDef[] = [...TABLE_TABS, SETTINGS, DASHBOARD, HISTORY_SUMMARY];

/** The history tabs "Archive history" moves to the yearly archive spreadsheets (same definitions there). */
export const ARCHIVED_TABS: readonly TabDef[] = [ENGAGEMENTS, SENDS, AUDIT];

export type TabName =
  | 'Cities'
  | 'Contacts'
  | 'Partners'
  | 'Hubs'
  | 'Staff'
  | 'Applications'
  | 'Engagements'
  | 'Needs'
  | 'Offers'
  | 'Surveys'
  | 'Matches'
  | 'Events'
  | 'Participants'
  | 'Follow-ups'
  | 'Watch'
  | 'Templates'
  | 'Mailings'
  | 'Sends'
  | 'Suppressions'
  | 'Indicators'
  | 'Audit'
  | 'Settings'
  | 'Dashboard'
  | 'History summary';

export function tabByName(name: string): TabDef | undefined {
  for (const tab of TABS) if (tab.name === name) return tab;
  return undefined;
}

export function tabByPrefix(prefix: string): TabDef | undefined {
  for (const tab of TABLE_TABS) if (tab.prefix === prefix) return tab;
  return undefined;
}

export function columnsOf(tab: TabDef | string): readonly ColumnDef[] {
  const def = typeof tab === 'string' ? tabByName(tab) : tab;
  if (!def) throw new Error(`Unknown tab "${String(tab)}".`);
  return def.columns;
}

export function columnByKey(tab: TabDef | string, key: string): ColumnDef | undefined {
  for (const c of columnsOf(tab)) if (c.key === key) return c;
  return undefined;
}

export function columnByHeader(tab: TabDef | string, header: string): ColumnDef | undefined {
  const wanted = header.trim().toLowerCase();
  for (const c of columnsOf(tab)) if (c.header.toLowerCase() === wanted) return c;
  return undefined;
}

/** Digits in an id's number part; ids past 999,999 simply grow longer. */
export const ID_DIGITS = 6;
const ID_PATTERN = /^([A-Z]{3})-(\d{6,})$/;

export function formatId(prefix: string, n: number): string {
  const digits = String(Math.floor(n));
  return `${prefix}-${digits.length >= ID_DIGITS ? digits : ('000000' + digits).slice(-ID_DIGITS)}`;
}

export function parseId(id: string): { prefix: string; number: number } | null {
  const m = ID_PATTERN.exec(id);
  return m ? { prefix: m[1]!, number: Number(m[2]) } : null;
}

export type CityRecord = RecordOf<typeof CITIES>;
export type IndicatorRecord = RecordOf<typeof INDICATORS>;
export type ContactRecord = RecordOf<typeof CONTACTS>;
export type PartnerRecord = RecordOf<typeof PARTNERS>;
export type HubRecord = RecordOf<typeof HUBS>;
export type StaffRecord = RecordOf<typeof STAFF>;
export type ApplicationRecord = RecordOf<typeof APPLICATIONS>;
export type EngagementRecord = RecordOf<typeof ENGAGEMENTS>;
export type NeedRecord = RecordOf<typeof NEEDS>;
export type OfferRecord = RecordOf<typeof OFFERS>;
export type SurveyRecord = RecordOf<typeof SURVEYS>;
export type MatchRecord = RecordOf<typeof MATCHES>;
export type EventRecord = RecordOf<typeof EVENTS>;
export type ParticipantRecord = RecordOf<typeof PARTICIPANTS>;
export type FollowUpRecord = RecordOf<typeof FOLLOW_UPS>;
export type WatchRecord = RecordOf<typeof WATCH>;
export type TemplateRecord = RecordOf<typeof TEMPLATES>;
export type MailingRecord = RecordOf<typeof MAILINGS>;
export type SendRecord = RecordOf<typeof SENDS>;
export type SuppressionRecord = RecordOf<typeof SUPPRESSIONS>;
export type AuditRecord = RecordOf<typeof AUDIT>;
export type SettingsRow = RecordOf<typeof SETTINGS>;
