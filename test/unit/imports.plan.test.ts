// Core rules of engagement imports (issue 15): BOM, delimiter, title block, header words, rejoins joined up, bad
// rows by line, and Source references derived from the file. The parser is the emulator's Utilities.parseCsv.
import { csvRecords, delimiterOf, stripBom } from '../../src/core/imports/csvShape';
import {
  type AttendancePlan,
  isRefusal,
  planImport,
  type StatsPlan,
} from '../../src/core/imports/importPlan';
import { contactIndex, matchPerson } from '../../src/core/imports/matching';
import { type Attendee, normaliseName } from '../../src/core/imports/people';
import { attendanceRef, meetingKey } from '../../src/core/imports/sourceRefs';
import { parseMinutes, parseWallTime } from '../../src/core/imports/times';
import { parseCsvText } from '../../src/emulator/services/script/csv';
import { STATS_EXPORT, TEAMS_EXPORT, ZOOM_EXPORT } from '../support/importSamples';

const parse = (csv: string, d: string) => parseCsvText(csv, d);
const plan = (text: string, options = {}) => planImport(text, parse, options);

describe('the file’s shape', () => {
  it('strips a UTF-8 BOM, keeps quoted line breaks in one record and numbers records by their first line', () => {
    expect(stripBom('\uFEFFa,b')).toBe('a,b');
    expect(csvRecords('a,b\r\n"x\ny",z\n\nlast\n').map((r) => [r.line, r.blank])).toEqual([
      [1, false],
      [2, false],
      [4, true],
      [5, false],
    ]);
  });

  it('takes the delimiter that splits the header line most: comma, semicolon or tab, not those inside quotes', () => {
    expect(delimiterOf('Name;Email;"Join, Time"')).toBe(';');
    expect(delimiterOf('Name\tEmail\tRole')).toBe('\t');
    expect(delimiterOf('Name,Email')).toBe(',');
  });

  it('honours an Excel "sep=" line', () => {
    const p = plan('sep=;\nName;Email;Join Time\nAmina;a@x.example;2026-12-01 10:00') as AttendancePlan;
    expect(p.table.delimiter).toBe(';');
    expect(p.people[0]).toMatchObject({ email: 'a@x.example', lines: [3] });
  });
});

describe('times and durations', () => {
  it.each([
    ['12/03/2026 09:58:12 AM', '2026-12-03'],
    ['12/4/26, 2:00:05 PM', '2026-12-04'],
    ['25/11/2026 14:00', '2026-11-25'],
    ['05.12.2026 09:58', '2026-12-05'],
    ['2026-12-05T09:58:12Z', '2026-12-05'],
  ])('%s is on %s', (text, day) => {
    expect(parseWallTime(text)?.day).toBe(day);
  });
  it('refuses impossible dates and times', () => {
    expect(parseWallTime('13/45/2026 10:00')).toBeNull();
    expect(parseWallTime('2026-02-30 10:00')).toBeNull();
    expect(parseWallTime('yesterday')).toBeNull();
  });
  it.each([
    ['32', 32],
    ['1h 1m 5s', 61 + 5 / 60],
    ['47m', 47],
    ['1 hr 2 min', 62],
    ['1:02:30', 62.5],
  ])('%s lasts %d minutes', (text, minutes) => {
    expect(parseMinutes(text)).toBeCloseTo(minutes);
  });
});

describe('a Zoom participant export', () => {
  const p = plan(ZOOM_EXPORT) as AttendancePlan;

  it('finds the meeting in the title block and the header below it', () => {
    expect(isRefusal(p)).toBe(false);
    expect(p.platform).toBe('zoom');
    expect(p.table).toMatchObject({ delimiter: ';', headerLine: 4, dataRows: 7 });
    expect(p.meeting).toEqual({
      id: '812 3456 7890',
      title: 'Peer exchange: youth resilience',
      day: '2026-12-03',
    });
  });

  it('joins rejoins into one attendance, with normalised emails and the original name', () => {
    const amina = p.people.find((x) => x.email === 'amina.said@mombasa.example')!;
    expect(amina).toMatchObject({
      name: 'Amina Said',
      alias: 'Amina S',
      joins: 2,
      minutes: 57,
      lines: [5, 6],
    });
    expect(p.people.map((x) => x.key)).toEqual([
      'amina.said@mombasa.example',
      'name:juma otieno',
      'paul.roux@lyon.example',
      'nadia@newcity.example',
    ]);
    expect(p.people.find((x) => x.key === 'paul.roux@lyon.example')!.name).toBe('Roux; Paul');
  });

  it('reports each bad row with its line in the file and the cell at fault', () => {
    expect(p.problems).toEqual([
      { line: 9, kind: 'badTime', column: 'Join Time', value: '13/45/2026 10:00' },
      { line: 10, kind: 'noIdentity', column: '', value: '' },
    ]);
  });

  it('derives Source references from platform, meeting id, day and person', () => {
    expect(p.people[0]!.ref).toBe('import:zoom:id-81234567890@0955:2026-12-03:amina.said@mombasa.example');
    expect(p.people[1]!.ref).toBe('import:zoom:id-81234567890@0955:2026-12-03:name-juma-otieno');
    // The same file read again gives the same references.
    expect((plan(ZOOM_EXPORT) as AttendancePlan).people.map((x) => x.ref)).toEqual(
      p.people.map((x) => x.ref),
    );
  });
});

describe('a Teams attendance report', () => {
  const p = plan(TEAMS_EXPORT) as AttendancePlan;

  it('reads the summary, the participants table, and says the section after it was not read', () => {
    expect(p.platform).toBe('teams');
    expect(p.meeting).toEqual({ id: '', title: 'Member cities call', day: '2026-12-04' });
    expect(p.table).toMatchObject({ headerLine: 9, dataRows: 3, after: { from: 14, to: 17 } });
  });

  it('takes the UPN when Email is empty, and reports an unreadable duration by line', () => {
    expect(p.people.map((x) => [x.email, x.minutes, x.role])).toEqual([
      ['claire.martin@lyon.example', 61, 'Organizer'],
      ['ola@oslo.example', 47, 'Attendee'],
    ]);
    expect(p.problems).toEqual([
      { line: 12, kind: 'badDuration', column: 'In-Meeting Duration', value: 'about an hour' },
    ]);
    expect(p.people[0]!.ref).toBe(
      'import:teams:t-member-cities-call@1400:2026-12-04:claire.martin@lyon.example',
    );
  });
});

describe('a Teams report saved with tabs (as its UTF-16 download is, believed)', () => {
  it('reads the same people with the tab delimiter detected', () => {
    const p = plan(TEAMS_EXPORT.replace(/;/g, '\t')) as AttendancePlan;
    expect(p.table.delimiter).toBe('\t');
    expect(p.people.map((x) => x.email)).toEqual(['claire.martin@lyon.example', 'ola@oslo.example']);
    expect(p.problems.map((x) => x.line)).toEqual([12]);
  });
});

describe('comms statistics', () => {
  it('adds up counts per address, platform, interaction and day and reports a bad count by line', () => {
    const p = plan(STATS_EXPORT) as StatsPlan;
    expect(p.kind).toBe('stats');
    expect(p.interactions.map((i) => [i.email, i.platform, i.kind, i.day, i.count, i.lines])).toEqual([
      ['claire.martin@lyon.example', 'Newsletter', 'open', '2026-11-20', 3, [2, 3]],
      ['ola@oslo.example', 'LinkedIn', 'comment', '2026-11-21', 1, [4]],
    ]);
    expect(p.problems).toEqual([{ line: 5, kind: 'badCount', column: 'Count', value: 'many' }]);
    expect(p.interactions[0]!.ref).toBe('import:stats:newsletter:open:2026-11-20:claire.martin@lyon.example');
  });
});

describe('refusals', () => {
  it('refuses an empty file, a file without a known header row, and an unclosed quote', () => {
    expect(plan('\uFEFF\n\n')).toEqual({ refused: 'empty' });
    expect(plan('Foo,Bar\n1,2')).toEqual({ refused: 'noHeader' });
    expect(plan('Name,Email\n"Amina,a@x.example')).toEqual({ refused: 'unreadable' });
  });
  it('asks for a day when the file gives none', () => {
    expect(plan('Name,Email\nAmina,a@x.example')).toEqual({ refused: 'noDate' });
    expect((plan('Name,Email\nAmina,a@x.example', { day: '2026-12-01' }) as AttendancePlan).meeting.day).toBe(
      '2026-12-01',
    );
  });
});

describe('matching', () => {
  const index = contactIndex([
    { id: 'CON-1', name: 'Amina Said', email: 'Amina.Said@mombasa.example', orgId: 'CTY-1' },
    { id: 'CON-2', name: 'Juma Otieno', email: 'juma@mombasa.example', orgId: 'CTY-1' },
    { id: 'CON-3', name: 'Paul Roux', email: 'p.roux@lyon.example', orgId: 'CTY-2' },
  ]);
  it('matches by normalised email first, then by name (accents, case and word order ignored) to confirm', () => {
    expect(matchPerson(index, { email: ' AMINA.SAID@mombasa.example', name: 'x' })).toEqual({
      by: 'email',
      contactId: 'CON-1',
    });
    expect(matchPerson(index, { email: '', name: 'otiéno JUMA' })).toEqual({
      by: 'name',
      candidates: ['CON-2'],
    });
    expect(matchPerson(index, { email: 'paul.roux@lyon.example', name: 'Roux; Paul' })).toEqual({
      by: 'name',
      candidates: ['CON-3'],
    });
    expect(matchPerson(index, { email: 'n@x.example', name: 'Nadia' })).toEqual({ by: 'none' });
    expect(normaliseName('Roux; Paul')).toBe('paul roux');
  });
});

describe('Source references tell apart what is different', () => {
  // Two references that came out equal made the second meeting or person "already recorded", so it was never
  // recorded at all (review of issue 15).
  const person = (name: string): Attendee => ({
    key: `name:${name}`,
    name,
    alias: '',
    email: '',
    lines: [2],
    joins: 1,
    minutes: 30,
    day: '2026-12-03',
    role: '',
  });

  it('keeps titles and names in any script, and long titles that differ after their first 60 characters', () => {
    expect(meetingKey({ id: '', title: 'Встреча городов' })).not.toBe(
      meetingKey({ id: '', title: 'Молодёжь и устойчивость' }),
    );
    expect(meetingKey({ id: '', title: 'Встреча городов' })).toBe('t-встреча-городов');
    const long = 'Regional working group on prevention of violent extremism and polarisation, session';
    expect(meetingKey({ id: '', title: `${long} 1` })).not.toBe(meetingKey({ id: '', title: `${long} 2` }));
    expect(meetingKey({ id: '', title: `${long} 1` }).length).toBeLessThanOrEqual(62);
    const ref = (name: string) => attendanceRef('teams', 't-x', '2026-12-03', person(name));
    expect(ref('Мария Иванова')).not.toBe(ref('Олег Петров'));
    expect(ref('محمد علي')).not.toBe(ref('فاطمة حسن'));
  });

  it('keeps two meetings of one id or title on one day apart by their stated start', () => {
    const at = (time: string) => parseWallTime(`2026-12-03 ${time}`)!.ms;
    expect(meetingKey({ id: '812 3456 7890', title: '', startMs: at('09:00') })).toBe('id-81234567890@0900');
    expect(meetingKey({ id: '', title: 'Weekly sync', startMs: at('09:00') })).not.toBe(
      meetingKey({ id: '', title: 'Weekly sync', startMs: at('16:00') }),
    );
    expect(meetingKey({ id: '', title: 'Weekly sync' })).toBe('t-weekly-sync');
  });
});
