// Tab definitions for peer learning's evidence besides Needs: the practice each city or partner offers, and survey responses.

import { bookkeepingColumns, col, idColumn, tableTab } from '../model';
import { OFFER_SOURCES, OFFER_STATUSES } from '../vocabularies';

const TOPICS = { setting: 'topics' } as const;
const LANGUAGES = { setting: 'languages' } as const;

/**
 * One row per practice a city or partner can share on a topic (Cities › Expertise lists topics only; matching
 * needs the since-year and description to explain a pair). Written by the needs survey and the Record needs
 * sidebar; read by peer matching (one read of the tab) and by the city profile (keyed by City or partner).
 */
export const OFFERS = tableTab({
  name: 'Offers',
  prefix: 'OFR',
  description:
    'Practice a city or partner can share with peers, on a topic, since a year, in some languages.',
  columns: [
    idColumn('id', 'Offer ID', 'OFR'),
    col('orgId', 'City or partner', 'ref', { required: true, refTabs: ['Cities', 'Partners'] }),
    col('topic', 'Topic', 'enum', { required: true, valuesFrom: TOPICS }),
    col('description', 'Description', 'longText', { note: 'The practice, programme or approach offered.' }),
    col('sinceYear', 'Since year', 'integer', {
      min: 1900,
      max: 2100,
      note: 'The year the practice started.',
    }),
    col('languages', 'Languages', 'enumList', {
      valuesFrom: LANGUAGES,
      note: 'Languages the practice can be shared in.',
    }),
    col('source', 'Source', 'enum', { required: true, values: OFFER_SOURCES }),
    col('sourceRef', 'Source reference', 'text', {
      maxLength: 200,
      note: 'The survey response (SUR-…) or interview this row came from.',
    }),
    col('recordedOn', 'Recorded on', 'date', { required: true }),
    col('status', 'Status', 'enum', {
      required: true,
      values: OFFER_STATUSES,
      note: 'Withdrawn offers are no longer matched.',
    }),
    ...bookkeepingColumns(),
  ],
});

/**
 * One row per needs-survey response: the idempotency key (Response ID) and the place a person sees what was
 * wrong with it (Issues found), as Applications is for the intake forms. A response whose city is not known is
 * recorded here all the same, with no needs or offers, and flagged.
 */
export const SURVEYS = tableTab({
  name: 'Surveys',
  prefix: 'SUR',
  description: 'Needs-and-practice survey responses as recorded, with the needs and offers they added.',
  columns: [
    idColumn('id', 'Survey ID', 'SUR'),
    col('responseId', 'Response ID', 'text', {
      system: true,
      maxLength: 200,
      note: 'The form response this row records: a response already recorded is never processed twice.',
    }),
    col('submittedAt', 'Submitted at', 'dateTime', { required: true, system: true }),
    col('cityId', 'City', 'ref', {
      refTabs: ['Cities'],
      note: 'The city the response is about, once known.',
    }),
    col('cityAnswer', 'City as answered', 'text', { maxLength: 200 }),
    col('respondentName', 'Respondent', 'text', { maxLength: 120 }),
    col('respondentEmail', 'Respondent email', 'email'),
    col('languages', 'Languages', 'enumList', { valuesFrom: LANGUAGES }),
    col('supportWanted', 'Support wanted', 'longText'),
    col('needIds', 'Needs', 'refList', { refTabs: ['Needs'], note: 'Needs rows this response added.' }),
    col('offerIds', 'Offers', 'refList', { refTabs: ['Offers'], note: 'Offers rows this response added.' }),
    col('issuesFound', 'Issues found', 'longText', {
      note: 'Problems found on arrival, for a person to resolve.',
    }),
    ...bookkeepingColumns(),
  ],
});
