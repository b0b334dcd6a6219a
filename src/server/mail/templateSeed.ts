// Setup writes the built-in emails into the Templates tab, once per email, so the comms team edits what is sent.

import { TEMPLATES } from '../../../sheets-templates';
import { EMAIL_TEMPLATES } from '../../../sheets-templates/emails';
import type { WorkbookSession } from '../store/session';
import { templateRows } from './templateCatalog';

/**
 * Adds the rows of each built-in email that has no row keyed with it yet (a new workbook, or an email added by a
 * later version), one row per language in Settings, in one block. A key with any row — edited, unticked, or with
 * a language deleted on purpose — is left alone, so running setup again changes nothing and keeps people's text.
 */
export function seedBuiltInTemplates(
  session: WorkbookSession,
  languages: readonly string[],
  changes: string[],
): void {
  const present = new Set(templateRows(session).map((r) => r.key.trim()));
  const inputs: Record<string, unknown>[] = [];
  for (const key of Object.keys(EMAIL_TEMPLATES) as (keyof typeof EMAIL_TEMPLATES)[]) {
    if (present.has(key)) continue;
    const def = EMAIL_TEMPLATES[key];
    for (const language of Object.keys(def.variants)) {
      if (language !== 'en' && languages.indexOf(language) < 0) continue;
      const v = def.variants[language]!;
      inputs.push({
        name: def.name,
        key,
        purpose: def.purpose,
        language,
        subject: v.subject,
        body: v.body,
        htmlBody: v.html ?? null,
        active: true,
        notes: `${def.description} Tokens: ${def.fields.map((f) => `{{${f}}}`).join(' ')}`.slice(0, 5000),
      });
    }
  }
  if (inputs.length === 0) return;
  // Audited like any record added (the reliability suites hold every added record to its create row).
  session.table(TEMPLATES).insert(inputs, { summary: 'Built-in email added by setup' });
  changes.push(`Templates: ${inputs.length} row(s) of the built-in emails added.`);
}
