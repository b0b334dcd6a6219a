// The check before a mailing's first send: every variant's tokens known, every recipient rendered, blanks listed.

import type { EmailVariant } from '../../../sheets-templates/emails';
import { HeaderInjectionError } from './headerSafety';
import { type RenderedEmail, renderVariant } from './renderEmail';
import type { TemplateFamily, VariantProblem } from './templateRows';
import { type FieldValues, MissingFieldsError, unknownFields } from './tokens';
import { chooseVariant, type VariantReason } from './variantChoice';

export interface CheckRecipient {
  readonly contactId: string;
  readonly email: string;
  readonly name: string;
  readonly preferredLanguage: string;
  readonly cityLanguages: readonly string[];
  readonly fields: FieldValues;
}

/** A recipient the mailing cannot be sent to as it stands, and what to fix (or exclude them). */
export interface BlockedRecipient {
  readonly contactId: string;
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly kind: 'required empty' | 'no variant' | 'header';
  /** Required tokens (no fallback) that would be empty, for kind 'required empty'. */
  readonly tokens: readonly string[];
  readonly detail: string;
}

export interface RecipientVariant {
  readonly contactId: string;
  readonly language: string;
  readonly reason: VariantReason;
}

export interface MailingCheckResult {
  /** True when the mailing may start: every variant usable, every recipient rendered. */
  readonly ok: boolean;
  readonly templateFound: boolean;
  /** Variants that stop the mailing: unknown tokens (named), broken syntax, a subject on two lines. */
  readonly variantProblems: readonly VariantProblem[];
  readonly blocked: readonly BlockedRecipient[];
  /** The variant each renderable recipient gets, and why. */
  readonly variants: readonly RecipientVariant[];
  /** Recipients per language. */
  readonly perLanguage: Readonly<Record<string, number>>;
  readonly recipients: number;
}

/** Checks the variants against the known tokens (unknown ones stop the mailing, naming the token and variant). */
export function variantTokenProblems(family: TemplateFamily, known: readonly string[]): VariantProblem[] {
  const out: VariantProblem[] = [];
  for (const language of Object.keys(family.variants)) {
    const v: EmailVariant = family.variants[language]!;
    const unknown = unknownFields(`${v.subject}\n${v.body}\n${v.html ?? ''}`, known);
    if (unknown.length === 0) continue;
    out.push({
      template: family.name,
      language,
      rowId: family.rowIds[language] ?? '',
      unknownTokens: unknown,
      message: `Template "${family.name}" (${language}): unknown token ${unknown.map((t) => `{{${t}}}`).join(', ')}: no field of that name exists.`,
    });
  }
  return out;
}

/** Renders one recipient in their variant; the email, or why it cannot be rendered. */
export function renderRecipient(
  family: TemplateFamily,
  r: CheckRecipient,
  language: string,
): { email: RenderedEmail } | { blocked: BlockedRecipient } {
  const variant = family.variants[language]!;
  const base = { contactId: r.contactId, email: r.email, name: r.name, language };
  try {
    return { email: renderVariant(family.name, variant, language, r.fields) };
  } catch (e) {
    if (e instanceof MissingFieldsError)
      return { blocked: { ...base, kind: 'required empty', tokens: e.fields, detail: e.message } };
    if (e instanceof HeaderInjectionError)
      return { blocked: { ...base, kind: 'header', tokens: [], detail: e.message } };
    throw e;
  }
}

/**
 * Every recipient rendered before the first send (issue 12 item 2): a recipient whose required token would be
 * empty, whose subject would carry a line break, or for whom the template has no variant is listed; the
 * mailing may start only when none is listed and no variant has a problem.
 */
export function checkMailing(
  family: TemplateFamily | null,
  recipients: readonly CheckRecipient[],
  known: readonly string[],
): MailingCheckResult {
  if (!family)
    return {
      ok: false,
      templateFound: false,
      variantProblems: [],
      blocked: [],
      variants: [],
      perLanguage: {},
      recipients: recipients.length,
    };
  const variantProblems = family.problems.concat(variantTokenProblems(family, known));
  const broken = new Set(variantProblems.map((p) => p.language));
  const available = Object.keys(family.variants);
  const blocked: BlockedRecipient[] = [];
  const variants: RecipientVariant[] = [];
  const perLanguage: Record<string, number> = {};
  for (const r of recipients) {
    const choice = chooseVariant(r.preferredLanguage, r.cityLanguages, available);
    if (!choice) {
      blocked.push({
        contactId: r.contactId,
        email: r.email,
        name: r.name,
        language: r.preferredLanguage,
        kind: 'no variant',
        tokens: [],
        detail: `Template "${family.name}" has no variant in ${r.preferredLanguage || 'their language'}, their city's languages or English.`,
      });
      continue;
    }
    variants.push({ contactId: r.contactId, language: choice.language, reason: choice.reason });
    perLanguage[choice.language] = (perLanguage[choice.language] ?? 0) + 1;
    // A broken variant is reported once, above; its recipients are not rendered with it.
    if (broken.has(choice.language)) continue;
    const rendered = renderRecipient(family, r, choice.language);
    if ('blocked' in rendered) blocked.push(rendered.blocked);
  }
  return {
    ok: variantProblems.length === 0 && blocked.length === 0 && recipients.length > 0,
    templateFound: true,
    variantProblems,
    blocked,
    variants,
    perLanguage,
    recipients: recipients.length,
  };
}
