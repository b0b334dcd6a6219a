// A Google Forms response (from the form-submit event or the form's own list) as the core's title → answer record.

import type { FormResponse } from '../../core/intake/formResponse';

export interface ReceivedResponse {
  /** Google's response id: the key that makes processing idempotent. */
  readonly id: string;
  readonly response: FormResponse;
}

/**
 * Reads every answer of a FormResponse. getItemResponses lists the answered items in form order; a checkbox
 * item's getResponse is a String[], any other item's a String.
 * https://developers.google.com/apps-script/reference/forms/form-response#getItemResponses()
 * https://developers.google.com/apps-script/reference/forms/item-response#getResponse()
 */
export function receivedResponse(r: GoogleAppsScript.Forms.FormResponse): ReceivedResponse {
  const answers: Record<string, string | string[]> = {};
  for (const item of r.getItemResponses()) {
    const value = item.getResponse() as unknown;
    const title = item.getItem().getTitle();
    answers[title] = Array.isArray(value) ? value.map(String) : String(value ?? '');
  }
  return { id: r.getId(), response: { answers, submittedAt: r.getTimestamp() as unknown as Date } };
}
