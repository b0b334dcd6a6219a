// Setup writes the built-in emails into the Templates tab, once per email, so the comms team edits what is sent;
// rows nobody edited are brought to the current built-in text when it changes.

import { TEMPLATES } from '../../../sheets-templates';
import { builtInTemplateRows, EMAIL_TEMPLATES } from '../../../sheets-templates/emails';
import { SHIPPED_TEXT_DIGESTS } from '../../../sheets-templates/emails/shipped';
import { planBuiltInRefresh } from '../../core/mail/builtInRefresh';
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

/** https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String,Charset) */
const sha256 = (text: string) =>
  Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);

/**
 * Brings each keyed row whose text is one setup once wrote (SHIPPED_TEXT_DIGESTS) to the current built-in text, one
 * audited update per row (a handful, and only when a text changed); rows edited by someone are kept and named.
 */
export function refreshBuiltInTemplates(session: WorkbookSession, changes: string[]): void {
  const plan = planBuiltInRefresh(templateRows(session), EMAIL_TEMPLATES, SHIPPED_TEXT_DIGESTS, sha256);
  const table = session.table(TEMPLATES);
  const names: string[] = [];
  for (const r of plan.refresh) {
    const stored = table.get(r.rowId);
    table.update(
      r.rowId,
      { subject: r.subject, body: r.body, htmlBody: r.htmlBody === '' ? null : r.htmlBody },
      stored.version,
      { summary: `Built-in email ${r.key} (${r.language}) brought to the current text by setup` },
    );
    names.push(`${r.key} ${r.language}`);
  }
  if (names.length > 0)
    changes.push(message('setup.templatesRefreshed', { n: names.length, rows: names.join(', ') }));
  if (plan.edited.length > 0)
    changes.push(
      message('setup.templatesEdited', {
        n: plan.edited.length,
        rows: plan.edited.map((e) => `${e.name} ${e.language}`).join(', '),
      }),
    );
}
