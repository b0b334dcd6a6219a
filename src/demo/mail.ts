// Demo templates, mailings with one Sends row per recipient, and suppressions (opt-outs, bounces).

import { createHash } from 'node:crypto';
import { builtInTemplateRows } from '../../sheets-templates/emails';
import type {
  ContactRecord,
  EventRecord,
  MailingRecord,
  SendRecord,
  SuppressionRecord,
  TemplateRecord,
} from '../../sheets-templates/index';
import { addressHash } from '../core/privacy/addressHash';
import { apportion, type DemoContext } from './context';
import type { DemoNetwork } from './network';
import { TEMPLATE_FAMILIES } from './templateTexts';

/**
 * The Templates tab: the built-in emails as setup seeds them (keyed, so the intake emails read them), then the
 * demo's own mailing families (newsletter, invitation, introduction) in four languages.
 */
export function buildTemplates(ctx: DemoContext, languages: readonly string[]): TemplateRecord[] {
  const out: TemplateRecord[] = [];
  for (const row of builtInTemplateRows(languages)) {
    out.push({ id: ctx.nextId('TPL'), ...row, ...ctx.bookkeeping(ctx.daysAgo(ctx.rnd.int(300, 800))) });
  }
  for (const family of TEMPLATE_FAMILIES) {
    for (const language of Object.keys(family.variants)) {
      const [subject, body] = family.variants[language]!;
      out.push({
        id: ctx.nextId('TPL'),
        name: family.name,
        key: null,
        purpose: family.purpose,
        language,
        subject,
        body,
        htmlBody: null,
        active: true,
        notes: language === 'en' ? 'Fallback variant.' : null,
        files: null,
        ...ctx.bookkeeping(ctx.daysAgo(ctx.rnd.int(300, 800))),
      });
    }
  }
  return out;
}

export interface DemoMail {
  mailings: MailingRecord[];
  sends: SendRecord[];
}

/**
 * Mailings spread over two years: all but the last two are done; the last one with sends is paused
 * mid-way (queued rows and one 'unknown' outcome); one is scheduled and one is a draft (no sends).
 * Sends add up to exactly `sendCount`.
 */
export function buildMailings(
  ctx: DemoContext,
  net: DemoNetwork,
  templates: TemplateRecord[],
  events: EventRecord[],
  count: number,
  sendCount: number,
): DemoMail {
  const r = ctx.rnd;
  const mailable = net.contacts.filter((c) => c.email !== null && c.activeTo === null);
  const variantOf = (name: string, language: string) =>
    templates.find((t) => t.name === name && t.language === language) ??
    templates.find((t) => t.name === name && t.language === 'en')!;
  const upcoming = events.filter((e) => e.status === 'invitations sent' || e.status === 'held');
  const withSends = Math.max(1, count - 2);
  const perMailing = apportion(
    sendCount,
    Array.from({ length: withSends }, () => 1),
  );
  const mailings: MailingRecord[] = [];
  const sends: SendRecord[] = [];
  let carry = 0;
  const bounced = new Set<string>(); // a bounced address is suppressed for every later mailing
  for (let i = 0; i < count; i++) {
    const isDraft = i === count - 1 && count > 2;
    const isScheduled = i === count - 2 && count > 2;
    const isPaused = i === withSends - 1;
    const invitation = upcoming.length > 0 && r.chance(0.3);
    const event = invitation ? r.pick(upcoming) : null;
    const name = event ? 'Event invitation' : 'Monthly newsletter';
    const daysAgo =
      isDraft || isScheduled
        ? 0
        : Math.round(ctx.historyDays - (i * (ctx.historyDays - 30)) / Math.max(1, withSends));
    const started = isDraft || isScheduled ? null : ctx.atWorkingHour(ctx.daysAgo(Math.max(1, daysAgo)));
    const mailing: MailingRecord = {
      id: ctx.nextId('MLG'),
      name: event
        ? `Invitation: ${event.name}`
        : `Newsletter ${started ? started.toISOString().slice(0, 7) : 'next issue'}`,
      templateName: name,
      audience: event
        ? { statuses: ['member'], hubIds: [event.hubId!] }
        : { statuses: ['member', 'applicant'] },
      attachments: null,
      status: isDraft ? 'draft' : isScheduled ? 'scheduled' : isPaused ? 'paused' : 'done',
      engagementType: event ? 'event' : 'newsletter',
      eventId: event ? event.id : null,
      scheduledFor: isScheduled ? ctx.atWorkingHour(ctx.daysAgo(-3)) : null,
      recipients: 0,
      sent: 0,
      failed: 0,
      startedAt: started,
      finishedAt: started && !isPaused ? new Date(started.getTime() + r.int(10, 90) * 60000) : null,
      createdBy: r.pick(net.staff.filter((s) => s.role === 'comms' || s.role === 'coordinator')).email,
      ...ctx.bookkeeping(started ?? ctx.recentMoment(10)),
    };
    mailings.push(mailing);
    if (!started) continue;
    const want = perMailing[i]! + carry;
    const recipients = r.sample(mailable, want);
    carry = want - recipients.length; // too few addresses: the next mailing takes the rest
    let sent = 0;
    let failed = 0;
    // The paused run's one "unknown" is the first recipient of its tail not skipped (an opted-out or bounced
    // address at exactly 60 % left the bench with none once the built-in templates grew: issue 14).
    let unknownLeft = isPaused;
    recipients.forEach((contact, k) => {
      const template = variantOf(name, contact.language);
      const inTail = isPaused && k >= Math.floor(recipients.length * 0.6);
      const tail = inTail ? (unknownLeft ? 'unknown' : 'queued') : null;
      const send = buildSend(ctx, mailing, contact, template, bounced, tail, k);
      if (send.status === 'unknown') unknownLeft = false;
      sends.push(send);
      if (send.status === 'sent') sent++;
      if (send.status === 'failed' || send.status === 'bounced') failed++;
      if (send.status === 'bounced') bounced.add(send.email);
    });
    mailing.recipients = recipients.length;
    mailing.sent = sent;
    mailing.failed = failed;
  }
  return { mailings, sends };
}

function buildSend(
  ctx: DemoContext,
  mailing: MailingRecord,
  contact: ContactRecord,
  template: TemplateRecord,
  bounced: Set<string>,
  /** In the paused run's tail: this recipient's status there ('unknown' once, then 'queued'); null elsewhere. */
  tail: 'unknown' | 'queued' | null,
  index: number,
): SendRecord {
  const r = ctx.rnd;
  const started = mailing.startedAt!;
  let status: SendRecord['status'];
  let error: string | null = null;
  if (contact.optedOut && contact.optedOutOn && contact.optedOutOn.getTime() <= started.getTime()) {
    status = 'skipped';
    error = 'Opted out.';
  } else if (bounced.has(contact.email!)) {
    status = 'skipped';
    error = 'Suppressed: the address bounced before.';
  } else if (tail) {
    // The paused run stopped between sending and recording for exactly one recipient.
    status = tail;
    if (status === 'unknown')
      error = 'The run stopped while sending: check the Sent folder before resending.';
  } else {
    status = r.weighted([
      ['sent', 990],
      ['bounced', 5],
      ['failed', 5],
    ] as const);
    if (status === 'failed') error = 'Invalid email address or the daily quota was reached.';
    if (status === 'bounced') error = 'Address not found.';
  }
  const sentAt =
    status === 'sent' || status === 'bounced' ? new Date(started.getTime() + index * 1500) : null;
  return {
    id: ctx.nextId('SND'),
    mailingId: mailing.id,
    contactId: contact.id,
    email: contact.email!,
    language: template.language,
    templateId: template.id,
    status,
    sentAt,
    messageId: sentAt ? r.chars(16, '0123456789abcdef') : null,
    error,
    createdAt: started,
    updatedAt: sentAt ?? started,
    updatedBy: mailing.createdBy!,
    version: status === 'queued' ? 1 : 2,
    lastRequest: null,
  };
}

/** The Address hash the add-on writes, made with Node's SHA-256 (the demo is generated outside Apps Script). */
const demoAddressHash = (email: string) =>
  addressHash(email, (text) => [...createHash('sha256').update(text, 'utf8').digest()]);

export function buildSuppressions(
  ctx: DemoContext,
  net: DemoNetwork,
  sends: SendRecord[],
  extra: number,
): SuppressionRecord[] {
  const r = ctx.rnd;
  const out: SuppressionRecord[] = [];
  const seen = new Set<string>();
  const add = (
    email: string,
    reason: SuppressionRecord['reason'],
    addedOn: Date,
    source: string | null,
    notes: string | null,
  ) => {
    if (seen.has(email)) return;
    seen.add(email);
    out.push({
      id: ctx.nextId('SUP'),
      email,
      reason,
      addedOn,
      source,
      addressHash: demoAddressHash(email),
      notes,
      ...ctx.bookkeeping(ctx.atWorkingHour(addedOn)),
    });
  };
  for (const c of net.contacts) {
    if (c.optedOut && c.email)
      add(c.email, 'opted out', c.optedOutOn ?? ctx.daysAgo(100), 'Opt-out link', null);
  }
  for (const s of sends) {
    if (s.status === 'bounced') add(s.email, 'bounced', s.sentAt ?? ctx.today, s.id, null);
  }
  for (let i = 0; i < extra && net.cities.length > 0; i++) {
    const city = r.pick(net.cities);
    const domain = net.cityInfo.get(city.id)!.domain;
    add(
      `former.officer${i + 1}@${domain}`,
      r.pick(['manual', 'complaint'] as const),
      ctx.daysAgo(r.int(0, 700)),
      null,
      'Asked by phone not to be contacted.',
    );
  }
  return out;
}
