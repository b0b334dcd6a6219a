// Coordinator action: ask the applicant for more information, with the reason emailed in their language.

import { workbook } from '../store/session';
import {
  type ActionResult,
  actionResult,
  currentRecord,
  emailApplicant,
  moveStage,
  reasonText,
  requireReviewer,
} from './stageActions';

/** Moves to "more info requested" (the due date waits on the applicant) and emails the request. */
export function requestMoreInformation(id: string, reason: string, version?: number | null): ActionResult {
  const session = workbook();
  requireReviewer(session, 'ask applicants for more information');
  return session.write(() => {
    const rec = currentRecord(session, id, version);
    const moved = moveStage(session, rec, 'more info requested', { reason: reasonText(reason) });
    const askedAt = moved.values['moreInfoRequestedAt'] as Date;
    const outcome = emailApplicant(session, moved, 'moreInformationRequest', askedAt.toISOString(), {
      Reason: String(moved.values['decisionReason'] ?? ''),
    });
    return actionResult(session, moved, [outcome]);
  });
}
