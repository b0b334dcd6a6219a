// The shape of a built-in email template: per-language subject and plain-text body with {{Field}} tokens.

import type { TEMPLATE_PURPOSES } from '../vocabularies';

export interface EmailVariant {
  /** One line; tokens allowed. */
  readonly subject: string;
  /** Plain text; a blank line separates paragraphs. Tokens allowed; values are HTML-escaped when sent. */
  readonly body: string;
  /** Optional HTML body (tokens allowed; values are HTML-escaped, line breaks become <br>); made from `body` when absent. */
  readonly html?: string;
}

export interface EmailTemplateDef {
  /** Stable key used in code, e.g. 'enquiryAcknowledgement'. */
  readonly key: string;
  /** The name shown in the Templates tab. */
  readonly name: string;
  readonly purpose: (typeof TEMPLATE_PURPOSES)[number];
  readonly description: string;
  /** Fields the caller supplies (documentation for template editors; the renderer checks the real tokens). */
  readonly fields: readonly string[];
  /** English is required: it is the fallback for every other language. */
  readonly variants: { readonly en: EmailVariant } & Readonly<Partial<Record<string, EmailVariant>>>;
}
