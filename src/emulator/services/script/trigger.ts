// Trigger (a created installable trigger) and how builders store a new one for the current user.
// Source: https://developers.google.com/apps-script/reference/script/trigger
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import {
  type EventType,
  TOO_MANY_TRIGGERS_MESSAGE,
  TRIGGERS_PER_USER_PER_SCRIPT,
  type TriggerRecord,
  type TriggerSource,
  type TriggerStore,
} from './triggerStore';

export class Trigger extends ServiceObject {
  readonly _type = 'Trigger';
  readonly _service = 'ScriptApp';

  constructor(
    g: GoogleBackend,
    readonly _record: TriggerRecord,
  ) {
    super(g);
  }

  getHandlerFunction(): string {
    return this._record.handler;
  }

  getEventType(): EventType {
    return this._record.eventType;
  }

  getTriggerSource(): TriggerSource {
    return this._record.source;
  }

  /** "Returns the id specific to the source", e.g. the spreadsheet's id; clock triggers have none (null). */
  getTriggerSourceId(): string | null {
    return this._record.sourceId;
  }

  getUniqueId(): string {
    return this._record.uid;
  }
}

/** Stores a new trigger for the execution's effective user, enforcing the per-user limit. */
export function createTrigger(
  g: GoogleBackend,
  store: TriggerStore,
  fields: Omit<TriggerRecord, 'uid' | 'owner'>,
): Trigger {
  const owner = g.current.effectiveUser;
  if (store.countFor(owner) >= TRIGGERS_PER_USER_PER_SCRIPT) throw new GoogleError(TOO_MANY_TRIGGERS_MESSAGE);
  const record: TriggerRecord = { uid: store.newUid(), owner, ...fields };
  store.triggers.push(record);
  return new Trigger(g, record);
}

/** The id of a Spreadsheet or Form given as an object or as an id string. */
export function idOf(target: unknown, what: string): string {
  if (typeof target === 'string' && target) return target;
  const getId = (target as { getId?: () => unknown } | null)?.getId;
  if (target instanceof ServiceObject && typeof getId === 'function') return String(getId.call(target));
  throw new GoogleError(`Invalid argument: ${what}`);
}
