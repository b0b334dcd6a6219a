// ScriptApp: the project's enums, its installable triggers and its id.
// Source: https://developers.google.com/apps-script/reference/script/script-app
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { Trigger } from './trigger';
import type { TriggerStore } from './triggerStore';
import { TriggerBuilder } from './triggers';
import { type WebAppDeployment, WebAppService } from './webAppService';

const names = (...values: string[]) => Object.fromEntries(values.map((v) => [v, v]));

/** Enum values are their names; `e.authMode === ScriptApp.AuthMode.FULL` holds as in Apps Script. */
export const SCRIPT_APP_ENUMS = {
  // https://developers.google.com/apps-script/reference/script/auth-mode
  AuthMode: names('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
  // https://developers.google.com/apps-script/reference/script/authorization-status
  AuthorizationStatus: names('REQUIRED', 'NOT_REQUIRED'),
  // https://developers.google.com/apps-script/reference/script/event-type
  EventType: names('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'),
  // https://developers.google.com/apps-script/reference/script/trigger-source
  TriggerSource: names('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'),
  // https://developers.google.com/apps-script/reference/base/weekday
  WeekDay: names('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'),
};

export class ScriptAppRoot extends ServiceObject {
  readonly _type = 'ScriptApp';
  readonly _service = 'ScriptApp';

  constructor(
    g: GoogleBackend,
    private readonly store: TriggerStore,
    private readonly scriptId: string,
    private readonly webApp: WebAppDeployment,
  ) {
    super(g);
  }

  override _properties(): Record<string, unknown> {
    return SCRIPT_APP_ENUMS;
  }

  newTrigger(functionName: unknown): TriggerBuilder {
    if (typeof functionName !== 'string' || !functionName)
      throw new GoogleError('Invalid argument: functionName');
    return new TriggerBuilder(this._g, this.store, functionName);
  }

  /** "Gets all installable triggers associated with the current project and current user." */
  getProjectTriggers(): Trigger[] {
    const me = this._g.current.effectiveUser;
    return this.store.triggers.filter((t) => t.owner === me).map((t) => new Trigger(this._g, t));
  }

  /** "Gets all installable triggers owned by this user in the given spreadsheet, for this script or add-on only." */
  getUserTriggers(container: unknown): Trigger[] {
    const getId = (container as { getId?: () => unknown } | null)?.getId;
    if (!(container instanceof ServiceObject) || typeof getId !== 'function')
      throw new GoogleError('Invalid argument: spreadsheet');
    const id = String(getId.call(container));
    const me = this._g.current.effectiveUser;
    return this.store.triggers
      .filter((t) => t.owner === me && t.sourceId === id)
      .map((t) => new Trigger(this._g, t));
  }

  /** "Removes the given trigger so it no longer runs." */
  deleteTrigger(trigger: unknown): void {
    if (!(trigger instanceof Trigger)) throw new GoogleError('Invalid argument: trigger');
    this.store.remove(trigger._record.uid);
  }

  getScriptId(): string {
    return this.scriptId;
  }

  /** getService(): the script's web app (ScriptApp reference). */
  getService(): WebAppService {
    return new WebAppService(this._g, this.webApp);
  }
}
