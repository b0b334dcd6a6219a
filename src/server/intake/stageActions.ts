// What every coordinator action on an application shares: who may act, the stage change (audited) and the email to the applicant.

import { APPLICATIONS } from '../../../sheets-templates';
import type { EmailTemplateKey } from '../../../sheets-templates/emails';
import { isStage, planStageChange, type Stage } from '../../core/intake/stages';
import type { FieldValues } from '../../core/mail/tokens';
import { UserError } from '../../core/messages';
import { type Caller, type Role, requireRole } from '../access/roles';
import { type SendOutcome, sendProblems, sendTracked } from '../mail/trackedMail';
import { StaleRecordError, staleMessage_ } from '../store/errors';
import type { WorkbookSession } from '../store/session';
import type { StoredRecord } from '../store/table';
import { intakeContext } from './applicationRows';
import { flagApplication } from './processSubmission';

/** Only admins and coordinators review, approve, decline or ask for more (issue 4). */
export const REVIEWER_ROLES: readonly Role[] = ['admin', 'coordinator'];

/** What a coordinator action returns to the sidebar (plain values only: google.script.run refuses Dates). */
export interface ActionResult {
  id: string;
  stage: string;
  version: number;
  emails: { to: string; status: string; language: string }[];
  /** Emails a person must check (outcome unknown or failed). */
  problems: string[];
}

export function requireReviewer(session: WorkbookSession, action: string): Caller {
  return requireRole(session, REVIEWER_ROLES, action);
}

/** The record, refused when the sidebar's copy is older than the sheet's (optimistic concurrency). */
export function currentRecord(session: WorkbookSession, id: string, version?: number | null): StoredRecord {
  const rec = session.table(APPLICATIONS).get(String(id ?? '').trim());
  if (typeof version === 'number' && version !== rec.version) {
    throw new StaleRecordError(
      staleMessage_(rec.id, rec.values['updatedBy'], rec.version, version),
      rec.version,
    );
  }
  return rec;
}

const AUDIT_ACTION: Partial<Record<Stage, string>> = { approved: 'approve', declined: 'decline' };

/** Moves the application to `to` (stamping the stage's time and due date) with an audit row naming the change. */
export function moveStage(
  session: WorkbookSession,
  rec: StoredRecord,
  to: Stage,
  options: { reason?: string; extra?: Record<string, unknown> } = {},
): StoredRecord {
  const from = String(rec.values['stage']);
  if (!isStage(from)) throw new UserError('review.unknownStage', { id: rec.id, stage: from });
  const ctx = intakeContext(session);
  const plan = planStageChange(from, to, session.now(), {
    calendar: ctx.calendar,
    slaWorkingDays: ctx.settings.slaWorkingDays,
    reason: options.reason,
  });
  if (!plan.ok) throw new Error(plan.message.en);
  return session.table(APPLICATIONS).update(rec.id, { ...plan.patch, ...options.extra }, rec.version, {
    action: AUDIT_ACTION[to] ?? 'update',
    summary: `Stage: ${from} → ${to}${options.reason ? ` (${options.reason.slice(0, 200)})` : ''}`,
  });
}

/** Emails the applicant (the submitter) in their language; `discriminator` makes repeated messages distinct. */
export function emailApplicant(
  session: WorkbookSession,
  rec: StoredRecord,
  templateKey: EmailTemplateKey,
  discriminator: string,
  fields: FieldValues,
): SendOutcome {
  const v = rec.values;
  return sendTracked(session, {
    key: `${rec.id}:${templateKey}${discriminator ? `:${discriminator}` : ''}`,
    scope: `${rec.id}:`,
    templateKey,
    language: String(v['language'] ?? ''),
    to: String(v['submitterEmail'] ?? ''),
    fields: {
      Name: String(v['submitterName'] ?? ''),
      City: String(v['cityName'] ?? ''),
      ApplicationId: rec.id,
      ...fields,
    },
  });
}

/** The result for the sidebar; emails a person must check are also written to the record's Issues found. */
export function actionResult(
  session: WorkbookSession,
  rec: StoredRecord,
  outcomes: SendOutcome[],
): ActionResult {
  const problems = sendProblems(outcomes);
  flagApplication(session, rec.id, problems);
  const latest = session.table(APPLICATIONS).get(rec.id);
  return {
    id: rec.id,
    stage: String(latest.values['stage']),
    version: latest.version,
    emails: outcomes.map((o) => ({ to: o.to, status: o.status, language: o.language })),
    problems,
  };
}

/** A reason typed by the coordinator: trimmed, required, sent in the email body (escaped there). */
export function reasonText(reason: unknown): string {
  const text = String(reason ?? '').trim();
  if (text === '') throw new UserError('review.reasonMissing');
  if (text.length > 2000) throw new UserError('review.reasonTooLong');
  return text;
}
