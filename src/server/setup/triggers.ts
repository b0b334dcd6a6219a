// The installable triggers the CRM needs, each installed exactly once by setup (and only when its handler exists).
//
// Hook for later features: add a spec here. The daily job (digest of overdue items, sweep of unprocessed
// form responses) and the intake forms' submit triggers belong to the intake issue; setup installs them as
// soon as their handler functions are in the bundle, and never twice.
//
// One owner: `getProjectTriggers` lists only the current user's triggers ("Gets all installable triggers
// associated with the current project and current user",
// https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()), so a second admin
// running setup would see none and install a second set (two digests a day, each submission processed twice).
// The account that installed them is kept in a document property; setup run by anyone else installs nothing and
// says who owns them. The owner re-running setup repairs missing ones. (Processing stays idempotent anyway:
// responses are keyed on their id and the digest on its day, src/server/intake.)

import { message } from '../../core/messages';

export type TriggerSpec =
  | { handler: string; kind: 'daily'; atHour: number }
  /** Once a week, on a ScriptApp.WeekDay name, near the hour given. */
  | { handler: string; kind: 'weekly'; weekDay: 'MONDAY'; atHour: number }
  /** A form-submit trigger on the form whose id is kept in a document property (set when setup creates the form). */
  | { handler: string; kind: 'formSubmit'; formIdProperty: string }
  /** An edit trigger on the bound workbook (access in the grid, src/server/access/gridEdits.ts). */
  | { handler: string; kind: 'edit' };

export const TRIGGER_SPECS: TriggerSpec[] = [
  { handler: 'runDailyJobs', kind: 'daily', atHour: 7 },
  // Archive history (src/server/archive): nightly, resumable; 7 triggers in all, far under the 20 per user per script.
  { handler: 'runArchiveHistory', kind: 'daily', atHour: 2 },
  // The weekly snapshot (src/server/snapshot): a copy of the workbook early on Monday, after the nightly archive.
  { handler: 'runWeeklySnapshot', kind: 'weekly', weekDay: 'MONDAY', atHour: 4 },
  { handler: 'onEnquirySubmit', kind: 'formSubmit', formIdProperty: 'scn.form.enquiry' },
  { handler: 'onApplicationSubmit', kind: 'formSubmit', formIdProperty: 'scn.form.application' },
  // The needs survey (issue 14, src/server/peers/surveySubmit.ts).
  { handler: 'onNeedsSurveySubmit', kind: 'formSubmit', formIdProperty: 'scn.form.needsSurvey' },
  { handler: 'onGridEdit', kind: 'edit' },
];

/** Document property: the email of the account whose triggers run the CRM. */
export const TRIGGER_OWNER_PROPERTY = 'scn.triggers.owner';
/** Document property, set once the installable edit trigger exists: the simple onEdit then leaves edits to it. */
export const GRID_EDIT_TRIGGER_PROPERTY = 'scn.triggers.gridEdit';

/** Whether the bundle defines this top-level function (Apps Script can only trigger those). */
function handlerExists(name: string): boolean {
  return typeof (globalThis as unknown as Record<string, unknown>)[name] === 'function';
}

function eventTypeOf(spec: TriggerSpec): GoogleAppsScript.Script.EventType {
  if (spec.kind === 'edit') return ScriptApp.EventType.ON_EDIT;
  return spec.kind === 'daily' || spec.kind === 'weekly'
    ? ScriptApp.EventType.CLOCK
    : ScriptApp.EventType.ON_FORM_SUBMIT;
}

/** What setup tells the person who ran it when another account owns the triggers. */
export function otherOwnerNotice(owner: string, me: string): string {
  return message('setup.triggersOtherOwner', { me: me || message('setup.you'), owner });
}

/**
 * Creates missing triggers and deletes duplicates, as their recorded owner (or as the first user to install
 * them). Returns a notice for the report when another account owns them, else null. `stored` holds the document
 * properties read at the start of setup; an owner who is no longer active staff is taken over.
 */
export function installTriggers(
  props: GoogleAppsScript.Properties.Properties,
  stored: Readonly<Record<string, string>>,
  isActiveStaff: (email: string) => boolean,
  changes: string[],
): string | null {
  const wanted = TRIGGER_SPECS.filter((s) => handlerExists(s.handler));
  if (wanted.length === 0) return null;
  // Installable triggers run as, and are listed for, the account that creates them: the effective user.
  const me = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  const owner = String(stored[TRIGGER_OWNER_PROPERTY] ?? '')
    .trim()
    .toLowerCase();
  if (owner !== '' && owner !== me && isActiveStaff(owner)) return otherOwnerNotice(owner, me);
  const existing = ScriptApp.getProjectTriggers();
  let ours = false;
  for (const spec of wanted) {
    const formId = spec.kind === 'formSubmit' ? props.getProperty(spec.formIdProperty) : null;
    if (spec.kind === 'formSubmit' && !formId) continue;
    const type = eventTypeOf(spec);
    const same = existing.filter((t) => t.getHandlerFunction() === spec.handler && t.getEventType() === type);
    for (const extra of same.slice(1)) {
      ScriptApp.deleteTrigger(extra);
      changes.push(message('setup.triggerDuplicate', { handler: spec.handler }));
    }
    ours = true;
    if (same.length > 0) continue;
    if (spec.kind === 'daily') {
      ScriptApp.newTrigger(spec.handler).timeBased().everyDays(1).atHour(spec.atHour).create();
    } else if (spec.kind === 'weekly') {
      ScriptApp.newTrigger(spec.handler)
        .timeBased()
        .onWeekDay(ScriptApp.WeekDay[spec.weekDay])
        .atHour(spec.atHour)
        .create();
    } else if (spec.kind === 'edit') {
      ScriptApp.newTrigger(spec.handler).forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
    } else {
      ScriptApp.newTrigger(spec.handler).forForm(formId!).onFormSubmit().create();
    }
    changes.push(message('setup.triggerInstalled', { handler: spec.handler }));
  }
  if (wanted.some((s) => s.kind === 'edit') && stored[GRID_EDIT_TRIGGER_PROPERTY] !== 'installed') {
    props.setProperty(GRID_EDIT_TRIGGER_PROPERTY, 'installed');
  }
  if (ours && me !== '' && owner !== me) {
    props.setProperty(TRIGGER_OWNER_PROPERTY, me);
    changes.push(message('setup.triggersRunAs', { me }));
  }
  return null;
}
