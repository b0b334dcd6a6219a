// Setup writes the built-in emails into the Templates tab, once per email, so the comms team edits what is sent.

import { TEMPLATES } from '../../../sheets-templates';
import { builtInTemplateRows } from '../../../sheets-templates/emails';
import { message } from '../../core/messages';
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
  const inputs = builtInTemplateRows(languages, present);
  if (inputs.length === 0) return;
  // Audited like any record added (the reliability suites hold every added record to its create row).
  session
    .table(TEMPLATES)
    .insert(inputs as unknown as Record<string, unknown>[], { summary: 'Built-in email added by setup' });
  changes.push(message('setup.templatesSeeded', { n: inputs.length }));
}
