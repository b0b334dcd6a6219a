// The sweep: processes every form response whose trigger never ran (or failed), reading the forms themselves.

import { message } from '../../core/messages';
import { requireRole, STRUCTURE_ROLES } from '../access/roles';
import { sweepSurveyResponses } from '../peers/surveySubmit';
import type { WorkbookSession } from '../store/session';
import { workbook } from '../store/session';
import { rowOfResponse } from './applicationRows';
import { FORM_ID_PROPERTY, type FormKind } from './createForms';
import { acknowledgementSettled, processResponse, TRIGGER_LOCK_WAIT_MS } from './processSubmission';
import { receivedResponse } from './responseAnswers';
import { flagStoppedSends } from './stoppedSends';

export interface SweepReport {
  /** Responses looked at (those since the last sweep, or all of them). */
  checked: number;
  /** Responses recorded now (their trigger had not run). */
  recorded: number;
  ghosts: number;
  /** Responses that could not be recorded, with why (left for the next sweep). */
  failed: string[];
}

/** Document property: responses before this time were all settled by an earlier sweep (ISO time). */
const SWEPT_UNTIL = 'scn.intake.sweptUntil.';
/** Overlap kept between sweeps: a response being processed by its own trigger right now is not missed. */
const OVERLAP_MS = 24 * 60 * 60 * 1000;

/**
 * Goes through each form's responses since the last sweep (all of them when `everything`), skipping those
 * already recorded, and processes the rest exactly as their trigger would have. Form.getResponses(timestamp)
 * "gets an array of all of the form's responses after a given date and time":
 * https://developers.google.com/apps-script/reference/forms/form#getResponses(Date)
 */
export function sweepResponses(session: WorkbookSession, everything: boolean): SweepReport {
  // One lock for the whole sweep: tables read once stay valid for every response it records.
  return session.write(() => sweepUnderLock_(session, everything), TRIGGER_LOCK_WAIT_MS);
}

function sweepUnderLock_(session: WorkbookSession, everything: boolean): SweepReport {
  const report: SweepReport = { checked: 0, recorded: 0, ghosts: 0, failed: [] };
  const props = session.properties();
  const startedAt = session.now();
  flagStoppedSends(session);
  for (const kind of Object.keys(FORM_ID_PROPERTY) as FormKind[]) {
    const formId = props.getProperty(FORM_ID_PROPERTY[kind]);
    if (!formId) continue;
    const form = FormApp.openById(formId);
    const since = everything ? null : props.getProperty(SWEPT_UNTIL + kind);
    const responses = since ? form.getResponses(new Date(since)) : form.getResponses();
    let settledUntil = startedAt.getTime() - OVERLAP_MS;
    for (const r of responses) {
      report.checked++;
      // Recorded by its trigger and acknowledged (or flagged): nothing to read. A trigger stopped after recording
      // the row, or whose email failed (quota), is completed below: processResponse only sends what is missing.
      const row = rowOfResponse(session, r.getId(), kind);
      if (row && acknowledgementSettled(session, kind, row, r.getId())) continue;
      try {
        const outcome = processResponse(session, kind, receivedResponse(r));
        if (outcome.status === 'recorded') report.recorded++;
        if (outcome.status === 'ghost') report.ghosts++;
      } catch (e) {
        report.failed.push(`${kind} response of ${r.getTimestamp().toISOString()}: ${(e as Error).message}`);
        settledUntil = Math.min(settledUntil, r.getTimestamp().getTime());
      }
    }
    props.setProperty(SWEPT_UNTIL + kind, new Date(settledUntil).toISOString());
  }
  // The needs survey (issue 14): recorded or completed the same way, within the same lock.
  const since = everything ? null : props.getProperty(SWEPT_UNTIL + 'needsSurvey');
  const surveys = sweepSurveyResponses(session, since ? new Date(since) : null);
  report.checked += surveys.checked;
  report.recorded += surveys.recorded;
  report.ghosts += surveys.ghosts;
  report.failed.push(...surveys.failed);
  if (surveys.failed.length === 0)
    props.setProperty(SWEPT_UNTIL + 'needsSurvey', new Date(startedAt.getTime() - OVERLAP_MS).toISOString());
  return report;
}

/** Menu action: SCN CRM › Applications › Process unprocessed responses now (every response is checked). */
export function processUnprocessedResponses(): SweepReport {
  const session = workbook();
  requireRole(session, STRUCTURE_ROLES, 'process form responses');
  const report = sweepResponses(session, true);
  const failed =
    report.failed.length > 0
      ? message('toast.sweepFailed', { n: report.failed.length, first: report.failed[0]! })
      : '';
  session.spreadsheet.toast(
    message('toast.sweep', { checked: report.checked, recorded: report.recorded }) + failed,
    message('toast.sweepTitle'),
    10,
  );
  return report;
}
