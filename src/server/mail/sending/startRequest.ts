// The start's request key: a digest of who starts what, when, and the sidebar's id of the Start click, kept in the
// Mailings row's Last request column; a Start retried after a stop finds that row and completes it (never anew).

import { MAILINGS, SENDS } from '../../../../sheets-templates';
import type { MailingDraft } from '../../../core/mail/mailingDraft';
import { UserError } from '../../../core/messages';
import { requestIdOf } from '../../../core/schema/requestId';
import type { WorkbookSession } from '../../store/session';
import type { StoredRecord } from '../../store/table';
import { mailingRows_ } from './sendsBlock';

/** What identifies one Start: the caller, the draft as checked, the schedule, the sidebar's request id. */
export interface StartRequest {
  caller: string;
  draft: MailingDraft;
  at: Date | null;
  /** The sidebar's id of the Start click (reused on a retry of that click); undefined from a script. */
  requestId: string | undefined;
  /** The saved draft this start converts, if any. */
  draftId: string | null;
}

/**
 * "ST" and the SHA-256 of the request, base64url (45 characters, the shape of a request id).
 * https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String,Charset)
 */
export function startKey_(r: StartRequest): string {
  const text = JSON.stringify([
    r.caller.toLowerCase(),
    r.requestId ?? '',
    r.draftId ?? '',
    r.draft,
    r.at ? r.at.getTime() : null,
  ]);
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  return `ST${Utilities.base64EncodeWebSafe(digest).replace(/=+$/, '')}`;
}

/** The sidebar's request id, checked (undefined when none was sent). */
export function startRequestId_(value: unknown): string | undefined {
  return requestIdOf(value);
}

export interface EarlierStart {
  mailing: StoredRecord;
  /** Its Sends rows' statuses (none when the stop came before the Sends block was written). */
  statuses: string[];
}

/**
 * The mailing an earlier run of this same Start wrote, if any. With a request id any such mailing is this Start;
 * without one (a script), only a mailing whose Sends block is not written yet is: a finished start of the same
 * draft may be meant to go again.
 */
export function earlierStart_(
  session: WorkbookSession,
  key: string,
  withRequestId: boolean,
): EarlierStart | null {
  const table = session.table(MAILINGS);
  if (table.match().index['lastRequest'] === undefined) return null;
  const found = table.findRows('lastRequest', [key]);
  const last = found[found.length - 1];
  if (!last) return null;
  const mailing = table.stored(last);
  const status = session.table(SENDS).match().index['status'] ?? -1;
  const statuses = mailingRows_(session, mailing.id).map((r) => String(r.cells[status] ?? ''));
  if (!withRequestId && statuses.length > 0) return null;
  return { mailing, statuses };
}

/** The saved draft a start converts: its id and the version the sidebar read. */
export interface SavedDraftRef {
  mailingId: string;
  version: number;
}

/** `{ mailingId, version }` from the sidebar, checked; null when the mailing was never saved. */
export function savedDraftOf_(value: unknown): SavedDraftRef | null {
  if (value === null || value === undefined || value === '') return null;
  const v = value as { mailingId?: unknown; version?: unknown };
  const id = typeof v.mailingId === 'string' ? v.mailingId.trim() : '';
  if (id === '') return null;
  const version = Number(v.version);
  if (!Number.isInteger(version) || version < 1) throw new UserError('mail.draft.version');
  return { mailingId: id, version };
}

/**
 * The saved draft row becomes the mailing (same id): refused unless it is still a draft, and as stale when
 * someone saved it since the sidebar read it (StaleRecordError names who). The key is written with it.
 */
export function convertDraft_(
  session: WorkbookSession,
  from: SavedDraftRef,
  fields: Record<string, unknown>,
  key: string,
): StoredRecord {
  const table = session.table(MAILINGS);
  const current = table.get(from.mailingId);
  const status = String(current.values['status'] ?? '');
  if (status !== 'draft') throw new UserError('mail.notDraft', { id: from.mailingId, status });
  return table.update(from.mailingId, fields, from.version, {
    requestId: key,
    summary: `Mailing "${String(fields['name'] ?? '')}" started from its draft`,
  });
}
