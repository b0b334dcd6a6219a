// Tab definitions for the network itself: Cities, Contacts, Partners, Hubs and Staff.

import { bookkeepingColumns, col, idColumn, tableTab } from '../model';
import {
  CONTACT_CATEGORIES,
  LAWFUL_BASES,
  MEMBERSHIP_STATUSES,
  NEWSLETTER_CONSENTS,
  PARTNER_TYPES,
  STAFF_ROLES,
} from '../vocabularies';

const LANGUAGES = { setting: 'languages' } as const;
const TOPICS = { setting: 'topics' } as const;

export const CITIES = tableTab({
  name: 'Cities',
  prefix: 'CTY',
  description: 'One row per city or local government: member, applicant or prospect.',
  columns: [
    idColumn('id', 'City ID', 'CTY'),
    col('name', 'Name', 'text', {
      required: true,
      maxLength: 120,
      width: 170,
      note: 'Name in English (Latin script).',
    }),
    col('localName', 'Local name', 'text', {
      maxLength: 120,
      width: 160,
      note: 'Name in its own language and script, e.g. Arabic or Cyrillic.',
    }),
    col('country', 'Country', 'text', { required: true, maxLength: 80, width: 140 }),
    col('hubId', 'Hub', 'ref', {
      required: true,
      refTabs: ['Hubs'],
      note: 'Hub ID; Management Unit for cities outside a hub.',
    }),
    col('status', 'Membership status', 'enum', { required: true, values: MEMBERSHIP_STATUSES }),
    col('statusChangedOn', 'Status changed on', 'date'),
    col('joinedOn', 'Joined on', 'date', { note: 'Date membership was confirmed.' }),
    col('population', 'Population', 'integer', { min: 0 }),
    col('languages', 'Languages', 'enumList', {
      valuesFrom: LANGUAGES,
      note: 'Working languages with the network (codes).',
    }),
    col('priorities', 'Priorities', 'enumList', {
      valuesFrom: TOPICS,
      note: 'Topics the city wants to work on.',
    }),
    col('expertise', 'Expertise', 'enumList', {
      valuesFrom: TOPICS,
      note: 'Topics the city can share practice on.',
    }),
    col('peerCapacity', 'Peer exchanges hosted', 'integer', {
      min: 0,
      note: 'Peer-learning exchanges the city can host at a time (0: none for now); blank: Settings › Peer exchanges per offering side.',
    }),
    col('website', 'Website', 'url'),
    col('profileReviewedOn', 'Profile reviewed on', 'date', {
      note: 'Last time the profile was checked with the hub.',
    }),
    col('notes', 'Notes', 'longText'),
    ...bookkeepingColumns(),
  ],
});

export const CONTACTS = tableTab({
  name: 'Contacts',
  prefix: 'CON',
  description: 'People at member cities and partner organisations.',
  columns: [
    idColumn('id', 'Contact ID', 'CON'),
    col('orgId', 'City or partner ID', 'ref', { required: true, refTabs: ['Cities', 'Partners'] }),
    col('name', 'Name', 'text', { required: true, maxLength: 120, width: 170 }),
    col('title', 'Title', 'text', { maxLength: 160, width: 180, note: 'Job title or position.' }),
    col('category', 'Category', 'enum', { required: true, values: CONTACT_CATEGORIES }),
    col('email', 'Email', 'email', { note: 'Used for all mail; duplicates are flagged.' }),
    col('phone', 'Phone', 'phone', { note: 'International format, e.g. +44 20 7946 0000.' }),
    col('language', 'Preferred language', 'enum', { required: true, valuesFrom: LANGUAGES, width: 90 }),
    col('primary', 'Primary contact', 'boolean', { note: "The city's relationship manager." }),
    col('activeFrom', 'Active from', 'date'),
    col('activeTo', 'Active to', 'date', { note: 'Set when the person leaves the role.' }),
    col('lawfulBasis', 'Lawful basis', 'enum', {
      values: LAWFUL_BASES,
      note: 'Basis for processing this personal data.',
    }),
    col('lawfulBasisOn', 'Lawful basis date', 'date', { note: 'When the lawful basis was recorded.' }),
    col('lawfulBasisSource', 'Lawful basis source', 'text', {
      maxLength: 200,
      note: 'Where the lawful basis came from: a form response, an import, a coordinator.',
    }),
    col('newsletterConsent', 'Newsletter consent', 'enum', {
      values: NEWSLETTER_CONSENTS,
      note: 'Answer to the newsletter consent question. Newsletters go to contacts on consent only when given.',
    }),
    col('newsletterConsentOn', 'Newsletter consent date', 'date', {
      note: 'When the newsletter consent was given or refused.',
    }),
    col('newsletterConsentSource', 'Newsletter consent source', 'text', {
      maxLength: 200,
      note: 'Where the newsletter consent came from: a form response, a coordinator.',
    }),
    col('optedOut', 'Opted out', 'boolean', { note: 'Receives no mailings when ticked.' }),
    col('optedOutOn', 'Opted out on', 'date'),
    // Issue 17: a recorded election or change of mayor asks the network to re-confirm the city's political contacts.
    col('reconfirmSince', 'Re-confirm since', 'date', {
      note: 'Set when a political change asks for this contact to be re-confirmed; cleared when confirmed.',
    }),
    col('confirmedOn', 'Confirmed on', 'date', { note: 'When the contact was last confirmed in the role.' }),
    col('notes', 'Notes', 'longText'),
    ...bookkeepingColumns(),
  ],
});

export const PARTNERS = tableTab({
  name: 'Partners',
  prefix: 'PTN',
  description: 'Partner organisations: civil society, international organisations, academia, funders.',
  columns: [
    idColumn('id', 'Partner ID', 'PTN'),
    col('name', 'Name', 'text', { required: true, maxLength: 160, width: 200 }),
    col('type', 'Type', 'enum', { required: true, values: PARTNER_TYPES }),
    col('country', 'Country', 'text', {
      maxLength: 80,
      note: 'Headquarters; empty for global organisations.',
    }),
    col('expertise', 'Expertise', 'enumList', { valuesFrom: TOPICS }),
    col('website', 'Website', 'url'),
    col('activeTo', 'Active to', 'date', {
      note: 'Set when the partnership ends (Partner sidebar › Deactivate partner); its contacts are end-dated too.',
    }),
    col('notes', 'Notes', 'longText'),
    ...bookkeepingColumns(),
  ],
});

export const HUBS = tableTab({
  name: 'Hubs',
  prefix: 'HUB',
  description: 'Regional Hubs and the Management Unit, with the countries each covers.',
  columns: [
    idColumn('id', 'Hub ID', 'HUB'),
    col('name', 'Name', 'text', { required: true, maxLength: 80, width: 180 }),
    col('countries', 'Countries', 'enumList', { width: 320, note: 'Countries covered, comma-separated.' }),
    col('email', 'Hub email', 'email'),
    col('leadStaffId', 'Lead', 'ref', { refTabs: ['Staff'], note: 'Staff ID of the hub lead.' }),
    col('notes', 'Notes', 'longText'),
    ...bookkeepingColumns(),
  ],
});

export const STAFF = tableTab({
  name: 'Staff',
  prefix: 'STF',
  description: 'Who may use the CRM, with their role and hub. Unknown users cannot change data or send mail.',
  columns: [
    idColumn('id', 'Staff ID', 'STF'),
    col('name', 'Name', 'text', { required: true, maxLength: 120, width: 160 }),
    col('email', 'Email', 'email', { required: true, note: 'Google account used to open the workbook.' }),
    col('role', 'Role', 'enum', {
      required: true,
      values: STAFF_ROLES,
      note: 'admin: settings and roles; coordinator: everything else; hub: own hub; comms: mailings; viewer: read only.',
    }),
    col('hubId', 'Hub', 'ref', { refTabs: ['Hubs'], note: 'Required for hub staff.' }),
    col('languages', 'Languages', 'enumList', { valuesFrom: LANGUAGES }),
    col('active', 'Active', 'boolean'),
    col('notes', 'Notes', 'longText'),
    ...bookkeepingColumns(),
  ],
});
