// The trigger builders (clock, spreadsheet, form) that ScriptApp.newTrigger returns.
// Source: https://developers.google.com/apps-script/reference/script/trigger-builder
// Source: https://developers.google.com/apps-script/reference/script/clock-trigger-builder
// Source: https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder
// Source: https://developers.google.com/apps-script/reference/script/form-trigger-builder
import type { GoogleBackend } from '../../backend';
import { GoogleError, ServiceObject } from '../../runtime/serviceObject';
import { assertTimeZone, zonedToUtc } from '../shared/zonedTime';
import { createTrigger, idOf, type Trigger } from './trigger';
import { type ClockSchedule, type EventType, firstRun, type TriggerStore } from './triggerStore';

const WEEK_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
/** everyMinutes(n): "n must be 1, 5, 10, 15 or 30" (ClockTriggerBuilder reference). */
const MINUTE_STEPS = [1, 5, 10, 15, 30];

export class TriggerBuilder extends ServiceObject {
  readonly _type = 'TriggerBuilder';
  readonly _service = 'ScriptApp';

  constructor(
    g: GoogleBackend,
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {
    super(g);
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this._g, this.store, this.handler);
  }

  forSpreadsheet(spreadsheet: unknown): SpreadsheetTriggerBuilder {
    return new SpreadsheetTriggerBuilder(this._g, this.store, this.handler, idOf(spreadsheet, 'spreadsheet'));
  }

  forForm(form: unknown): FormTriggerBuilder {
    return new FormTriggerBuilder(this._g, this.store, this.handler, idOf(form, 'form'));
  }
}

export class ClockTriggerBuilder extends ServiceObject {
  readonly _type = 'ClockTriggerBuilder';
  readonly _service = 'ScriptApp';
  private readonly schedule: Partial<ClockSchedule> = {};

  constructor(
    g: GoogleBackend,
    private readonly store: TriggerStore,
    private readonly handler: string,
  ) {
    super(g);
  }

  everyMinutes(n: unknown): ClockTriggerBuilder {
    const v = Number(n);
    if (!MINUTE_STEPS.includes(v))
      throw new GoogleError('Invalid argument: everyMinutes accepts 1, 5, 10, 15 or 30.');
    return this.recur('minutes', v);
  }

  everyHours(n: unknown): ClockTriggerBuilder {
    return this.recur('hours', this.positive(n, 'everyHours'));
  }

  everyDays(n: unknown): ClockTriggerBuilder {
    return this.recur('days', this.positive(n, 'everyDays'));
  }

  everyWeeks(n: unknown): ClockTriggerBuilder {
    return this.recur('weeks', this.positive(n, 'everyWeeks'));
  }

  /** "Specifies the hour at which the trigger runs" (0–23). */
  atHour(hour: unknown): ClockTriggerBuilder {
    const h = Number(hour);
    if (!Number.isInteger(h) || h < 0 || h > 23) throw new GoogleError('Invalid argument: hour');
    this.schedule.hour = h;
    return this;
  }

  /** "Specifies the minute at which the trigger runs (plus or minus 15 minutes)"; the emulator runs it on the minute. */
  nearMinute(minute: unknown): ClockTriggerBuilder {
    const m = Number(minute);
    if (!Number.isInteger(m) || m < 0 || m > 59) throw new GoogleError('Invalid argument: minute');
    this.schedule.minute = m;
    return this;
  }

  /** A ScriptApp.WeekDay value; alone it means weekly. */
  onWeekDay(day: unknown): ClockTriggerBuilder {
    const wd = WEEK_DAYS.indexOf(String(day));
    if (wd < 0) throw new GoogleError('Invalid argument: day');
    this.schedule.weekDay = wd;
    if (!this.schedule.kind) this.recur('weeks', 1);
    return this;
  }

  onMonthDay(day: unknown): ClockTriggerBuilder {
    const d = Number(day);
    if (!Number.isInteger(d) || d < 1 || d > 31) throw new GoogleError('Invalid argument: day');
    this.schedule.monthDay = d;
    return this.recur('months', 1);
  }

  /** "Specifies the minimum duration (in milliseconds) after the current time that the trigger runs." One-off. */
  after(durationMilliseconds: unknown): ClockTriggerBuilder {
    const ms = Number(durationMilliseconds);
    if (!Number.isFinite(ms) || ms < 0) throw new GoogleError('Invalid argument: durationMilliseconds');
    this.schedule.kind = 'once';
    this.schedule.interval = 0;
    this.schedule.atMs = this._g.clock.now() + ms;
    return this;
  }

  at(date: unknown): ClockTriggerBuilder {
    if (!(date instanceof Date) || Number.isNaN(date.getTime()))
      throw new GoogleError('Invalid argument: date');
    this.schedule.kind = 'once';
    this.schedule.interval = 0;
    this.schedule.atMs = date.getTime();
    return this;
  }

  /** "fires on the given date, by default near midnight (+/- 15 minutes)"; month is 1–12. */
  atDate(year: unknown, month: unknown, day: unknown): ClockTriggerBuilder {
    this.schedule.kind = 'once';
    this.schedule.interval = 0;
    const tz = this.schedule.timeZone ?? this._g.timeZone;
    this.schedule.atMs = zonedToUtc(Number(year), Number(month), Number(day), 0, 0, tz);
    return this;
  }

  inTimezone(timezone: unknown): ClockTriggerBuilder {
    const tz = String(timezone);
    assertTimeZone(tz);
    this.schedule.timeZone = tz;
    return this;
  }

  create(): Trigger {
    const s = this.schedule;
    if (!s.kind)
      throw new GoogleError(
        'Missing time-based trigger schedule: call everyMinutes, everyHours, …, after or at.',
      );
    if ((s.kind === 'minutes' || s.kind === 'hours') && s.hour !== undefined)
      throw new GoogleError('atHour() cannot be used with everyMinutes() or everyHours().');
    const schedule: ClockSchedule = {
      ...s,
      kind: s.kind,
      interval: s.interval ?? 1,
      timeZone: s.timeZone ?? this._g.timeZone,
    };
    return createTrigger(this._g, this.store, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      schedule,
      nextRunMs: firstRun(schedule, this._g.clock.now()),
    });
  }

  private recur(kind: ClockSchedule['kind'], n: number): ClockTriggerBuilder {
    this.schedule.kind = kind;
    this.schedule.interval = n;
    return this;
  }

  private positive(n: unknown, what: string): number {
    const v = Number(n);
    if (!Number.isInteger(v) || v < 1) throw new GoogleError(`Invalid argument: ${what}`);
    return v;
  }
}

export class SpreadsheetTriggerBuilder extends ServiceObject {
  readonly _type = 'SpreadsheetTriggerBuilder';
  readonly _service = 'ScriptApp';
  private eventType: EventType | undefined;

  constructor(
    g: GoogleBackend,
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {
    super(g);
  }

  onOpen(): SpreadsheetTriggerBuilder {
    return this.on('ON_OPEN');
  }

  onEdit(): SpreadsheetTriggerBuilder {
    return this.on('ON_EDIT');
  }

  onChange(): SpreadsheetTriggerBuilder {
    return this.on('ON_CHANGE');
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this.on('ON_FORM_SUBMIT');
  }

  create(): Trigger {
    if (!this.eventType)
      throw new GoogleError('Missing event type: call onOpen, onEdit, onChange or onFormSubmit.');
    return createTrigger(this._g, this.store, {
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
    });
  }

  private on(t: EventType): SpreadsheetTriggerBuilder {
    this.eventType = t;
    return this;
  }
}

export class FormTriggerBuilder extends ServiceObject {
  readonly _type = 'FormTriggerBuilder';
  readonly _service = 'ScriptApp';
  private eventType: EventType | undefined;

  constructor(
    g: GoogleBackend,
    private readonly store: TriggerStore,
    private readonly handler: string,
    private readonly formId: string,
  ) {
    super(g);
  }

  onFormSubmit(): FormTriggerBuilder {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  onOpen(): FormTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }

  create(): Trigger {
    if (!this.eventType) throw new GoogleError('Missing event type: call onFormSubmit or onOpen.');
    return createTrigger(this._g, this.store, {
      handler: this.handler,
      eventType: this.eventType,
      source: 'FORMS',
      sourceId: this.formId,
    });
  }
}
