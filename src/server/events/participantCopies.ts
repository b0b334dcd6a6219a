// The copies of a participant's personal data held outside the Participants row (issue 16): the visa invitation
// letter (a Google Doc per participant, linked in Visa letter) and the registration form's stored responses
// (ids in Registration responses). Retention (travelRetention.ts) and erasure (privacy/erasePerson.ts) discard them.
//
// A letter goes to the bin (File.setTrashed), where Drive deletes it after 30 days; a response is deleted from the
// event's form (Form.deleteResponse). Both are idempotent, so a rerun after a stop skips what is already gone.
// https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean)
// https://developers.google.com/apps-script/reference/forms/form#deleteResponse(String)

import { EVENTS } from '../../../sheets-templates';
import type { WorkbookSession } from '../store/session';

export interface ParticipantCopies {
  eventId: string;
  /** The Visa letter cell: the document's link. */
  letterUrl: string;
  /** The Registration responses cell: one response id a line. */
  responseIds: string;
}

export interface DiscardReport {
  letters: number;
  responses: number;
  /** Letters that could not be trashed (not the caller's, say), by link, with Drive's reason. */
  failed: { url: string; reason: string }[];
}

/** A Drive file id in a Docs link (…/document/d/<id>/edit, or …open?id=<id>). */
export function documentIdOf(url: string): string | null {
  const m = /\/d\/([-\w]{20,})/.exec(url) ?? /[?&]id=([-\w]{20,})/.exec(url);
  return m ? m[1]! : null;
}

/** Whether the form still holds the response: getResponse throws once it is deleted. */
function held(form: GoogleAppsScript.Forms.Form, id: string): boolean {
  try {
    return form.getResponse(id) !== null;
  } catch {
    return false;
  }
}

/** Trashes each letter and deletes each stored response that is still there; returns what it did now. */
export function discardParticipantCopies_(
  session: WorkbookSession,
  copies: readonly ParticipantCopies[],
): DiscardReport {
  const out: DiscardReport = { letters: 0, responses: 0, failed: [] };
  for (const c of copies) {
    const id = documentIdOf(c.letterUrl.trim());
    if (id === null) continue;
    try {
      const file = DriveApp.getFileById(id);
      if (file.isTrashed()) continue;
      file.setTrashed(true);
      out.letters++;
    } catch (e) {
      out.failed.push({ url: c.letterUrl.trim(), reason: e instanceof Error ? e.message : String(e) });
    }
  }
  const byEvent = new Map<string, string[]>();
  for (const c of copies) {
    const ids = c.responseIds
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (ids.length > 0) byEvent.set(c.eventId, [...(byEvent.get(c.eventId) ?? []), ...ids]);
  }
  if (byEvent.size === 0) return out;
  const et = session.table(EVENTS);
  for (const [eventId, ids] of byEvent) {
    const row = et.findRow(eventId);
    const formId = row ? String(et.cell(row, 'registrationFormId') ?? '').trim() : '';
    if (formId === '') continue;
    let form: GoogleAppsScript.Forms.Form;
    try {
      form = FormApp.openById(formId);
    } catch {
      continue; // a form deleted or unshared holds nothing a script can reach
    }
    for (const id of [...new Set(ids)]) {
      if (!held(form, id)) continue;
      form.deleteResponse(id);
      out.responses++;
    }
  }
  return out;
}
