// The Templates tab as the source of every email: its rows read once per execution, built-in emails resolved from them.

import { TEMPLATES } from '../../../sheets-templates';
import { EMAIL_TEMPLATES, type EmailTemplateKey } from '../../../sheets-templates/emails';
import { type ResolvedBuiltIn, resolveBuiltIn } from '../../core/mail/builtInTemplates';
import { type TemplateRow, templateFilesFrom } from '../../core/mail/templateRows';
import type { WorkbookSession } from '../store/session';

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Every row of the Templates tab (a small master tab, read whole once per execution); none when the tab is missing. */
export function templateRows(session: WorkbookSession): TemplateRow[] {
  const table = session.table(TEMPLATES);
  if (!table.exists()) return [];
  return table.rows().map((row) => {
    const active = table.cell(row, 'active');
    return {
      id: text(table.cell(row, 'id')),
      name: text(table.cell(row, 'name')),
      key: text(table.cell(row, 'key')),
      purpose: text(table.cell(row, 'purpose')),
      language: text(table.cell(row, 'language')),
      subject: text(table.cell(row, 'subject')),
      body: text(table.cell(row, 'body')),
      htmlBody: text(table.cell(row, 'htmlBody')),
      // An empty Active cell counts as active: rows typed by hand often leave it blank.
      active: active !== false && String(active).toUpperCase() !== 'FALSE',
      files: templateFilesFrom(table.cell(row, 'files')),
    };
  });
}

/** A built-in email (acknowledgement, decision, digest) with its text from the Templates tab, and why not when not. */
export function builtInTemplate(session: WorkbookSession, key: EmailTemplateKey): ResolvedBuiltIn {
  return resolveBuiltIn(EMAIL_TEMPLATES[key], templateRows(session));
}
