// Dissemination › New mailing: the sidebar's server calls — choices, audience, the check, a recipient's preview, a test send.

import {
  CONTACT_CATEGORIES,
  EVENTS,
  MAILINGS,
  MEMBERSHIP_STATUSES,
  PARTICIPANT_STATUSES,
} from '../../../sheets-templates';
import { localDateOf } from '../../core/calendar/localDate';
import { EXCLUSION_REASONS, type ExclusionReason } from '../../core/mail/audience';
import { renderRecipient } from '../../core/mail/mailingCheck';
import { MAILING_FIELD_NAMES } from '../../core/mail/mergeFields';
import { templateNames } from '../../core/mail/templateRows';
import { chooseVariant, type VariantReason } from '../../core/mail/variantChoice';
import { message, UserError } from '../../core/messages';
import { requireRole } from '../access/roles';
import { showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { workbook } from '../store/session';
import { standingMailingId } from './automaticMailings';
import { checkView, type MailingCheckView } from './checkView';
import { DISSEMINATORS } from './disseminationAccess';
import {
  checkPrepared,
  mailingStoppers_,
  type PreparedMailing,
  prepareMailing,
  requireFamily,
} from './mailingPreparation';
import { testSendFiles_ } from './sending/files';
import { templateRows } from './templateCatalog';
import { sendPrepared } from './trackedMail';

export interface MailingSetup {
  language: UiLanguage;
  templates: string[];
  statuses: string[];
  hubs: { id: string; name: string }[];
  countries: string[];
  categories: string[];
  languages: string[];
  topics: string[];
  savedLists: { id: string; name: string }[];
  /** Events for the participation filter, newest first, and the participant statuses that narrow it. */
  events: { id: string; name: string; startsOn: string }[];
  participantStatuses: string[];
  fields: string[];
}

export interface RecipientLine {
  contactId: string;
  name: string;
  email: string;
  org: string;
  language: string;
}

export interface AudienceView {
  matched: number;
  count: number;
  sample: RecipientLine[];
  counts: Record<ExclusionReason, number>;
  excluded: { contactId: string; name: string; email: string; reason: ExclusionReason; detail: string }[];
}

export interface RecipientPreview {
  contactId: string;
  name: string;
  to: string;
  language: string;
  reason: VariantReason | 'chosen';
  variants: string[];
  subject: string;
  textBody: string;
  htmlBody: string;
  direction: 'ltr' | 'rtl';
}

const SAMPLE = 10;
const EXCLUDED_LISTED = 500;

/** Menu action: SCN CRM › Dissemination › New mailing. */
export function showNewMailing(): void {
  showSidebarPage('mailing', 'New mailing');
}

function eventChoices(session: ReturnType<typeof workbook>): MailingSetup['events'] {
  const et = session.table(EVENTS);
  const tz = Session.getScriptTimeZone();
  const day = (v: unknown) => (v instanceof Date ? localDateOf(v, tz) : String(v ?? ''));
  return et
    .rows()
    .map((r) => ({
      id: String(et.cell(r, 'id')),
      name: String(et.cell(r, 'name')),
      startsOn: day(et.cell(r, 'startsOn')),
    }))
    .filter((e) => e.id !== '')
    .sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0));
}

export function getMailingSetup(): MailingSetup {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'prepare mailings');
  const settings = session.settings().settings;
  const p = prepareMailing(session, { name: '', templateName: '', audience: {} });
  const countries: string[] = [];
  for (const id of Object.keys(p.world.cities)) {
    const c = p.world.cities[id]!.country;
    if (c !== '' && countries.indexOf(c) < 0) countries.push(c);
  }
  const mt = session.table(MAILINGS);
  const savedLists = mt
    .rows()
    .map((r) => ({ id: String(mt.cell(r, 'id')), name: String(mt.cell(r, 'name')) }))
    .filter((m) => m.id !== '' && m.name.indexOf('Automatic: ') !== 0);
  return {
    language: uiLanguage_(),
    templates: templateNames(
      // The built-in emails are sent by the CRM itself; a mailing picks among the others.
      templateRows(session).filter((r) => r.key.trim() === ''),
    ),
    statuses: MEMBERSHIP_STATUSES.slice(),
    hubs: Object.keys(p.world.hubNames).map((id) => ({ id, name: p.world.hubNames[id]! })),
    countries: countries.sort(),
    categories: CONTACT_CATEGORIES.slice(),
    languages: settings.languages.slice(),
    topics: settings.topics.slice(),
    savedLists,
    events: eventChoices(session),
    participantStatuses: PARTICIPANT_STATUSES.slice(),
    fields: MAILING_FIELD_NAMES.slice(),
  };
}

function line(p: PreparedMailing, contactId: string): RecipientLine {
  const s = p.world.sources[contactId]!;
  return {
    contactId,
    name: s.contact.name,
    email: s.contact.email,
    org: s.org?.name ?? '',
    language: s.contact.language,
  };
}

/** The audience of a draft: its count, a sample, and every contact left out with the reason. */
export function previewAudience(draft: unknown): AudienceView {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'prepare mailings');
  const p = prepareMailing(session, draft);
  const a = p.audience;
  const counts = {} as Record<ExclusionReason, number>;
  for (const r of EXCLUSION_REASONS) counts[r] = a.counts[r];
  return {
    matched: a.matched,
    count: a.recipients.length,
    sample: a.recipients.slice(0, SAMPLE).map((c) => line(p, c.id)),
    counts,
    excluded: a.excluded.slice(0, EXCLUDED_LISTED).map((e) => ({ ...e })),
  };
}

/** The check before anything is sent: unknown tokens, recipients with required tokens empty, each one's variant. */
export function checkMailingDraft(draft: unknown): MailingCheckView {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'prepare mailings');
  const p = prepareMailing(session, draft);
  return checkView(p, checkPrepared(p), mailingStoppers_(session, p));
}

/** One recipient exactly as they will receive it, in their variant or in `language` (any variant the template has). */
function renderFor(p: PreparedMailing, contactId: string, language: string | null): RecipientPreview {
  const family = requireFamily(p);
  const r = p.recipients.find((x) => x.contactId === contactId);
  if (!r) throw new UserError('mail.notInAudience', { id: contactId });
  const variants = Object.keys(family.variants);
  let chosen: { language: string; reason: VariantReason | 'chosen' } | null = null;
  if (language) {
    if (variants.indexOf(language) < 0)
      throw new UserError('mail.noVariantIn', { template: family.name, language });
    chosen = { language, reason: 'chosen' };
  } else chosen = chooseVariant(r.preferredLanguage, r.cityLanguages, variants);
  if (!chosen)
    throw new UserError('mail.noVariantIn', { template: family.name, language: r.preferredLanguage });
  const out = renderRecipient(family, r, chosen.language);
  if ('blocked' in out) throw new UserError('mail.previewBlocked', { detail: out.blocked.detail });
  const e = out.email;
  return {
    contactId,
    name: r.name,
    to: r.email,
    language: e.language,
    reason: chosen.reason,
    variants,
    subject: e.subject,
    textBody: e.textBody,
    htmlBody: e.htmlBody,
    direction: e.direction,
  };
}

export function previewMailingRecipient(
  draft: unknown,
  contactId: string,
  language: string | null,
): RecipientPreview {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'prepare mailings');
  return renderFor(prepareMailing(session, draft), String(contactId), language ? String(language) : null);
}

export interface TestSendResult {
  to: string;
  language: string;
  subject: string;
  status: string;
  message: string;
}

/**
 * Sends the preview of one recipient to the caller's own address, through the tracked mail path (a Sends row under
 * the standing "Automatic: Test sends" mailing, MailApp, so it counts against the day's quota like any email), with
 * the files a real send of that variant carries.
 */
export function sendMailingTest(draft: unknown, contactId: string, language: string | null): TestSendResult {
  const session = workbook();
  const caller = requireRole(session, DISSEMINATORS, 'send test emails');
  const p = prepareMailing(session, draft);
  const preview = renderFor(p, String(contactId), language ? String(language) : null);
  const to = caller.email;
  if (to === '') throw new UserError('mail.noOwnAddress');
  const stamp = session.now().getTime();
  const outcome = sendPrepared(session, {
    key: `test:${to}:${preview.contactId}:${preview.language}:${stamp}`,
    scope: `test:${to}:`,
    to,
    contactId: preview.contactId,
    mailingId: () => standingMailingId(session, 'testSends', 'Test sends', 'Test sends'),
    prepare: () => ({
      email: {
        subject: preview.subject,
        textBody: preview.textBody,
        htmlBody: preview.htmlBody,
        language: preview.language,
        direction: preview.direction,
      },
      // Like a real send: the variant's images inline and its attachments, with the mailing's own files.
      files: testSendFiles_(requireFamily(p), preview.language, p.draft.attachments),
    }),
  });
  if (outcome.status === 'failed') throw new UserError('mail.testFailed', { error: outcome.error ?? '' });
  return {
    to,
    language: preview.language,
    subject: preview.subject,
    status: outcome.status,
    message: message('mail.testSent', { to, language: preview.language }),
  };
}
