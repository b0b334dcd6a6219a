// The emails the CRM sends by itself read their text from the Templates tab; the built-in text is the seed and the safe fallback.

import type { EmailTemplateDef, EmailVariant } from '../../../sheets-templates/emails';
import { SETTINGS_TOKENS } from './mergeFields';
import { normaliseLanguage } from './renderEmail';
import { rowProblem, type TemplateRow, variantOf } from './templateRows';

/** A built-in email as the Templates tab has it, and for each language the reason its built-in text is used. */
export interface ResolvedBuiltIn {
  readonly template: EmailTemplateDef;
  /** Language → why the sheet's text was not used (no row, row unticked, row invalid). Absent: the sheet's text. */
  readonly fallbacks: Readonly<Record<string, string>>;
  /** Language → the Templates row used. */
  readonly rowIds: Readonly<Record<string, string>>;
}

/** The tokens a built-in email may use: the fields its caller supplies and the Settings ones. */
export function builtInTokens(def: EmailTemplateDef): string[] {
  const out = def.fields.slice();
  for (const t of SETTINGS_TOKENS) if (out.indexOf(t) < 0) out.push(t);
  return out;
}

/**
 * The variants of built-in email `def` from the rows keyed with it: a valid active row is used as written; a
 * language whose row is missing, unticked or invalid (an unknown token, a broken "{{", a subject on two lines)
 * gets the built-in text instead, with the reason, so the email still goes and a person is told.
 */
export function resolveBuiltIn(def: EmailTemplateDef, rows: readonly TemplateRow[]): ResolvedBuiltIn {
  const known = builtInTokens(def);
  const keyed = rows.filter((r) => r.key.trim() === def.key);
  const variants: Record<string, EmailVariant> = {};
  const rowIds: Record<string, string> = {};
  const fallbacks: Record<string, string> = {};
  const languages = Object.keys(def.variants);
  for (const r of keyed) {
    const l = normaliseLanguage(r.language);
    if (languages.indexOf(l) < 0) languages.push(l);
  }
  for (const language of languages) {
    const candidates = keyed.filter((r) => normaliseLanguage(r.language) === language);
    const active = candidates.filter((r) => r.active);
    const builtIn = def.variants[language];
    let reason: string;
    if (active.length > 0) {
      const problem = rowProblem(active[0]!, known);
      if (!problem) {
        variants[language] = variantOf(active[0]!);
        rowIds[language] = active[0]!.id;
        continue;
      }
      reason = `${problem.message} (row ${active[0]!.id})`;
    } else if (candidates.length > 0) {
      reason = `Template "${def.name}" (${language}): its row ${candidates[0]!.id} is not ticked Active.`;
    } else {
      reason = `Template "${def.name}" (${language}): no row in the Templates tab (setup restores it).`;
    }
    if (builtIn) {
      variants[language] = builtIn;
      fallbacks[language] = reason;
    } else if (language === 'en') {
      fallbacks[language] = reason;
    }
  }
  const en = variants['en'] ?? def.variants.en;
  return { template: { ...def, variants: { ...variants, en } }, fallbacks, rowIds };
}
