// The survey's form-submit trigger and its part of the sweep: each response recorded once, under the script lock.

import { TRIGGER_LOCK_WAIT_MS } from '../intake/processSubmission';
import { type ReceivedResponse, receivedResponse } from '../intake/responseAnswers';
import { type WorkbookSession, workbook } from '../store/session';
import { recordSurvey, type SurveyOutcome } from './recordSurvey';
import { SURVEY_FORM_PROPERTY } from './surveyForm';

/** Records one response under the lock (a trigger may wait long: nobody watches it). */
export function processSurveyResponse(session: WorkbookSession, received: ReceivedResponse): SurveyOutcome {
  return session.write(() => recordSurvey(session, received), TRIGGER_LOCK_WAIT_MS);
}

/** Installable form-submit trigger of the needs survey (installed by setup). */
export function onNeedsSurveySubmit(e?: {
  response?: GoogleAppsScript.Forms.FormResponse;
}): SurveyOutcome | null {
  if (!e?.response) {
    console.warn('needs survey submit: the event has no response; the sweep will pick it up.');
    return null;
  }
  return processSurveyResponse(workbook(), receivedResponse(e.response));
}

export interface SurveySweep {
  checked: number;
  recorded: number;
  ghosts: number;
  failed: string[];
}

/**
 * Goes through the survey's responses (all of them, or those after `since`) and records or completes each, as its
 * trigger would have; recordSurvey only writes what is missing, so a recorded response costs keyed reads only.
 * https://developers.google.com/apps-script/reference/forms/form#getResponses(Date)
 */
export function sweepSurveyResponses(session: WorkbookSession, since: Date | null): SurveySweep {
  const out: SurveySweep = { checked: 0, recorded: 0, ghosts: 0, failed: [] };
  const formId = session.properties().getProperty(SURVEY_FORM_PROPERTY);
  if (!formId) return out;
  const form = FormApp.openById(formId);
  for (const r of since ? form.getResponses(since) : form.getResponses()) {
    out.checked++;
    try {
      const outcome = recordSurvey(session, receivedResponse(r));
      if (outcome.status === 'recorded') out.recorded++;
      if (outcome.status === 'ghost') out.ghosts++;
    } catch (e) {
      out.failed.push(`needs survey response of ${r.getTimestamp().toISOString()}: ${(e as Error).message}`);
    }
  }
  return out;
}
