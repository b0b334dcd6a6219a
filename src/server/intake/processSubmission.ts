// The form-submit triggers: each enquiry or application form response recorded once, under the lock, and acknowledged.

import { APPLICATIONS } from '../../../sheets-templates';
import { languageOf, message } from '../../core/messages';
import { isValidEmail } from '../../core/schema/text';
import { type SendOutcome, sendProblems, sendSettled, sendTracked } from '../mail/trackedMail';
import type { WorkbookSession } from '../store/session';
import { workbook } from '../store/session';
import type { StoredRecord, TableRow } from '../store/table';
import { intakeContext, rowOfResponse } from './applicationRows';
import type { FormKind } from './createForms';
import { recordApplicationForm } from './recordApplicationForm';
import { recordEnquiry } from './recordEnquiry';
import { type ReceivedResponse, receivedResponse } from './responseAnswers';

export interface ProcessOutcome {
  responseId: string;
  status: 'recorded' | 'already recorded' | 'ghost';
  applicationId?: string;
  acknowledgement?: SendOutcome['status'];
}

/**
 * The event of an installable form-submit trigger on a form: {authMode, response, source, triggerUid}
 * (https://developers.google.com/apps-script/guides/triggers/events#form-submit_1).
 */
interface FormSubmitEvent {
  response?: GoogleAppsScript.Forms.FormResponse;
}

/**
 * How long a trigger waits for the script lock. Nobody watches a trigger, so it may wait far longer than a
 * sidebar (30 s) when a burst of submissions queues up; an execution may run 6 minutes in all
 * (https://developers.google.com/apps-script/guides/services/quotas) and waitLock throws when the time
 * passes (https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)), leaving the
 * response to the sweep.
 */
export const TRIGGER_LOCK_WAIT_MS = 4 * 60 * 1000;

/** Adds lines to a record's Issues found (once each), e.g. an acknowledgement whose outcome is unknown. */
export function flagApplication(session: WorkbookSession, id: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  session.write(() => {
    const table = session.table(APPLICATIONS);
    const rec = table.get(id);
    const current = String(rec.values['issuesFound'] ?? '');
    const added = lines.map((l) => `[warning] ${l}`).filter((l) => current.indexOf(l) < 0);
    if (added.length === 0) return;
    const next = [current, ...added].filter((l) => l !== '').join('\n');
    const lang = languageOf(session.settings().settings.defaultLanguage); // stored: the workbook's language
    table.update(id, { issuesFound: next }, rec.version, { summary: message('intake.flagAudit', {}, lang) });
  });
}

const ackTemplate = (kind: FormKind) =>
  kind === 'enquiry' ? 'enquiryAcknowledgement' : 'applicationAcknowledgement';
const ackKey = (kind: FormKind, applicationId: string, responseId: string) =>
  `${applicationId}:${ackTemplate(kind)}:${responseId}`;

/**
 * Whether the response recorded on `row` has its acknowledgement settled (sent, or flagged as unknown). A trigger
 * stopped between recording the row and sending (or whose send failed) leaves it unsettled: the sweep completes it.
 */
export function acknowledgementSettled(
  session: WorkbookSession,
  kind: FormKind,
  row: TableRow,
  responseId: string,
): boolean {
  const id = String(session.table(APPLICATIONS).cell(row, 'id'));
  return sendSettled(session, ackKey(kind, id, responseId));
}

function acknowledge(
  session: WorkbookSession,
  kind: FormKind,
  rec: StoredRecord,
  responseId: string,
  freshKey: boolean,
): SendOutcome {
  const v = rec.values;
  const templateKey = ackTemplate(kind);
  return sendTracked(session, {
    key: ackKey(kind, rec.id, responseId),
    scope: `${rec.id}:`,
    templateKey,
    language: String(v['language'] ?? ''),
    to: String(v['submitterEmail'] ?? ''),
    fields: {
      Name: String(v['submitterName'] ?? ''),
      City: String(v['cityName'] ?? ''),
      ApplicationId: rec.id,
    },
    ...(freshKey ? { freshKey: true } : {}),
  });
}

/**
 * Records one response and acknowledges it, idempotently: keyed on the response id (the Applications row
 * keeps it), everything under the script lock, so a redelivered or concurrently delivered response is
 * recorded once and acknowledged once. A response already recorded only gets its acknowledgement completed.
 */
export function processResponse(
  session: WorkbookSession,
  kind: FormKind,
  received: ReceivedResponse,
): ProcessOutcome {
  return session.write(() => {
    const ctx = intakeContext(session);
    const table = session.table(APPLICATIONS);
    const existing = rowOfResponse(session, received.id, kind);
    let rec: StoredRecord;
    if (existing) rec = table.stored(existing);
    else {
      const r =
        kind === 'enquiry'
          ? recordEnquiry(session, ctx, received)
          : recordApplicationForm(session, ctx, received);
      if (r.kind === 'ghost') return { responseId: received.id, status: 'ghost' };
      rec = r.record;
    }
    const status = existing ? 'already recorded' : 'recorded';
    if (!isValidEmail(String(rec.values['submitterEmail'] ?? ''))) {
      // Recorded all the same (nothing lost for bad content); a person contacts the applicant another way.
      flagApplication(session, rec.id, [
        message('intake.noAcknowledgement', {}, languageOf(ctx.settings.defaultLanguage)),
      ]);
      return { responseId: received.id, status, applicationId: rec.id };
    }
    // An enquiry recorded just now is a new Applications row: its new id is in the key, so no earlier send can
    // carry it (an application form may update an older row, so its key is searched as before).
    const ack = acknowledge(session, kind, rec, received.id, !existing && kind === 'enquiry');
    flagApplication(session, rec.id, sendProblems([ack]));
    return { responseId: received.id, status, applicationId: rec.id, acknowledgement: ack.status };
  }, TRIGGER_LOCK_WAIT_MS);
}

function handleSubmit_(kind: FormKind, e: FormSubmitEvent | undefined): ProcessOutcome | null {
  if (!e?.response) {
    // Not the form trigger's event: nothing to key on. The daily sweep reads the form itself.
    console.warn(`${kind} form submit: the event has no response; the sweep will pick it up.`);
    return null;
  }
  const received = receivedResponse(e.response); // FormApp reads need no lock
  return processResponse(workbook(), kind, received);
}

/** Installable form-submit trigger of the enquiry form (installed by setup). */
export function onEnquirySubmit(e?: FormSubmitEvent): ProcessOutcome | null {
  return handleSubmit_('enquiry', e);
}

/** Installable form-submit trigger of the application form (installed by setup). */
export function onApplicationSubmit(e?: FormSubmitEvent): ProcessOutcome | null {
  return handleSubmit_('application', e);
}
