// The check result as the sidebar shows it: plain values, and every problem in the reader's words.

import type { BlockedRecipient, MailingCheckResult } from '../../core/mail/mailingCheck';
import { MAILING_FIELD_NAMES } from '../../core/mail/mergeFields';
import type { VariantReason } from '../../core/mail/variantChoice';
import { message } from '../../core/messages';
import type { PreparedMailing } from './mailingPreparation';

export interface MailingCheckView {
  ok: boolean;
  recipients: number;
  /** One sentence per problem, unknown tokens first, in the reader's language. */
  messages: string[];
  unknownTokens: { template: string; language: string; tokens: string[] }[];
  blocked: {
    contactId: string;
    name: string;
    email: string;
    language: string;
    kind: string;
    tokens: string[];
    message: string;
  }[];
  perLanguage: Record<string, number>;
  variants: { contactId: string; name: string; email: string; language: string; reason: VariantReason }[];
}

const braces = (tokens: readonly string[]) => tokens.map((t) => `{{${t}}}`).join(', ');

function blockedMessage(b: BlockedRecipient): string {
  const who = { name: b.name, email: b.email, language: b.language };
  if (b.kind === 'required empty') return message('mail.requiredEmpty', { ...who, tokens: braces(b.tokens) });
  if (b.kind === 'no variant') return message('mail.noVariant', who);
  return message('mail.headerUnsafe', who);
}

/** `stoppers`: problems outside the template and audience that stop the mailing too (e.g. no opt-out page). */
export function checkView(
  p: PreparedMailing,
  r: MailingCheckResult,
  stoppers: readonly string[] = [],
): MailingCheckView {
  const messages: string[] = stoppers.slice();
  const ok = r.ok && stoppers.length === 0;
  if (!r.templateFound) messages.push(message('mail.noTemplate', { name: p.draft.templateName }));
  const unknownTokens = r.variantProblems
    .filter((v) => v.unknownTokens.length > 0)
    .map((v) => ({ template: v.template, language: v.language, tokens: v.unknownTokens.slice() }));
  for (const u of unknownTokens)
    messages.push(
      message('mail.unknownToken', {
        template: u.template,
        language: u.language,
        tokens: braces(u.tokens),
        known: MAILING_FIELD_NAMES.join(', '),
      }),
    );
  for (const v of r.variantProblems)
    if (v.unknownTokens.length === 0)
      messages.push(
        message('mail.variantBroken', { template: v.template, language: v.language, detail: v.message }),
      );
  if (r.templateFound && r.recipients === 0) messages.push(message('mail.noRecipients'));
  const blocked = r.blocked.map((b) => ({
    contactId: b.contactId,
    name: b.name,
    email: b.email,
    language: b.language,
    kind: b.kind,
    tokens: b.tokens.slice(),
    message: blockedMessage(b),
  }));
  for (const b of blocked) messages.push(b.message);
  if (ok) messages.push(message('mail.ready', { n: r.recipients }));
  const byId: Record<string, { name: string; email: string }> = {};
  for (const x of p.recipients) byId[x.contactId] = { name: x.name, email: x.email };
  return {
    ok,
    recipients: r.recipients,
    messages,
    unknownTokens,
    blocked,
    perLanguage: { ...r.perLanguage },
    variants: r.variants.map((v) => ({
      contactId: v.contactId,
      ...byId[v.contactId]!,
      language: v.language,
      reason: v.reason,
    })),
  };
}
