// Fidelity tests: ScriptApp triggers and time-driven trigger firing on the virtual clock.
import { Emulator } from '../../src/emulator';
import { advanceClock } from '../../src/emulator/events';

const source = String.raw`
function every5() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(5).create(); }
function badMinutes() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(7).create(); }
function daily() { return ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(7).nearMinute(30).inTimezone('Europe/Paris').create().getUniqueId(); }
function weekly() { ScriptApp.newTrigger('tick').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(4).inTimezone('Europe/London').create(); }
function once() { ScriptApp.newTrigger('tick').timeBased().after(60 * 1000).create(); }
function tick(e) { return e; }
function onSheet(id) {
  var t = ScriptApp.newTrigger('handle').forSpreadsheet(id).onFormSubmit().create();
  return [t.getHandlerFunction(), t.getEventType(), t.getTriggerSource(), t.getTriggerSourceId(),
          t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT, typeof t.getUniqueId()];
}
function list() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); }); }
function deleteAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); return ScriptApp.getProjectTriggers().length; }
function many(n) { for (var i = 0; i < n; i++) ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
function enums() { return [ScriptApp.AuthMode.FULL, ScriptApp.TriggerSource.CLOCK, ScriptApp.WeekDay.MONDAY]; }
`;

describe('ScriptApp triggers', () => {
  // Source: https://developers.google.com/apps-script/reference/script/trigger
  it('creates a spreadsheet trigger with its handler, event type, source and id', () => {
    const emu = new Emulator({ source });
    expect(emu.call('onSheet', ['sheet-123'])).toEqual([
      'handle',
      'ON_FORM_SUBMIT',
      'SPREADSHEETS',
      'sheet-123',
      true,
      'string',
    ]);
  });

  // Source: https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
  // ("installable triggers associated with the current project and current user")
  it("lists only the current user's triggers, and deletes them", () => {
    const emu = new Emulator({ source });
    emu.call('every5', [], { user: 'a@x.org' });
    emu.call('once', [], { user: 'b@x.org' });
    expect(emu.call('list', [], { user: 'a@x.org' })).toEqual(['tick']);
    expect(emu.call('deleteAll', [], { user: 'a@x.org' })).toBe(0);
    expect(emu.call('list', [], { user: 'b@x.org' })).toEqual(['tick']);
  });

  // Source: https://developers.google.com/apps-script/guides/services/quotas#current_limitations (20 / user / script)
  it('refuses a 21st trigger for the same user', () => {
    const emu = new Emulator({ source });
    emu.call('many', [20]);
    const r = emu.run('many', [1]);
    expect(r.error).toBe(
      'Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(emu.call('many', [1], { user: 'other@x.org' })).toBeUndefined();
  });

  // Source: https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
  it('accepts everyMinutes only for 1, 5, 10, 15 or 30', () => {
    const emu = new Emulator({ source });
    expect(emu.run('badMinutes').status).toBe('error');
  });

  // Source: https://developers.google.com/apps-script/reference/script/script-app (AuthMode, TriggerSource, WeekDay)
  it('exposes the enums', () => {
    expect(new Emulator({ source }).call('enums')).toEqual(['FULL', 'CLOCK', 'MONDAY']);
  });
});

describe('time-driven triggers on advanceClock', () => {
  // Source: https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
  it("fires every 5 minutes with the documented event fields, as the trigger's owner", () => {
    const emu = new Emulator({ source, start: new Date(Date.UTC(2026, 0, 5, 9, 0, 0)) });
    emu.call('every5', [], { user: 'owner@x.org' });
    const runs = advanceClock(emu, 16 * 60_000);
    expect(runs).toHaveLength(3);
    const e = runs[0].value as Record<string, unknown>;
    expect(e).toMatchObject({
      authMode: 'FULL',
      'day-of-month': 5,
      'day-of-week': 1, // Monday 5 January 2026
      hour: 9,
      minute: 5,
      month: 1,
      timezone: 'UTC',
      'week-of-year': 2,
      year: 2026,
    });
    expect(typeof e.triggerUid).toBe('string');
    expect(typeof e.second).toBe('number');
    expect(runs[0].execution.effectiveUser).toBe('owner@x.org');
    expect(runs[0].execution.authMode).toBe('FULL');
  });

  // Source: https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer)
  it('runs a daily trigger at the given hour in its time zone', () => {
    const emu = new Emulator({ source, start: new Date(Date.UTC(2026, 0, 5, 9, 0, 0)) });
    emu.call('daily');
    const runs = advanceClock(emu, 2 * 86_400_000);
    expect(runs).toHaveLength(2);
    // 07:30 in Paris (UTC+1 in January) is 06:30 UTC, the next day.
    expect(runs[0].value).toMatchObject({ 'day-of-month': 6, hour: 6, minute: 30 });
    expect(runs[1].value).toMatchObject({ 'day-of-month': 7, hour: 6, minute: 30 });
  });

  // Source: https://developers.google.com/apps-script/reference/script/clock-trigger-builder#onWeekDay(Weekday)
  // ("Specifies the day of the week that the trigger runs"; alone, with atHour, a weekly trigger: the snapshot's).
  it('runs an onWeekDay trigger once a week, on that day, at the given hour', () => {
    // Wednesday 7 January 2026: the next Mondays are the 12th, 19th and 26th.
    const emu = new Emulator({ source, start: new Date(Date.UTC(2026, 0, 7, 9, 0, 0)) });
    emu.call('weekly');
    const runs = advanceClock(emu, 21 * 86_400_000);
    expect(runs).toHaveLength(3);
    expect(runs.map((r) => (r.value as Record<string, unknown>)['day-of-month'])).toEqual([12, 19, 26]);
    for (const r of runs) expect(r.value).toMatchObject({ 'day-of-week': 1, hour: 4 });
  });

  // Source: https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)
  it('removes a one-off after() trigger once it has run', () => {
    const emu = new Emulator({ source });
    emu.call('once');
    expect(advanceClock(emu, 120_000)).toHaveLength(1);
    expect(emu.backend.stores.script.triggers.triggers).toHaveLength(0);
    expect(advanceClock(emu, 120_000)).toHaveLength(0);
  });
});
