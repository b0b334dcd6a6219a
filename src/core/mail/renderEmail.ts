// Renders an email in the recipient's language (falling back to English): subject, plain-text and HTML bodies, RTL for Arabic.

import { EMAIL_TEMPLATES, type EmailTemplateDef, type EmailVariant } from '../../../sheets-templates/emails';
import { RTL_LANGUAGES } from '../../../sheets-templates/vocabularies';
import { assertHeaderSafe } from './headerSafety';
import { htmlDocument, htmlValue, paragraphsFromText } from './html';
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
  return renderVariant(template.name, wantedVariant ?? template.variants.en, used, fields, options.footer);
}

/** An HTML body written by the template's author: tokens filled with escaped values, inside the shell when it has none. */
function authoredHtml(
  html: string,
  footHtml: string,
  fields: FieldValues,
  where: string,
  lang: string,
  dir: 'ltr' | 'rtl',
): string {
  const filled = fillTemplate(html, fields, where, htmlValue);
  if (!/<html[\s>]/i.test(filled)) return htmlDocument(filled + footHtml, lang, dir);
  // A whole document: the footer goes before </body>, and its <html> element carries the direction.
  const withFoot = /<\/body>/i.test(filled)
    ? filled.replace(/<\/body>/i, `${footHtml}\n</body>`)
    : filled + footHtml;
  return /<html[^>]*\sdir=/i.test(withFoot)
    ? withFoot
    : withFoot.replace(/<html(?=[\s>])/i, `<html dir="${dir}"`);
}

/**
 * Renders one variant in `language`: subject (one line, checked for header injection), plain text (RTL marks
 * for Arabic) and HTML (the author's HTML body, or paragraphs made from the plain text), with the footer.
 */
export function renderVariant(
  templateName: string,
  variant: EmailVariant,
  language: string,
  fields: FieldValues,
  footer?: FooterHook,
): RenderedEmail {
  const used = normaliseLanguage(language);
  const where = `Email "${templateName}" (${used})`;
  // Report every missing field of subject and bodies together, so one fix is enough.
  const missing = missingFields(`${variant.subject}\n${variant.body}\n${variant.html ?? ''}`, fields);
  if (missing.length > 0) throw new MissingFieldsError(missing, where);

  const subject = fillTemplate(variant.subject, fields, where).trim();
  assertHeaderSafe('Subject', subject);
  let text = fillTemplate(variant.body, fields, where).replace(/\r\n?/g, '\n');
  const foot = footer ? footer(used) : null;
  if (foot) text += `\n\n—\n${foot}`;

  const direction = isRightToLeft(used) ? 'rtl' : 'ltr';
  const footHtml = foot ? `\n<hr>\n${paragraphsFromText(foot)}` : '';
  const htmlBody =
    variant.html && variant.html.trim() !== ''
      ? authoredHtml(variant.html, footHtml, fields, where, used, direction)
      : htmlDocument(paragraphsFromText(text), used, direction);
  return {
    subject,
    textBody: direction === 'rtl' ? markRightToLeft(text) : text,
    htmlBody,
    language: used,
    direction,
  };
}
