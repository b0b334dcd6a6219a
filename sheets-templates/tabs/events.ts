// Tab definitions for events and their participants, with travel, visa and interpretation logistics.

import { bookkeepingColumns, col, idColumn, tableTab } from '../model';
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  LOGISTICS_STATUSES,
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
    col('online', 'Online', 'boolean'),
    col('place', 'Place', 'text', { maxLength: 160, note: 'City and venue; empty for online events.' }),
    col('country', 'Country', 'text', { maxLength: 80 }),
    col('hubId', 'Hub', 'ref', { refTabs: ['Hubs'] }),
    col('languages', 'Languages', 'enumList', {
      valuesFrom: LANGUAGES,
      note: 'Languages with interpretation.',
    }),
    col('capacity', 'Capacity', 'integer', { min: 0 }),
    col('status', 'Status', 'enum', { required: true, values: EVENT_STATUSES }),
    col('summaryDocUrl', 'Summary report', 'url', { note: 'Link to the event summary document.' }),
    col('notes', 'Notes', 'longText'),
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
    col('contactId', 'Contact', 'ref', { required: true, refTabs: ['Contacts'] }),
    col('role', 'Role', 'enum', { required: true, values: PARTICIPANT_ROLES }),
    col('status', 'Status', 'enum', { required: true, values: PARTICIPANT_STATUSES }),
    col('travel', 'Travel', 'enum', { values: LOGISTICS_STATUSES }),
    col('visa', 'Visa', 'enum', { values: VISA_STATUSES }),
    col('accommodation', 'Accommodation', 'enum', { values: LOGISTICS_STATUSES }),
    col('interpretationLanguage', 'Interpretation language', 'enum', { valuesFrom: LANGUAGES, width: 110 }),
    col('arrivesOn', 'Arrives on', 'date'),
    col('departsOn', 'Departs on', 'date'),
    col('notes', 'Notes', 'longText', { note: 'Dietary, access and other needs.' }),
    ...bookkeepingColumns(),
  ],
});
