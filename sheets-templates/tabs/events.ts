// Tab definitions for events and their participants, with travel, visa and interpretation logistics.

import { bookkeepingColumns, col, idColumn, tableTab } from '../model';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  LOGISTICS_STATUSES,
  PARTICIPANT_GENDERS,
  PARTICIPANT_ROLES,
  PARTICIPANT_STATUSES,
  VISA_STATUSES,
} from '../vocabularies';

const LANGUAGES = { setting: 'languages' } as const;

export const EVENTS = tableTab({
  name: 'Events',
  prefix: 'EVT',
  description: 'Conferences, workshops, webinars, Steering Committee meetings, working groups and exchanges.',
  columns: [
    idColumn('id', 'Event ID', 'EVT'),
    col('name', 'Name', 'text', { required: true, maxLength: 160, width: 220 }),
    col('type', 'Type', 'enum', { required: true, values: EVENT_TYPES }),
    col('startsOn', 'Starts on', 'date', { required: true }),
    col('endsOn', 'Ends on', 'date', { required: true }),
    col('timeZone', 'Time zone', 'text', {
      maxLength: 60,
      note: 'IANA time zone of the event, e.g. Europe/London; the script’s own when empty.',
    }),
    col('online', 'Online', 'boolean'),
    col('place', 'Place', 'text', { maxLength: 160, note: 'City and venue; empty for online events.' }),
    col('platformLink', 'Online platform link', 'url', { note: 'Link to the meeting platform.' }),
    col('country', 'Country', 'text', { maxLength: 80 }),
    col('hubId', 'Hub', 'ref', { refTabs: ['Hubs'] }),
    col('languages', 'Languages', 'enumList', {
      valuesFrom: LANGUAGES,
      note: 'Languages with interpretation.',
    }),
    col('capacity', 'Capacity', 'integer', {
      min: 0,
      note: 'Places; registrations beyond it are wait-listed. Empty: no limit.',
    }),
    col('status', 'Status', 'enum', { required: true, values: EVENT_STATUSES }),
    col('purpose', 'Purpose', 'longText', { note: 'What the event is for; opens the summary report.' }),
    col('budget', 'Budget', 'json', {
      note: 'Budget lines: [{"line": "Venue", "planned": 5000, "actual": 4800}].',
    }),
    col('visaLeadDays', 'Visa lead time (days)', 'integer', {
      min: 0,
      max: 365,
      note: 'Days before arrival a visa invitation letter must reach the consulate; 45 when empty.',
    }),
    col('registrationFormId', 'Registration form', 'text', {
      maxLength: 100,
      system: true,
      note: 'The registration form made for this event (SCN CRM › Events).',
    }),
    col('sessions', 'Sessions and outcomes', 'longText', {
      note: 'Sessions held and what came of them, for the summary report.',
    }),
    col('summaryDocUrl', 'Summary report', 'url', { note: 'Link to the event summary document.' }),
    col('notes', 'Notes', 'longText'),
    col('travelClearedAt', 'Travel data cleared', 'dateTime', {
      system: true,
      note: 'When the daily jobs finished clearing the travel and visa data of every participant (retention).',
    }),
    ...bookkeepingColumns(),
  ],
});

export const PARTICIPANTS = tableTab({
  name: 'Participants',
  prefix: 'PAR',
  description: 'One row per person per event, with role, status and logistics.',
  columns: [
    idColumn('id', 'Participant ID', 'PAR'),
    col('eventId', 'Event', 'ref', { required: true, refTabs: ['Events'] }),
    col('contactId', 'Contact', 'ref', {
      refTabs: ['Contacts'],
      note: 'The contact; empty for an external person (name and email then).',
    }),
    col('name', 'Name', 'text', { maxLength: 120, note: 'An external person’s name.' }),
    col('email', 'Email', 'email', { note: 'An external person’s address.' }),
    col('organisation', 'Organisation', 'text', { maxLength: 160 }),
    col('country', 'Country', 'text', { maxLength: 80, note: 'An external person’s country.' }),
    col('gender', 'Gender', 'enum', {
      values: PARTICIPANT_GENDERS,
      note: 'Only if the person chose to say.',
    }),
    col('role', 'Role', 'enum', { required: true, values: PARTICIPANT_ROLES }),
    col('status', 'Status', 'enum', { required: true, values: PARTICIPANT_STATUSES }),
    col('travel', 'Travel', 'enum', { values: LOGISTICS_STATUSES }),
    col('travelFrom', 'Travelling from', 'text', { maxLength: 120 }),
    col('visa', 'Visa', 'enum', { values: VISA_STATUSES }),
    col('nationality', 'Nationality', 'text', { maxLength: 80, note: 'Asked only for a visa letter.' }),
    col('passportNumber', 'Passport number', 'text', {
      maxLength: 30,
      note: 'Asked only for a visa letter.',
    }),
    col('accommodation', 'Accommodation', 'enum', { values: LOGISTICS_STATUSES }),
    col('interpretationLanguage', 'Interpretation language', 'enum', { valuesFrom: LANGUAGES, width: 110 }),
    col('arrivesOn', 'Arrives on', 'date'),
    col('departsOn', 'Departs on', 'date'),
    col('dietary', 'Dietary needs', 'text', { maxLength: 200 }),
    col('access', 'Access needs', 'text', { maxLength: 200 }),
    col('notes', 'Notes', 'longText', { note: 'Other needs.' }),
    col('responseId', 'Registration responses', 'longText', {
      system: true,
      note: 'The registration form responses applied to this row, one id a line: none is applied twice.',
    }),
    col('statusSince', 'Status since', 'dateTime', {
      system: true,
      note: 'When the status last changed; the wait list is promoted in this order.',
    }),
    col('issuesFound', 'Issues found', 'longText', {
      note: 'Problems in a registration response, for a person to check.',
    }),
    col('engagementId', 'Attendance engagement', 'ref', { refTabs: ['Engagements'], system: true }),
    col('visaLetterUrl', 'Visa letter', 'url', { system: true }),
    col('travelClearedAt', 'Travel data cleared', 'dateTime', {
      system: true,
      note: 'When retention cleared this row’s travel, visa and needs (Settings: Keep event travel data).',
    }),
    ...bookkeepingColumns(),
  ],
});
