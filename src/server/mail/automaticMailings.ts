// The standing "Automatic: …" Mailings row each built-in email is logged under, so every message gets a Sends row.

import { MAILINGS } from '../../../sheets-templates';
import { EMAIL_TEMPLATES, type EmailTemplateKey } from '../../../sheets-templates/emails';
import type { WorkbookSession } from '../store/session';

/**
 * The Sends tab needs a mailing for every row. Emails of the membership journey (acknowledgements, decisions,
 * the digest) are not campaigns, so each template gets one standing mailing, created the first time it is
 * used; its id is kept in a document property so later sends do not search the Mailings tab.
 */
export function automaticMailingId(session: WorkbookSession, templateKey: EmailTemplateKey): string {
  const template = EMAIL_TEMPLATES[templateKey];
  return standingMailingId(session, templateKey, template.name, template.name);
}

/** The standing mailing "Automatic: <label>" (e.g. the test sends of the mailing sidebar), created on first use. */
export function standingMailingId(
  session: WorkbookSession,
  slug: string,
  label: string,
  templateName: string,
): string {
  const key = `scn.mailing.${slug}`;
  const props = session.properties();
  // Written once, under the lock: inside a lock the lock period's copy of the properties answers.
  const known = session.lockedProperty(key);
  if (known) return known;
  return session.write(() => {
    const table = session.table(MAILINGS);
    const name = `Automatic: ${label}`;
    const existing = table.rows().find((r) => String(table.cell(r, 'name')) === name);
    const id = existing
      ? String(table.cell(existing, 'id'))
      : table.insert(
          [
            {
              name,
              templateName,
              audience: { automatic: slug },
              status: 'sending',
              engagementType: 'email',
              createdBy: session.user() || null,
            },
          ],
          { summary: `Standing mailing for the automatic "${label}" emails` },
        )[0]!.id;
    props.setProperty(key, id);
    session.rememberLockedProperty(key, id);
    return id;
  });
}
