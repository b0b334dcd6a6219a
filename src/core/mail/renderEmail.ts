// Renders an email in the recipient's language (falling back to English): subject, plain-text and HTML bodies, RTL for Arabic.

import { EMAIL_TEMPLATES, type EmailTemplateDef, type EmailVariant } from '../../../sheets-templates/emails';
import { RTL_LANGUAGES } from '../../../sheets-templates/vocabularies';
import { assertHeaderSafe } from './headerSafety';
import { htmlFromText } from './html';
import { type FieldValues, fillTemplate, MissingFieldsError, missingFields } from './tokens';

export interface RenderedEmail {
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
  /** The language actually used: the preferred one, or English when the template has no variant in it. */
  readonly language: string;
  readonly direction: 'ltr' | 'rtl';
}

/** Text appended to every body in the language used, e.g. an opt-out line; null for none. */
export type FooterHook = (language: string) => string | null;

export interface RenderOptions {
  /** Templates to use instead of the built-in ones (e.g. read from the Templates tab). */
  readonly catalog?: Readonly<Record<string, EmailTemplateDef>>;
  readonly footer?: FooterHook;
}

export const FALLBACK_LANGUAGE = 'en';
const RLM = '\u200F';

/** 'FR', 'fr-CA' and 'fr_FR' → 'fr'; empty → 'en'. */
export function normaliseLanguage(language: string | null | undefined): string {
  const code = (language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(code) ? code : FALLBACK_LANGUAGE;
}

export function isRightToLeft(language: string): boolean {
  return (RTL_LANGUAGES as readonly string[]).indexOf(normaliseLanguage(language)) >= 0;
}

function findTemplate(key: string, catalog: Readonly<Record<string, EmailTemplateDef>>): EmailTemplateDef {
  const byKey = catalog[key];
  if (byKey) return byKey;
  const byName = Object.keys(catalog)
    .map((k) => catalog[k]!)
    .find((t) => t.name.toLowerCase() === key.trim().toLowerCase());
  if (byName) return byName;
  throw new Error(
    `There is no email template "${key}". Known templates: ${Object.keys(catalog).join(', ')}.`,
  );
}

/**
 * Plain text for a right-to-left language: each line starts with a RIGHT-TO-LEFT MARK so that mail
 * clients that pick a paragraph's direction from its first strong character (Unicode Bidi rule P2) show
 * lines opening with a name, number or link right-to-left too.
 */
function markRightToLeft(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : RLM + line))
    .join('\n');
}

export function renderEmail(
  templateKey: string,
  language: string | null | undefined,
  fields: FieldValues,
  options: RenderOptions = {},
): RenderedEmail {
  const template = findTemplate(templateKey, options.catalog ?? EMAIL_TEMPLATES);
  const wanted = normaliseLanguage(language);
  const wantedVariant: EmailVariant | undefined = template.variants[wanted];
  const used = wantedVariant ? wanted : FALLBACK_LANGUAGE;
  const variant = wantedVariant ?? template.variants.en;
  const where = `Email "${template.name}" (${used})`;

  // Report every missing field of subject and body together, so one fix is enough.
  const missing = missingFields(variant.subject + '\n' + variant.body, fields);
  if (missing.length > 0) throw new MissingFieldsError(missing, where);

  const subject = fillTemplate(variant.subject, fields, where).trim();
  assertHeaderSafe('Subject', subject);
  let text = fillTemplate(variant.body, fields, where).replace(/\r\n?/g, '\n');
  const footer = options.footer ? options.footer(used) : null;
  if (footer) text += `\n\n—\n${footer}`;

  const direction = isRightToLeft(used) ? 'rtl' : 'ltr';
  return {
    subject,
    textBody: direction === 'rtl' ? markRightToLeft(text) : text,
    htmlBody: htmlFromText(text, used, direction),
    language: used,
    direction,
  };
}
