// Builds an intake workbook at a given stage of the membership journey, so each test starts from its own state.

import type { Emulator } from '../../../src/emulator';
import { submitFormResponse } from '../../../src/emulator/services/comms/submit';
import {
  applicationAnswers,
  COORDINATOR,
  enquiryAnswers,
  formId,
  intakeWorkbook,
  ok,
  outbox,
} from './harness';

/** The stages the journey test starts from, in order; each is the previous one plus one step. */
export const JOURNEY = [
  'set up',
  'enquiry received',
  'application form sent',
  'under review',
  'approved',
] as const;
export type JourneyStage = (typeof JOURNEY)[number];

/** The application every journey workbook is about. */
export const JOURNEY_APP = 'APP-000001';

/** The reference the application form link carries (read from the invitation email, as the applicant's form has it). */
export function invitedReference(emu: Emulator): string {
  const invitation = outbox(emu).find((m) => /entry\.\d+=APP-\d+/.test(m.body));
  if (!invitation) throw new Error('no application form link was sent');
  return /entry\.\d+=(APP-\d+)/.exec(invitation.body)![1]!;
}

/** A fresh set-up workbook taken through the journey up to `stage`, each step checked. */
export function workbookAt(stage: JourneyStage): Emulator {
  const emu = intakeWorkbook();
  const upTo = JOURNEY.indexOf(stage);
  const step = (s: JourneyStage) => JOURNEY.indexOf(s) <= upTo;
  if (step('enquiry received')) {
    const r = submitFormResponse(emu, { formId: formId(emu, 'enquiry'), answers: enquiryAnswers() });
    if (r.triggers.some((t) => t.status !== 'ok')) throw new Error('the enquiry trigger failed');
  }
  if (step('application form sent')) ok(emu, 'sendApplicationLink', [JOURNEY_APP], COORDINATOR);
  if (step('under review')) {
    const answers = applicationAnswers(invitedReference(emu));
    const r = submitFormResponse(emu, { formId: formId(emu, 'application'), answers });
    if (r.triggers.some((t) => t.status !== 'ok')) throw new Error('the application trigger failed');
    ok(emu, 'getApplicationReview', [JOURNEY_APP], COORDINATOR);
  }
  if (step('approved')) ok(emu, 'approveApplication', [JOURNEY_APP], COORDINATOR);
  return emu;
}
