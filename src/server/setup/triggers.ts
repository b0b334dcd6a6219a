// The installable triggers the CRM needs, each installed exactly once by setup (and only when its handler exists).
//
// Hook for later features: add a spec here. The daily job (digest of overdue items, sweep of unprocessed
// form responses) and the intake forms' submit triggers belong to the intake issue; setup installs them as
// soon as their handler functions are in the bundle, and never twice.

export type TriggerSpec =
  | { handler: string; kind: 'daily'; atHour: number }
  /** A form-submit trigger on the form whose id is kept in a document property (set when setup creates the form). */
  | { handler: string; kind: 'formSubmit'; formIdProperty: string };

export const TRIGGER_SPECS: TriggerSpec[] = [
  { handler: 'runDailyJobs', kind: 'daily', atHour: 7 },
  { handler: 'onEnquirySubmit', kind: 'formSubmit', formIdProperty: 'scn.form.enquiry' },
  { handler: 'onApplicationSubmit', kind: 'formSubmit', formIdProperty: 'scn.form.application' },
];

/** Whether the bundle defines this top-level function (Apps Script can only trigger those). */
function handlerExists(name: string): boolean {
  return typeof (globalThis as unknown as Record<string, unknown>)[name] === 'function';
}

function eventTypeOf(spec: TriggerSpec): GoogleAppsScript.Script.EventType {
  return spec.kind === 'daily' ? ScriptApp.EventType.CLOCK : ScriptApp.EventType.ON_FORM_SUBMIT;
}

/**
 * Creates missing triggers and deletes duplicates. getProjectTriggers lists this user's triggers of the
 * project: https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
 */
export function installTriggers(props: GoogleAppsScript.Properties.Properties, changes: string[]): void {
  const wanted = TRIGGER_SPECS.filter((s) => handlerExists(s.handler));
  if (wanted.length === 0) return;
  const existing = ScriptApp.getProjectTriggers();
  for (const spec of wanted) {
    const formId = spec.kind === 'formSubmit' ? props.getProperty(spec.formIdProperty) : null;
    if (spec.kind === 'formSubmit' && !formId) continue;
    const type = eventTypeOf(spec);
    const same = existing.filter((t) => t.getHandlerFunction() === spec.handler && t.getEventType() === type);
    for (const extra of same.slice(1)) {
      ScriptApp.deleteTrigger(extra);
      changes.push(`Trigger ${spec.handler}: duplicate removed.`);
    }
    if (same.length > 0) continue;
    if (spec.kind === 'daily') {
      ScriptApp.newTrigger(spec.handler).timeBased().everyDays(1).atHour(spec.atHour).create();
    } else {
      ScriptApp.newTrigger(spec.handler).forForm(formId!).onFormSubmit().create();
    }
    changes.push(`Trigger ${spec.handler}: installed.`);
  }
}
