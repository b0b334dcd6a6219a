// Coordinator action: decline an application with a reason, emailed to the applicant in their language.

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

/**
 * Declines (audited as "decline") and emails the reason. Running it again on a declined application only
 * completes the email if it never went out; an email whose outcome is unknown is flagged, not resent.
 */
export function declineApplication(id: string, reason: string, version?: number | null): ActionResult {
  const session = workbook();
  requireReviewer(session, 'decline applications');
  return session.write(() => {
    let rec = currentRecord(session, id, version);
    if (rec.values['stage'] !== 'declined')
      rec = moveStage(session, rec, 'declined', { reason: reasonText(reason) });
    const outcome = emailApplicant(session, rec, 'decline', '', {
      Reason: String(rec.values['decisionReason'] ?? ''),
    });
    return actionResult(session, rec, [outcome]);
  });
}
