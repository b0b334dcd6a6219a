// Tab definition for Applications: one row per membership enquiry, followed through to a decision.

import { bookkeepingColumns, col, idColumn, tableTab } from '../model';
import { APPLICATION_STAGES, NEWSLETTER_CONSENTS, PRINCIPLES } from '../vocabularies';

// A stage's timestamp, written by the add-on when the application enters that stage.
const stamp = <const K extends string>(key: K, header: string, note: string) =>
  col(key, header, 'dateTime', { system: true, note: `Set by the add-on ${note}.` });

export const APPLICATIONS = tableTab({
  name: 'Applications',
  prefix: 'APP',
  description: 'Membership enquiries and applications, from the enquiry form to the decision.',
  columns: [
    idColumn('id', 'Application ID', 'APP'),
    col('stage', 'Stage', 'enum', { required: true, values: APPLICATION_STAGES, width: 160 }),
    col('dueBy', 'Due by', 'date', {
      system: true,
      note: 'When the network owes an answer: SLA working days (Settings) after the last step, weekends and holidays excluded.',
    }),
    stamp('enquiryReceivedAt', 'Enquiry received at', 'when the enquiry form arrives'),
    stamp('formSentAt', 'Application form sent at', 'when the application form link is sent'),
    stamp('applicationReceivedAt', 'Application received at', 'when the application form arrives'),
    stamp('reviewStartedAt', 'Review started at', 'when a reviewer opens the application'),
    stamp('moreInfoRequestedAt', 'More info requested at', 'when more information is asked for'),
    stamp('approvedAt', 'Approved at', 'on approval'),
    stamp('declinedAt', 'Declined at', 'when declined'),
    stamp('withdrawnAt', 'Withdrawn at', 'when the applicant withdraws'),
    col('cityName', 'City', 'text', {
      required: true,
      maxLength: 120,
      width: 160,
      note: 'As written by the applicant.',
    }),
    col('country', 'Country', 'text', { required: true, maxLength: 80 }),
    col('submitterName', 'Submitter name', 'text', { required: true, maxLength: 120 }),
    col('submitterEmail', 'Submitter email', 'email', { required: true }),
    col('submitterPosition', 'Submitter position', 'text', { maxLength: 160 }),
    col('language', 'Preferred language', 'enum', {
      required: true,
      valuesFrom: { setting: 'languages' },
      width: 90,
    }),
    col('enquiryMessage', 'Enquiry message', 'longText'),
    col('newsletterConsent', 'Newsletter consent', 'enum', {
      values: NEWSLETTER_CONSENTS,
      note: 'The submitter’s answer to the forms’ newsletter question; copied to their contact on approval.',
    }),
    col('newsletterConsentOn', 'Newsletter consent date', 'date', {
      note: 'When the submitter last answered the newsletter question.',
    }),
    col('pointsOfContact', 'Points of contact', 'json', {
      note: '2–3 people: name, email, position, category, phone, language. Ideally one in the mayor’s office or policy team and one practitioner.',
    }),
    col('background', 'Background', 'longText', {
      note: "Brief background on the city's issues and approaches.",
    }),
    col('priorityTopics', 'Priority topics', 'enumList', { valuesFrom: { setting: 'topics' } }),
    col('languages', 'Languages', 'enumList', { valuesFrom: { setting: 'languages' } }),
    col('principlesAccepted', 'Principles accepted', 'enumList', {
      values: PRINCIPLES,
      width: 260,
      note: 'The network principles the applicant commits to; all are needed for approval.',
    }),
    col('enquiryResponseId', 'Enquiry response ID', 'text', {
      system: true,
      maxLength: 200,
      note: 'Form response id of the enquiry: a response already recorded is never processed twice.',
    }),
    col('applicationResponseId', 'Application response ID', 'text', {
      system: true,
      maxLength: 200,
      note: 'Form response id of the application form.',
    }),
    col('cityId', 'City ID', 'ref', {
      refTabs: ['Cities'],
      note: 'The city this application is for, once known.',
    }),
    col('hubId', 'Hub', 'ref', { refTabs: ['Hubs'] }),
    col('assignedTo', 'Assigned to', 'ref', { refTabs: ['Staff'] }),
    col('duplicateOf', 'Duplicate of', 'ref', {
      refTabs: ['Applications'],
      note: 'Set when this repeats an earlier application.',
    }),
    col('issuesFound', 'Issues found', 'longText', { note: 'Validation problems found on intake.' }),
    col('decisionReason', 'Decision reason', 'longText', {
      note: 'Why declined, or what more information is needed.',
    }),
    col('notes', 'Notes', 'longText'),
    ...bookkeepingColumns(),
  ],
});
