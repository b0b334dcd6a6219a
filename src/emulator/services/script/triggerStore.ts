// The installable triggers of the project: who owns them, what fires them, and when clock triggers are next due.
// Source: https://developers.google.com/apps-script/guides/triggers/installable
import { zonedParts, zonedToUtc } from '../shared/zonedTime';

export type EventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
export type TriggerSource = 'SPREADSHEETS' | 'CLOCK' | 'FORMS';

/** "Triggers: 20 / user / script": https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const TRIGGERS_PER_USER_PER_SCRIPT = 20;
/** Google's message when the limit is reached (as scripts report it). */
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

/** When a clock trigger runs. Recurring kinds repeat every `interval` units; `once` runs at `atMs` and is then removed. */
export interface ClockSchedule {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'once';
  interval: number;
  /** Local hour (atHour) and minute (nearMinute) for daily, weekly and monthly triggers. */
  hour?: number;
  minute?: number;
  /** 0 = Sunday … 6 = Saturday (onWeekDay). */
  weekDay?: number;
  /** 1–31 (onMonthDay). */
  monthDay?: number;
  atMs?: number;
  timeZone: string;
}

export interface TriggerRecord {
  uid: string;
  handler: string;
  /** The user who created it; the trigger runs as this user ("Installable triggers always run under the account of
   *  the person who created them"). */
  owner: string;
  eventType: EventType;
  source: TriggerSource;
  sourceId: string | null;
  schedule?: ClockSchedule;
  /** When a clock trigger is next due (virtual-clock ms). */
  nextRunMs?: number;
}

export class TriggerStore {
  readonly triggers: TriggerRecord[] = [];
  private nextUid = 4_034_124_084_959_907_503n;

  newUid(): string {
    this.nextUid += 7919n;
    return String(this.nextUid);
  }

  countFor(owner: string): number {
    return this.triggers.filter((t) => t.owner === owner).length;
  }

  remove(uid: string): void {
    const i = this.triggers.findIndex((t) => t.uid === uid);
    if (i >= 0) this.triggers.splice(i, 1);
  }

  /** The clock trigger due first at or before `untilMs`, if any (ties keep creation order). */
  nextDue(untilMs: number): TriggerRecord | undefined {
    let best: TriggerRecord | undefined;
    for (const t of this.triggers) {
      if (t.nextRunMs === undefined || t.nextRunMs > untilMs) continue;
      if (!best || t.nextRunMs < (best.nextRunMs ?? Infinity)) best = t;
    }
    return best;
  }

  /** After a clock trigger ran at `ranAtMs`: schedule its next run, or remove it when it was a one-off. */
  advance(t: TriggerRecord, ranAtMs: number): void {
    if (!t.schedule || t.schedule.kind === 'once') {
      this.remove(t.uid);
      return;
    }
    t.nextRunMs = nextRun(t.schedule, ranAtMs);
  }
}

const MINUTE = 60_000;

function localDate(ms: number, tz: string): { y: number; m: number; d: number; wd: number } {
  const p = zonedParts(ms, tz);
  return { y: p.year, m: p.month, d: p.day, wd: p.weekday };
}

/**
 * The first time a clock trigger runs after it is created. Google runs recurring triggers at a time of its
 * choosing within the period ("the exact time… is randomized", installable triggers guide); the emulator picks the
 * deterministic time: one period after creation, or at the given local hour and minute.
 */
export function firstRun(s: ClockSchedule, createdMs: number): number {
  const tz = s.timeZone;
  const created = zonedParts(createdMs, tz);
  const hour = s.hour ?? created.hour;
  const minute = s.minute ?? (s.hour === undefined ? created.minute : 0);
  switch (s.kind) {
    case 'once':
      return s.atMs ?? createdMs;
    case 'minutes':
      return createdMs + s.interval * MINUTE;
    case 'hours':
      return createdMs + s.interval * 60 * MINUTE;
    case 'days': {
      const { y, m, d } = localDate(createdMs, tz);
      let t = zonedToUtc(y, m, d, hour, minute, tz);
      if (t <= createdMs) t = zonedToUtc(y, m, d + 1, hour, minute, tz);
      return t;
    }
    case 'weeks': {
      const { y, m, d, wd } = localDate(createdMs, tz);
      const target = s.weekDay ?? wd;
      let t = zonedToUtc(y, m, d + ((target - wd + 7) % 7), hour, minute, tz);
      if (t <= createdMs) t = zonedToUtc(y, m, d + ((target - wd + 7) % 7) + 7, hour, minute, tz);
      return t;
    }
    case 'months': {
      const { y, m } = localDate(createdMs, tz);
      const day = s.monthDay ?? created.day;
      let t = zonedToUtc(y, m, day, hour, minute, tz);
      if (t <= createdMs) t = zonedToUtc(y, m + 1, day, hour, minute, tz);
      return t;
    }
  }
}

/** The run after the one at `prevMs`, keeping local wall-clock time across daylight-saving changes. */
export function nextRun(s: ClockSchedule, prevMs: number): number {
  const tz = s.timeZone;
  const p = zonedParts(prevMs, tz);
  switch (s.kind) {
    case 'once':
      return prevMs;
    case 'minutes':
      return prevMs + s.interval * MINUTE;
    case 'hours':
      return prevMs + s.interval * 60 * MINUTE;
    case 'days':
      return zonedToUtc(p.year, p.month, p.day + s.interval, p.hour, p.minute, tz);
    case 'weeks':
      return zonedToUtc(p.year, p.month, p.day + 7 * s.interval, p.hour, p.minute, tz);
    case 'months':
      return zonedToUtc(p.year, p.month + s.interval, s.monthDay ?? p.day, p.hour, p.minute, tz);
  }
}
