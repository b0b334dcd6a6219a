// Saving the mailing sidebar's work as a Mailings row with status draft, and reopening it (issue 12): name,
// template, audience filters and Drive files; a save over a newer version is refused like any record's.

import { MAILINGS } from '../../../sheets-templates';
import { filterFromJson, type MailingDraft, parseMailingDraft } from '../../core/mail/mailingDraft';
import { UserError } from '../../core/messages';
import { requireRole } from '../access/roles';
import { workbook } from '../store/session';
import { DISSEMINATORS } from './disseminationAccess';
import { draftFrom } from './mailingPreparation';

export interface SavedMailingDraft {
  id: string;
  version: number;
  draft: MailingDraft;
}

function stored(id: string, version: number, values: Record<string, unknown>): SavedMailingDraft {
  const files = parseMailingDraft({ name: '', templateName: '', attachments: values['attachments'] ?? [] });
  return {
    id,
    version,
    draft: {
      name: String(values['name'] ?? ''),
      templateName: String(values['templateName'] ?? ''),
      audience: filterFromJson(values['audience'] ?? {}),
      attachments: files.ok ? files.draft.attachments : [],
    },
  };
}

/**
 * Saves the sidebar's mailing: a new Mailings row (status draft) when `mailingId` is empty, else the draft row of
 * that id if nobody saved it since `version` (a stale save is refused with who changed it, the input kept).
 */
export function saveMailingDraft(
  input: unknown,
  mailingId: string | null,
  version: number | null,
): SavedMailingDraft {
  const session = workbook();
  const caller = requireRole(session, DISSEMINATORS, 'prepare mailings');
  const draft = draftFrom(input);
  const fields = {
    name: draft.name,
    templateName: draft.templateName,
    audience: draft.audience,
    attachments: draft.attachments.length > 0 ? draft.attachments : null,
  };
  return session.write(() => {
    const table = session.table(MAILINGS);
    if (!mailingId) {
      const made = table.insert([{ ...fields, status: 'draft', createdBy: caller.email || null }], {
        summary: `Mailing draft "${draft.name}"`,
      })[0]!;
      return stored(made.id, made.version, made.values);
    }
    const id = String(mailingId);
    const current = table.get(id);
    const status = String(current.values['status'] ?? '');
    if (status !== 'draft') throw new UserError('mail.notDraft', { id, status });
    const saved = table.update(id, fields, Number(version), { summary: `Mailing draft "${draft.name}"` });
    return stored(saved.id, saved.version, saved.values);
  });
}

/** Reopens a saved mailing draft in the sidebar (its version for the next save). */
export function getMailingDraft(mailingId: string): SavedMailingDraft {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'prepare mailings');
  const r = session.table(MAILINGS).get(String(mailingId));
  return stored(r.id, r.version, r.values);
}

export interface MailingDraftLine {
  id: string;
  name: string;
  templateName: string;
}

/** The saved drafts, newest first, for the sidebar's "Open a draft" list. */
export function listMailingDrafts(): MailingDraftLine[] {
  const session = workbook();
  requireRole(session, DISSEMINATORS, 'prepare mailings');
  const table = session.table(MAILINGS);
  return table
    .rows()
    .filter((r) => String(table.cell(r, 'status')) === 'draft')
    .map((r) => ({
      id: String(table.cell(r, 'id')),
      name: String(table.cell(r, 'name') ?? ''),
      templateName: String(table.cell(r, 'templateName') ?? ''),
    }))
    .filter((d) => d.id !== '')
    .reverse();
}
