// The application stage machine: allowed transitions, the timestamp column each stage sets, and the due date it owes.

import type { ApplicationRecord } from '../../../sheets-templates';
import { APPLICATION_STAGES, STAGES_AWAITING_NETWORK } from '../../../sheets-templates/vocabularies';
import { dueDateForTarget, type WorkingCalendar } from '../calendar/workingDays';
import type { Bilingual } from './answerSchema';

export type Stage = (typeof APPLICATION_STAGES)[number];

type DateKey = {
  [K in keyof ApplicationRecord]: ApplicationRecord[K] extends Date | null ? K : never;
}[keyof ApplicationRecord];

/** The Applications column each stage stamps when entered (the latest entry wins when a stage repeats). */
export const STAGE_TIMESTAMP: Readonly<Record<Stage, DateKey>> = {
  'enquiry received': 'enquiryReceivedAt',
  'application form sent': 'formSentAt',
  'application received': 'applicationReceivedAt',
  'under review': 'reviewStartedAt',
  'more info requested': 'moreInfoRequestedAt',
  approved: 'approvedAt',
  declined: 'declinedAt',
  withdrawn: 'withdrawnAt',
};

/**
 * Where each stage may go. The applicant may withdraw and the network may decline at any open stage.
 * Resending the form link or asking again for more information repeats the stage. An application form may
 * arrive before the link is recorded as sent (a coordinator sent it by hand), hence enquiry → received.
 * Decisions are final here; reopening one is an admin's edit in the sheet, audited as such.
 */
export const STAGE_TRANSITIONS: Readonly<Record<Stage, readonly Stage[]>> = {
  'enquiry received': ['application form sent', 'application received', 'declined', 'withdrawn'],
  'application form sent': ['application form sent', 'application received', 'declined', 'withdrawn'],
  'application received': ['under review', 'more info requested', 'approved', 'declined', 'withdrawn'],
  'under review': ['more info requested', 'approved', 'declined', 'withdrawn'],
  'more info requested': [
    'more info requested',
    'application received',
    'under review',
    'approved',
    'declined',
    'withdrawn',
  ],
  approved: [],
  declined: [],
  withdrawn: [],
};

/** Stages a new Applications row may start at: an enquiry, or an application form with no enquiry on record. */
export const INITIAL_STAGES: readonly Stage[] = ['enquiry received', 'application received'];

/** Stages whose change must carry a reason that is emailed to the applicant. */
export const STAGES_NEEDING_REASON: readonly Stage[] = ['more info requested', 'declined'];

export function isStage(value: string): value is Stage {
  return (APPLICATION_STAGES as readonly string[]).indexOf(value) >= 0;
}

export function isClosedStage(stage: string): boolean {
  return stage === 'approved' || stage === 'declined' || stage === 'withdrawn';
}

export function canMove(from: Stage | null, to: Stage): boolean {
  return from === null ? INITIAL_STAGES.indexOf(to) >= 0 : STAGE_TRANSITIONS[from].indexOf(to) >= 0;
}

/** The cells a stage change writes on the Applications row. */
export type StagePatch = Partial<Pick<ApplicationRecord, 'stage' | 'dueBy' | 'decisionReason' | DateKey>>;

export type StageChange =
  | { readonly ok: true; readonly patch: StagePatch }
  | { readonly ok: false; readonly message: Bilingual };

/**
 * Plans moving an application to `to` at `at`. Entering a stage where the network owes an answer
 * (enquiry received, application received) sets Due by to the SLA in working days from `at`; 'under review'
 * keeps the due date it already has; stages waiting on the applicant or closed clear it.
 */
export function planStageChange(
  from: Stage | null,
  to: Stage,
  at: Date,
  options: { readonly calendar: WorkingCalendar; readonly slaWorkingDays: number; readonly reason?: string },
): StageChange {
  if (!canMove(from, to)) {
    const start = from ?? 'new';
    return {
      ok: false,
      message: {
        en: `An application cannot go from "${start}" to "${to}".`,
        fr: `Une candidature ne peut pas passer de « ${start} » à « ${to} ».`,
      },
    };
  }
  const reason = (options.reason ?? '').trim();
  if (STAGES_NEEDING_REASON.indexOf(to) >= 0 && reason === '') {
    return {
      ok: false,
      message: {
        en: `Give a reason for "${to}": it is sent to the applicant.`,
        fr: `Indiquez un motif pour « ${to} » : il est envoyé au candidat.`,
      },
    };
  }
  const patch: StagePatch = { stage: to, [STAGE_TIMESTAMP[to]]: at };
  if (to === 'enquiry received' || to === 'application received') {
    patch.dueBy = dueDateForTarget(at, options.slaWorkingDays, options.calendar).cellValue;
  } else if ((STAGES_AWAITING_NETWORK as readonly string[]).indexOf(to) < 0) {
    patch.dueBy = null;
  }
  if (reason !== '') patch.decisionReason = reason;
  return { ok: true, patch };
}
