// Tab definitions for dissemination: Templates, Mailings, Sends and Suppressions.

import { bookkeepingColumns, col, idColumn, tableTab } from '../model';
import { MAILING_STATUSES, SEND_STATUSES, SUPPRESSION_REASONS, TEMPLATE_PURPOSES } from '../vocabularies';

export const TEMPLATES = tableTab({
  name: 'Templates',
  prefix: 'TPL',
  description:
    'Every email the CRM sends, one row per template and language (its variant); English is the fallback.',
  columns: [
    idColumn('id', 'Template ID', 'TPL'),
    col('name', 'Name', 'text', { required: true, maxLength: 120, width: 180 }),
    col('key', 'Built-in email', 'text', {
      maxLength: 60,
      width: 150,
      note: 'Set by setup on the rows of the emails the CRM sends by itself (e.g. enquiryAcknowledgement): edit their text, keep this key.',
    }),
    col('purpose', 'Purpose', 'enum', { required: true, values: TEMPLATE_PURPOSES }),
    col('language', 'Language', 'enum', { required: true, valuesFrom: { setting: 'languages' }, width: 90 }),
    col('subject', 'Subject', 'text', {
      required: true,
      maxLength: 250,
      width: 260,
      note: 'May use {{Field}} and {{Field|fallback}}. No line breaks.',
    }),
    col('body', 'Body', 'longText', {
      required: true,
      maxLength: 20000,
      width: 360,
      note: 'The plain-text body, with {{Field}} tokens; a blank line separates paragraphs. Also the HTML body when that is empty.',
    }),
    col('htmlBody', 'HTML body', 'longText', {
      maxLength: 50000,
      width: 240,
      note: 'Optional HTML body with {{Field}} tokens (values are HTML-escaped, line breaks become <br>). Empty: made from Body.',
    }),
    col('active', 'Active', 'boolean'),
    col('notes', 'Notes', 'longText'),
    col('files', 'Files', 'json', {
      note: 'Inline images and attachments this variant carries (from a Gmail draft), kept as Drive files: [{"fileId": "…", "name": "…", "cid": "…" for an inline image or null for an attachment}].',
    }),
    ...bookkeepingColumns(),
  ],
});

export const MAILINGS = tableTab({
  name: 'Mailings',
  prefix: 'MLG',
  description: 'A mailing: its template, audience filter and sending state.',
  columns: [
    idColumn('id', 'Mailing ID', 'MLG'),
    col('name', 'Name', 'text', { required: true, maxLength: 160, width: 220 }),
    col('templateName', 'Template', 'text', {
      required: true,
      maxLength: 120,
      note: 'Template name; the variant follows each recipient’s language.',
    }),
    col('audience', 'Audience', 'json', {
      note: 'Filter: status, hub, country, category, language, topics, event.',
    }),
    col('attachments', 'Attachments', 'json', {
      note: 'Drive files attached to or linked in each message: [{"fileId": "…", "use": "attach" or "link"}].',
    }),
    col('status', 'Status', 'enum', { required: true, values: MAILING_STATUSES, system: true }),
    col('engagementType', 'Logged as', 'enum', {
      values: ['email', 'newsletter', 'event'] as const,
      note: 'Engagement type recorded for each recipient.',
    }),
    col('eventId', 'Event', 'ref', { refTabs: ['Events'] }),
    col('scheduledFor', 'Scheduled for', 'dateTime'),
    col('recipients', 'Recipients', 'integer', { system: true, min: 0 }),
    col('sent', 'Sent', 'integer', { system: true, min: 0 }),
    col('failed', 'Failed', 'integer', { system: true, min: 0 }),
    col('startedAt', 'Started at', 'dateTime', { system: true }),
    col('finishedAt', 'Finished at', 'dateTime', { system: true }),
    col('createdBy', 'Created by', 'email', { system: true }),
    ...bookkeepingColumns(),
  ],
});

export const SENDS = tableTab({
  name: 'Sends',
  prefix: 'SND',
  description: 'One row per recipient per mailing: written by the add-on, never edited by hand.',
  columns: [
    idColumn('id', 'Send ID', 'SND'),
    col('mailingId', 'Mailing', 'ref', { required: true, refTabs: ['Mailings'], system: true }),
    col('contactId', 'Contact', 'ref', { refTabs: ['Contacts'], system: true }),
    col('email', 'Email', 'email', { required: true, system: true }),
    col('language', 'Language', 'enum', {
      required: true,
      valuesFrom: { setting: 'languages' },
      system: true,
    }),
    col('templateId', 'Template variant', 'ref', { refTabs: ['Templates'], system: true }),
    col('status', 'Status', 'enum', {
      required: true,
      values: SEND_STATUSES,
      system: true,
      note: '"unknown": the run stopped while sending; check the sent folder. Never resent automatically.',
    }),
    col('sentAt', 'Sent at', 'dateTime', { system: true }),
    col('messageId', 'Message ID', 'text', { maxLength: 200, system: true }),
    col('error', 'Error', 'text', { maxLength: 500, system: true }),
    ...bookkeepingColumns(),
  ],
});

export const SUPPRESSIONS = tableTab({
  name: 'Suppressions',
  prefix: 'SUP',
  description: 'Addresses that must never be mailed: opted out, bounced, complaints, erased.',
  columns: [
    idColumn('id', 'Suppression ID', 'SUP'),
    col('email', 'Email', 'email', {
      note: 'The address never to mail. Empty only when the reason is erased: the hash then stands for it.',
    }),
    col('reason', 'Reason', 'enum', { required: true, values: SUPPRESSION_REASONS }),
    col('addedOn', 'Added on', 'date', { required: true }),
    col('source', 'Source', 'text', {
      maxLength: 200,
      note: 'Mailing, send or form the suppression came from.',
    }),
    col('addressHash', 'Address hash', 'text', {
      system: true,
      maxLength: 64,
      width: 180,
      note: 'Set by the add-on: SHA-256 (hex) of the trimmed, lower-cased address. Kept when the address is erased, so it is never mailed again.',
    }),
    col('notes', 'Notes', 'longText'),
    ...bookkeepingColumns(),
  ],
});
