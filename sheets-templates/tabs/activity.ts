// Tab definitions for what happens with members: Engagements, Needs and peer-learning Matches.

import { bookkeepingColumns, col, idColumn, tableTab } from '../model';
import {
  ENGAGEMENT_SOURCES,
  ENGAGEMENT_TYPES,
  MATCH_STATUSES,
  NEED_PRIORITIES,
  NEED_SOURCES,
  NEED_STATUSES,
} from '../vocabularies';

const TOPICS = { setting: 'topics' } as const;

export const ENGAGEMENTS = tableTab({
  name: 'Engagements',
  prefix: 'ENG',
  description:
    'Every contact with members: meetings, calls, events, trainings, emails, newsletters, exchanges.',
  columns: [
    idColumn('id', 'Engagement ID', 'ENG'),
    col('date', 'Date', 'date', { required: true }),
    col('type', 'Type', 'enum', { required: true, values: ENGAGEMENT_TYPES }),
    col('cityIds', 'Cities', 'refList', { refTabs: ['Cities'], note: 'City IDs, comma-separated.' }),
    col('contactIds', 'Contacts', 'refList', {
      refTabs: ['Contacts'],
      note: 'Contact IDs, comma-separated.',
    }),
    col('partnerIds', 'Partners', 'refList', { refTabs: ['Partners'] }),
    col('staffIds', 'Staff', 'refList', { refTabs: ['Staff'], note: 'Who from the network took part.' }),
    col('topics', 'Topics', 'enumList', { valuesFrom: TOPICS }),
    col('summary', 'Summary', 'longText', { required: true, note: 'What was discussed, agreed or sent.' }),
    col('followUpOn', 'Follow up on', 'date'),
    col('followUpDone', 'Follow-up done', 'boolean'),
    col('source', 'Source', 'enum', { required: true, values: ENGAGEMENT_SOURCES }),
    col('sourceRef', 'Source reference', 'text', {
      maxLength: 200,
      note: 'Mailing, send, event or external link this row came from.',
    }),
    col('eventId', 'Event', 'ref', { refTabs: ['Events'] }),
    ...bookkeepingColumns(),
  ],
});

export const NEEDS = tableTab({
  name: 'Needs',
  prefix: 'NED',
  description:
    'Needs and priorities cities report (survey, application, consultations), used for peer matching.',
  columns: [
    idColumn('id', 'Need ID', 'NED'),
    col('cityId', 'City', 'ref', { required: true, refTabs: ['Cities'] }),
    col('topic', 'Topic', 'enum', { required: true, valuesFrom: TOPICS }),
    col('priority', 'Priority', 'enum', { required: true, values: NEED_PRIORITIES }),
    col('description', 'Description', 'longText'),
    col('surveyedOn', 'Surveyed on', 'date', { required: true }),
    col('source', 'Source', 'enum', { required: true, values: NEED_SOURCES }),
    col('status', 'Status', 'enum', { required: true, values: NEED_STATUSES }),
    col('supportWanted', 'Support wanted', 'longText', { note: 'What kind of help the city asks for.' }),
    col('sourceRef', 'Source reference', 'text', {
      maxLength: 200,
      note: 'The survey response (SUR-…), application or meeting this row came from.',
    }),
    ...bookkeepingColumns(),
  ],
});

export const MATCHES = tableTab({
  name: 'Matches',
  prefix: 'MAT',
  description: 'City-to-city (or city-to-partner) peer-learning matches, with the score explained.',
  columns: [
    idColumn('id', 'Match ID', 'MAT'),
    col('seekingCityId', 'Seeking city', 'ref', { required: true, refTabs: ['Cities'] }),
    col('offeringCityId', 'Offering city', 'ref', { refTabs: ['Cities'] }),
    col('offeringPartnerId', 'Offering partner', 'ref', {
      refTabs: ['Partners'],
      note: 'When a partner, not a city, offers support.',
    }),
    col('needId', 'Need', 'ref', { refTabs: ['Needs'] }),
    col('topic', 'Topic', 'enum', { required: true, valuesFrom: TOPICS }),
    col('score', 'Score', 'number', { required: true, min: 0, max: 100, note: '0–100; see Rationale.' }),
    col('rationale', 'Rationale', 'longText', {
      note: 'Why these two: needs against expertise, hub, language, context.',
    }),
    col('status', 'Status', 'enum', { required: true, values: MATCH_STATUSES }),
    col('introducedOn', 'Introduced on', 'date'),
    // Issue 14: the breakdown behind Score, the coordinator's decision, the follow-up and the outcome.
    col('scoreBreakdown', 'Score breakdown', 'longText', {
      note: 'Points per factor (topic, priority, recency, language, hub, size, repeat); they add up to Score.',
    }),
    col('language', 'Shared language', 'enum', {
      valuesFrom: { setting: 'languages' },
      note: 'The language both sides work in; empty when interpretation is needed.',
    }),
    col('decisionReason', 'Decision reason', 'longText', {
      note: 'Why the coordinator edited or dismissed the suggestion; a dismissed pair is not suggested again within the penalty window.',
    }),
    col('decidedOn', 'Decided on', 'date'),
    col('followUpOn', 'Follow up on', 'date', { note: 'Set when the introduction is sent.' }),
    col('outcome', 'Outcome', 'longText', { note: 'What changed, in the cities’ own words.' }),
    col('outcomeOn', 'Outcome recorded on', 'date'),
    ...bookkeepingColumns(),
  ],
});
