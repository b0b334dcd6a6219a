// Deletes the copies Google Forms keeps of responses that name a person (erasure and retention, issue 13).
//
// The raw response tabs are only the forms' destination: the Form keeps every response in its own store, which
// "Delete response" in the Forms editor (or Form.deleteResponse) removes, leaving the destination row alone.
// https://developers.google.com/apps-script/reference/forms/form#deleteResponse(String)
// A stored response cannot be edited by a script, so a response naming the person is deleted whole; its sheet row
// (anonymised) and the Applications row stay the CRM's record of it, so nothing counted is lost.
// The response ids come from the Applications rows (Enquiry / Application response ID): a keyed read, no scan of
// the form's responses.

import { APPLICATIONS } from '../../../sheets-templates';
import { FORM_ID_PROPERTY, type FormKind } from '../intake/createForms';
import type { WorkbookSession } from '../store/session';
import type { PersonRow } from './personRows';

export type ResponseIds = Record<FormKind, string[]>;

const header = (key: string) => APPLICATIONS.columns.find((c) => c.key === key)!.header;

/** The form response ids held on the Applications rows among `rows`. */
export function responseIdsOf_(rows: readonly PersonRow[]): ResponseIds {
  const out: ResponseIds = { enquiry: [], application: [] };
  const enquiry = header('enquiryResponseId');
  const application = header('applicationResponseId');
  for (const r of rows) {
    if (r.tab !== APPLICATIONS.name) continue; // live or archived: the form keeps the response either way
    const e = String(r.cells[r.headers.indexOf(enquiry)] ?? '').trim();
    const a = String(r.cells[r.headers.indexOf(application)] ?? '').trim();
    if (e !== '' && out.enquiry.indexOf(e) < 0) out.enquiry.push(e);
    if (a !== '' && out.application.indexOf(a) < 0) out.application.push(a);
  }
  return out;
}

/** Whether the form still holds the response: getResponse throws (or, believed, answers null) once it is gone. */
function held_(form: GoogleAppsScript.Forms.Form, id: string): boolean {
  try {
    return form.getResponse(id) !== null;
  } catch {
    return false;
  }
}

/**
 * Deletes each response the forms still hold; returns how many were deleted now. Idempotent: a rerun after a stop
 * finds the ones already deleted gone and skips them. A form that cannot be opened (deleted, unshared) is skipped:
 * it holds nothing a script can reach.
 */
export function deleteFormResponses_(session: WorkbookSession, ids: ResponseIds): number {
  const props = session.properties();
  let deleted = 0;
  for (const kind of Object.keys(FORM_ID_PROPERTY) as FormKind[]) {
    if (ids[kind].length === 0) continue;
    const formId = props.getProperty(FORM_ID_PROPERTY[kind]);
    if (!formId) continue;
    let form: GoogleAppsScript.Forms.Form;
    try {
      form = FormApp.openById(formId);
    } catch {
      continue;
    }
    for (const id of ids[kind]) {
      if (!held_(form, id)) continue;
      form.deleteResponse(id);
      deleted++;
    }
  }
  return deleted;
}
