// Unit tests for working-day due dates: weekends, holidays, DST changes and zones other than London.

import { instantAt, localDateOf, wallClockAt } from '../../src/core/calendar/localDate';
import {
  addWorkingDays,
  dueDateForTarget,
  dueToday,
  isOverdue,
  isWorkingDay,
  workingDaysBetween,
} from '../../src/core/calendar/workingDays';

const LONDON = { timeZone: 'Europe/London', holidays: [] as (string | Date)[] };

describe('dueDateForTarget', () => {
  it('Friday 17:00 + 3 working days is due by the end of Wednesday', () => {
    const due = dueDateForTarget(new Date('2025-03-14T17:00:00Z'), 3, LONDON);
    expect(due.date).toBe('2025-03-19');
    expect(due.endsAt.toISOString()).toBe('2025-03-20T00:00:00.000Z');
    expect(due.cellValue.toISOString()).toBe('2025-03-19T00:00:00.000Z');
  });

  it('a weekend submission starts counting on Monday', () => {
    expect(dueDateForTarget(new Date('2025-03-15T10:00:00Z'), 3, LONDON).date).toBe('2025-03-19');
    expect(dueDateForTarget(new Date('2025-03-16T23:30:00Z'), 3, LONDON).date).toBe('2025-03-19');
  });

  it('the day of receipt never counts, even early in the morning', () => {
    expect(dueDateForTarget(new Date('2025-03-17T08:00:00Z'), 3, LONDON).date).toBe('2025-03-20');
    expect(dueDateForTarget(new Date('2025-03-17T08:00:00Z'), 0, LONDON).date).toBe('2025-03-17');
  });

  it('skips holidays given as text or as date cells', () => {
    const cal = {
      timeZone: 'Europe/London',
      holidays: ['2025-04-18', new Date('2025-04-21T00:00:00+01:00')],
    };
    // Thursday 17 April (before Easter): Fri and Mon are holidays → Tue 22, Wed 23, Thu 24.
    expect(dueDateForTarget(new Date('2025-04-17T12:00:00+01:00'), 3, cal).date).toBe('2025-04-24');
    // Received on the Good Friday holiday: counting starts Tuesday.
    expect(dueDateForTarget(new Date('2025-04-18T09:00:00+01:00'), 1, cal).date).toBe('2025-04-22');
  });

  it('refuses a malformed holiday rather than ignoring it', () => {
    expect(() =>
      dueDateForTarget(new Date(), 2, { timeZone: 'Europe/London', holidays: ['18/04/2025'] }),
    ).toThrow(/YYYY-MM-DD/);
  });

  it('uses the calendar day in the zone: 23:30 UTC on a Friday in summer is already Saturday in London', () => {
    // 2025-06-13 is a Friday; 23:30Z is 00:30 BST on Saturday 14 June → counts from Monday.
    expect(dueDateForTarget(new Date('2025-06-13T23:30:00Z'), 1, LONDON).date).toBe('2025-06-16');
    // In New York it is still Friday evening → Monday too, but in Tokyo Saturday morning.
    const ny = { timeZone: 'America/New_York', holidays: [] };
    expect(dueDateForTarget(new Date('2025-06-13T23:30:00Z'), 1, ny).date).toBe('2025-06-16');
    const tokyo = { timeZone: 'Asia/Tokyo', holidays: [] };
    // Thursday 20:00Z is Friday 05:00 in Tokyo → 1 working day → Monday.
    expect(dueDateForTarget(new Date('2025-06-12T20:00:00Z'), 1, tokyo).date).toBe('2025-06-16');
    // The same instant in London is Thursday → Friday.
    expect(dueDateForTarget(new Date('2025-06-12T20:00:00Z'), 1, LONDON).date).toBe('2025-06-13');
  });

  it('ends the due day at local midnight across the spring DST change in London', () => {
    // Clocks go forward on Sunday 30 March 2025. Friday 28 March + 1 → Monday 31 March (BST).
    const due = dueDateForTarget(new Date('2025-03-28T16:00:00Z'), 1, LONDON);
    expect(due.date).toBe('2025-03-31');
    expect(due.cellValue.toISOString()).toBe('2025-03-30T23:00:00.000Z');
    expect(due.endsAt.toISOString()).toBe('2025-03-31T23:00:00.000Z');
  });

  it('ends the due day at local midnight across the autumn DST change in London', () => {
    // Clocks go back on Sunday 26 October 2025.
    const due = dueDateForTarget(new Date('2025-10-24T16:00:00+01:00'), 1, LONDON);
    expect(due.date).toBe('2025-10-27');
    expect(due.cellValue.toISOString()).toBe('2025-10-27T00:00:00.000Z');
  });

  it('works in a zone with a half-hour offset and one south of the equator', () => {
    const kolkata = { timeZone: 'Asia/Kolkata', holidays: [] };
    const due = dueDateForTarget(new Date('2025-01-10T12:00:00Z'), 2, kolkata); // Friday 17:30 IST
    expect(due.date).toBe('2025-01-14');
    expect(due.cellValue.toISOString()).toBe('2025-01-13T18:30:00.000Z');
    const sydney = { timeZone: 'Australia/Sydney', holidays: [] };
    // Sydney leaves DST on Sunday 6 April 2025; Friday 4 April + 1 → Monday 7 April at AEST (+10).
    const syd = dueDateForTarget(new Date('2025-04-04T06:00:00Z'), 1, sydney);
    expect(syd.date).toBe('2025-04-07');
    expect(syd.cellValue.toISOString()).toBe('2025-04-06T14:00:00.000Z');
  });

  it('refuses negative or fractional targets and unknown zones', () => {
    expect(() => dueDateForTarget(new Date(), -1, LONDON)).toThrow(RangeError);
    expect(() => dueDateForTarget(new Date(), 1.5, LONDON)).toThrow(RangeError);
    expect(() => dueDateForTarget(new Date(), 1, { timeZone: 'Mars/Olympus', holidays: [] })).toThrow(
      /time zone/,
    );
  });
});

describe('addWorkingDays', () => {
  it('keeps the wall-clock time across the spring DST change', () => {
    const friday9 = new Date('2025-03-28T09:00:00Z'); // 09:00 GMT
    const monday = addWorkingDays(friday9, 1, LONDON);
    expect(monday.toISOString()).toBe('2025-03-31T08:00:00.000Z'); // 09:00 BST
    expect(wallClockAt(monday, 'Europe/London').hour).toBe(9);
  });

  it('keeps the wall-clock time across the autumn DST change in New York', () => {
    const ny = { timeZone: 'America/New_York', holidays: ['2025-11-03'] };
    const friday = new Date('2025-10-31T14:00:00Z'); // 10:00 EDT
    expect(addWorkingDays(friday, 1, ny).toISOString()).toBe('2025-11-04T15:00:00.000Z'); // Tue 10:00 EST
  });

  it('adds nothing for 0 and skips a weekend start', () => {
    const sat = new Date('2025-03-15T10:00:00Z');
    expect(addWorkingDays(sat, 0, LONDON)).toEqual(sat);
    expect(localDateOf(addWorkingDays(sat, 1, LONDON), 'Europe/London')).toBe('2025-03-17');
  });
});

describe('instantAt', () => {
  it('moves a time skipped by the spring change forward and picks the earlier of a repeated time', () => {
    const gap = instantAt(
      { year: 2025, month: 3, day: 30, hour: 1, minute: 30, second: 0, millisecond: 0 },
      'Europe/London',
    );
    expect(gap.toISOString()).toBe('2025-03-30T01:30:00.000Z'); // 02:30 BST
    const twice = instantAt(
      { year: 2025, month: 10, day: 26, hour: 1, minute: 30, second: 0, millisecond: 0 },
      'Europe/London',
    );
    expect(twice.toISOString()).toBe('2025-10-26T00:30:00.000Z'); // 01:30 BST, the first of the two
  });
});

describe('workingDaysBetween, isOverdue, dueToday', () => {
  const cal = { timeZone: 'Europe/London', holidays: ['2025-12-25', '2025-12-26'] };

  it('counts working days after the first day up to and including the second', () => {
    expect(workingDaysBetween('2025-03-14', '2025-03-19', cal)).toBe(3);
    expect(workingDaysBetween('2025-03-19', '2025-03-14', cal)).toBe(-3);
    expect(workingDaysBetween(new Date('2025-03-14T08:00:00Z'), new Date('2025-03-14T20:00:00Z'), cal)).toBe(
      0,
    );
    expect(workingDaysBetween('2025-12-24', '2025-12-29', cal)).toBe(1);
  });

  it('matches dueDateForTarget for every start day of a fortnight', () => {
    for (let d = 1; d <= 14; d++) {
      const start = new Date(Date.UTC(2025, 11, 15 + d, 11));
      const due = dueDateForTarget(start, 3, cal);
      expect(workingDaysBetween(start, due.date, cal)).toBe(3);
    }
  });

  it('is overdue only once the due day has passed in the zone', () => {
    const due = dueDateForTarget(new Date('2025-03-14T17:00:00Z'), 3, LONDON); // Wed 19 March
    expect(isOverdue(due, new Date('2025-03-19T23:59:00Z'), 'Europe/London')).toBe(false);
    expect(isOverdue(due, new Date('2025-03-20T00:00:00Z'), 'Europe/London')).toBe(true);
    expect(dueToday(due, new Date('2025-03-19T08:00:00Z'), 'Europe/London')).toBe(true);
    expect(dueToday('2025-03-19', new Date('2025-03-18T08:00:00Z'), 'Europe/London')).toBe(false);
    // A date cell read back (midnight BST): 23:30Z is already 00:30 BST on the next day.
    expect(
      isOverdue(new Date('2025-06-10T00:00:00+01:00'), new Date('2025-06-10T23:30:00Z'), 'Europe/London'),
    ).toBe(true);
  });

  it('knows weekends and holidays', () => {
    expect(isWorkingDay('2025-12-25', cal)).toBe(false);
    expect(isWorkingDay('2025-12-27', cal)).toBe(false);
    expect(isWorkingDay('2025-12-29', cal)).toBe(true);
  });
});
