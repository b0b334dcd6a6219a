// Builds a template catalog from Templates tab rows (one row per name and language), for renderEmail's catalog option.

import type { EmailTemplateDef, EmailVariant } from '../../../sheets-templates/emails';
import { TEMPLATE_PURPOSES } from '../../../sheets-templates/vocabularies';
import { parseTemplate } from './tokens';

export interface TemplateRow {
  readonly name: string;
  readonly purpose: string;
  readonly language: string;
  readonly subject: string;
  readonly body: string;
  readonly active: boolean;
}

export interface TemplateCatalog {
  readonly catalog: Record<string, EmailTemplateDef>;
  /** Rows left out, with why: a syntax error, a line break in the subject, no English variant. */
  readonly problems: string[];
}

/** Active rows grouped by name; a name without an English row is refused (English is the fallback). */
export function catalogFromRows(rows: readonly TemplateRow[]): TemplateCatalog {
  const problems: string[] = [];
  const variants: Record<string, Record<string, EmailVariant>> = {};
  const purposes: Record<string, string> = {};
  for (const r of rows) {
    if (!r.active) continue;
    const where = `Template "${r.name}" (${r.language})`;
    try {
      parseTemplate(r.subject);
      parseTemplate(r.body);
    } catch (e) {
      problems.push(`${where}: ${(e as Error).message}`);
      continue;
    }
    if (/[\r\n]/.test(r.subject)) {
      problems.push(`${where}: the subject must be one line.`);
      continue;
    }
    if (!variants[r.name]) variants[r.name] = {};
    const byLang = variants[r.name]!;
    byLang[r.language.trim().toLowerCase()] = { subject: r.subject, body: r.body };
    purposes[r.name] = r.purpose;
  }
  const catalog: Record<string, EmailTemplateDef> = {};
  for (const name of Object.keys(variants)) {
    const v = variants[name]!;
    const en = v.en;
    if (!en) {
      problems.push(`Template "${name}": no English variant, which every template needs as its fallback.`);
      continue;
    }
    const purpose =
      (TEMPLATE_PURPOSES as readonly string[]).indexOf(purposes[name]!) >= 0 ? purposes[name]! : 'other';
    catalog[name] = {
      key: name,
      name,
      purpose: purpose as EmailTemplateDef['purpose'],
      description: '',
      fields: [],
      variants: { ...v, en },
    };
  }
  return { catalog, problems };
}
