// The typed keys of the Settings tab: the label in the Key column, the field name in code, its kind and default.

import { DEFAULT_LANGUAGES, DEFAULT_TOPICS } from './vocabularies';

/** How a setting's Value cell is read. Lists are comma- or newline-separated. */
export type SettingKind =
  | 'integer'
  | 'text'
  | 'email' // one address, or empty
  | 'url' // one https link, or empty
  | 'language' // one language code
  | 'list' // free list of labels
  | 'languageList' // list of language codes
  | 'emailList'
  | 'dateList'; // YYYY-MM-DD dates

export interface SettingKeyDef {
  readonly field: string; // camelCase field of the Settings object
  readonly key: string; // text of the Key cell
  readonly kind: SettingKind;
  readonly defaultValue: number | string | null | readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly note: string;
}

export const SETTING_KEYS = [
  {
    field: 'slaWorkingDays',
    key: 'SLA working days',
    kind: 'integer',
    defaultValue: 3,
    min: 1,
    max: 30,
    note: 'Working days to answer an enquiry or an application (the FAQ promises 2–3).',
  },
  {
    field: 'holidays',
    key: 'Holidays',
    kind: 'dateList',
    defaultValue: [],
    note: 'Dates not counted as working days, YYYY-MM-DD, comma-separated.',
  },
  {
    field: 'languages',
    key: 'Languages',
    kind: 'languageList',
    defaultValue: DEFAULT_LANGUAGES,
    note: 'Languages of correspondence (codes); templates should exist in each.',
  },
  {
    field: 'defaultLanguage',
    key: 'Default language',
    kind: 'language',
    defaultValue: 'en',
    note: 'Fallback when a template has no variant in the contact’s language. Must be one of Languages.',
  },
  {
    field: 'topics',
    key: 'Topics',
    kind: 'list',
    defaultValue: DEFAULT_TOPICS,
    note: 'The topics taxonomy for priorities, expertise, needs and engagements.',
  },
  {
    field: 'senderName',
    key: 'Sender name',
    kind: 'text',
    defaultValue: 'Strong Cities Network',
    note: 'Name shown as the sender of every email.',
  },
  { field: 'replyTo', key: 'Reply-to', kind: 'email', defaultValue: null, note: 'Address replies go to.' },
  {
    field: 'mailingFrom',
    key: 'Mailing sender address',
    kind: 'email',
    defaultValue: null,
    note: 'The From address of mailings: a send-as alias of the account that starts them (empty: that account).',
  },
  {
    field: 'mailingCc',
    key: 'Mailing CC',
    kind: 'emailList',
    defaultValue: [],
    note: 'Copied on every mailing message (each counts against the daily quota).',
  },
  {
    field: 'mailingBcc',
    key: 'Mailing BCC',
    kind: 'emailList',
    defaultValue: [],
    note: 'Blind-copied on every mailing message (each counts against the daily quota).',
  },
  {
    field: 'termsOfReferenceUrl',
    key: 'Terms of Reference link',
    kind: 'url',
    defaultValue: null,
    note: 'Sent to new members with the welcome email.',
  },
  {
    field: 'onlineHubUrl',
    key: 'Online Hub link',
    kind: 'url',
    defaultValue: null,
    note: 'The members’ Online Hub, sent with the welcome email.',
  },
  {
    field: 'staleProfileDays',
    key: 'Stale profile days',
    kind: 'integer',
    defaultValue: 365,
    min: 30,
    max: 3650,
    note: 'A city profile not reviewed for this many days is flagged as stale.',
  },
  {
    field: 'engagedWithinDays',
    key: 'Engaged within days',
    kind: 'integer',
    defaultValue: 90,
    min: 7,
    max: 730,
    note: 'Window for the dashboard’s “members engaged recently” indicator.',
  },
  {
    field: 'digestRecipients',
    key: 'Digest recipients',
    kind: 'emailList',
    defaultValue: [],
    note: 'Who receives the daily digest of overdue items; empty means every coordinator.',
  },
  {
    field: 'mailDailyReserve',
    key: 'Mail daily reserve',
    kind: 'integer',
    defaultValue: 20,
    min: 0,
    max: 1500,
    note: 'Emails of the daily quota kept back for acknowledgements and digests; mailings stop before it.',
  },
  {
    field: 'archiveAfterMonths',
    key: 'Archive after months',
    kind: 'integer',
    defaultValue: 24,
    min: 3,
    max: 240,
    note: 'Engagements, Sends and Audit rows older than this move to the yearly archive spreadsheets (Data › Archive history).',
  },
  {
    field: 'archiveCellBudget',
    key: 'Archive cell budget',
    kind: 'integer',
    defaultValue: 5000000,
    min: 100000,
    max: 10000000,
    note: 'When the workbook’s grid (rows × columns of every tab) is still over this many cells after archiving, Archive history archives more months, down to Archive minimum months. Google’s limit is 10,000,000.',
  },
  {
    field: 'archiveMinMonths',
    key: 'Archive minimum months',
    kind: 'integer',
    defaultValue: 12,
    min: 1,
    max: 240,
    note: 'The cell budget never archives history newer than this many months; still over the budget there, the run says so for an admin.',
  },
  {
    field: 'archiveFolder',
    key: 'Archive folder',
    kind: 'text',
    defaultValue: 'SCN CRM archives',
    note: 'The Drive folder (by name) the yearly archive spreadsheets are created in; created when missing.',
  },
  {
    field: 'snapshotFolder',
    key: 'Snapshot folder',
    kind: 'text',
    defaultValue: null,
    note: 'The Drive folder (by name) the weekly copy of this workbook goes into; empty: no weekly snapshot. The folder is not created: make it and share it as you wish.',
  },
  {
    field: 'snapshotsKept',
    key: 'Snapshots kept',
    kind: 'integer',
    defaultValue: 8,
    min: 1,
    max: 104,
    note: 'How many weekly snapshots stay in the folder; older ones the CRM made go to the bin (never other files).',
  },
  {
    field: 'privacyNoticeUrl',
    key: 'Privacy notice link',
    kind: 'url',
    defaultValue: null,
    note: 'The network’s privacy notice, linked from the enquiry and application forms (https).',
  },
  {
    field: 'keepClosedApplicationsMonths',
    key: 'Keep declined or abandoned applications (months)',
    kind: 'integer',
    defaultValue: 24,
    min: 1,
    max: 240,
    note: 'Declined, withdrawn or abandoned applications older than this are listed by the retention job for anonymising.',
  },
  {
    field: 'eventReminderDays',
    key: 'Event reminder (days before)',
    kind: 'integer',
    defaultValue: 7,
    min: 0,
    max: 90,
    note: 'The daily jobs remind each registered or confirmed participant this many days before an event (0: no reminder).',
  },
  {
    field: 'keepInactiveContactsMonths',
    key: 'Keep inactive contacts (months)',
    kind: 'integer',
    defaultValue: 36,
    min: 1,
    max: 240,
    note: 'Contacts inactive (left their role, no engagement) for longer than this are listed for anonymising.',
  },
  {
    field: 'keepRawResponsesMonths',
    key: 'Keep raw form responses (months)',
    kind: 'integer',
    defaultValue: 12,
    min: 1,
    max: 240,
    note: 'Raw form responses older than this are listed for anonymising once recorded.',
  },
  {
    field: 'keepEventTravelDays',
    key: 'Keep event travel data (days)',
    kind: 'integer',
    defaultValue: 90,
    min: 1,
    max: 3650,
    note: 'Days after an event ends before the daily jobs clear its participants’ travel, visa and needs (role, status and attendance stay).',
  },
  {
    field: 'peerWeightTopic',
    key: 'Peer weight: topic',
    kind: 'integer',
    defaultValue: 40,
    min: 0,
    max: 100,
    note: 'Points when the other side has practice or expertise on the need’s topic (peer matching).',
  },
  {
    field: 'peerWeightPriority',
    key: 'Peer weight: priority',
    kind: 'integer',
    defaultValue: 15,
    min: 0,
    max: 100,
    note: 'Points for a high-priority need (medium earns 60 %, low 30 %).',
  },
  {
    field: 'peerWeightRecency',
    key: 'Peer weight: recency',
    kind: 'integer',
    defaultValue: 10,
    min: 0,
    max: 100,
    note: 'Points for a need surveyed in the last 12 months, falling to none at 36 months.',
  },
  {
    field: 'peerWeightLanguage',
    key: 'Peer weight: shared language',
    kind: 'integer',
    defaultValue: 20,
    min: 0,
    max: 100,
    note: 'Points when both sides work in a common language (none when interpretation is needed).',
  },
  {
    field: 'peerWeightHub',
    key: 'Peer weight: same hub',
    kind: 'integer',
    defaultValue: 10,
    min: 0,
    max: 100,
    note: 'Points when both cities are in the same hub (a partner: in the same country).',
  },
  {
    field: 'peerWeightSize',
    key: 'Peer weight: similar size',
    kind: 'integer',
    defaultValue: 5,
    min: 0,
    max: 100,
    note: 'Points for cities of similar population (the smaller over the larger).',
  },
  {
    field: 'peerPenaltyRecent',
    key: 'Peer penalty: met or matched before',
    kind: 'integer',
    defaultValue: 25,
    min: 0,
    max: 100,
    note: 'Points taken off a pair that held a peer exchange within the window or was matched before it.',
  },
  {
    field: 'peerPenaltyDays',
    key: 'Peer penalty window (days)',
    kind: 'integer',
    defaultValue: 365,
    min: 1,
    max: 3650,
    note: 'A pair matched or dismissed within this many days is not suggested again; a peer exchange within it costs the penalty.',
  },
  {
    field: 'peerCapacity',
    key: 'Peer exchanges per offering side',
    kind: 'integer',
    defaultValue: 2,
    min: 1,
    max: 50,
    note: 'How many open matches (proposed, introduced, exchange held) one offering city or partner takes at a time.',
  },
  {
    field: 'peerFollowUpDays',
    key: 'Peer introduction follow-up days',
    kind: 'integer',
    defaultValue: 30,
    min: 1,
    max: 365,
    note: 'The follow-up date set on a match when its introduction is sent.',
  },
  {
    field: 'contactReconfirmDays',
    key: 'Contact re-confirmation days',
    kind: 'integer',
    defaultValue: 30,
    min: 1,
    max: 365,
    note: 'A contact still to re-confirm after a political change this many days later is listed for the hub.',
  },
] as const satisfies readonly SettingKeyDef[];

export type SettingField = (typeof SETTING_KEYS)[number]['field'];

export function settingKeyByField(field: SettingField): SettingKeyDef {
  return SETTING_KEYS.find((s) => s.field === field)!;
}
