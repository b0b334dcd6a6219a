// Which platform wrote a file, and what its column headers mean: each platform's own words mapped to our fields.
//
// Zoom's participant export (Reports › Usage › Participants): "Name (Original Name)", "User Email", "Join Time",
// "Leave Time", "Duration (Minutes)", "Guest", with the meeting's block ("Meeting ID", "Topic", "Start Time"…) above
// it when exported with meeting data. Zoom's support pages list the same fields (name, email, join and leave times,
// the cumulative minutes: https://support.zoom.com/hc/pb/article?id=zm_kb&sysparm_article=KB0082659); the exact
// header words are believed, from public reports. Microsoft Teams' attendance report: a summary ("Meeting title",
// "Start time"…), then "Name"/"Full Name", "First Join"/"Join Time", "Last Leave"/"Leave Time",
// "In-Meeting Duration"/"Duration", "Email", "Participant ID (UPN)", "Role" (believed: the report's fields — name,
// email, join and leave times, duration, role — are in Microsoft Graph's attendanceRecord,
// https://learn.microsoft.com/en-us/graph/api/resources/attendancerecord). Google Meet's attendance report: "First
// name", "Last name", "Email", "Duration", "Time joined", "Time exited" (believed). Comms statistics: the comms team's
// own export, one row per address, platform, interaction, date and count.

export type Platform = 'zoom' | 'teams' | 'meet' | 'stats';
export const PLATFORMS: readonly Platform[] = ['zoom', 'teams', 'meet', 'stats'];

export type Field =
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'upn'
  | 'join'
  | 'leave'
  | 'duration'
  | 'role'
  | 'platform'
  | 'kind'
  | 'date'
  | 'count';

/** Header words (compared lower case, spaces collapsed) and the field each names. */
const HEADERS: Record<string, Field> = {
  name: 'name',
  'name (original name)': 'name',
  'full name': 'name',
  participant: 'name',
  'participant name': 'name',
  'display name': 'name',
  'first name': 'firstName',
  'last name': 'lastName',
  email: 'email',
  'e-mail': 'email',
  'email address': 'email',
  'user email': 'email',
  'participant id (upn)': 'upn',
  'join time': 'join',
  'first join': 'join',
  'first join time': 'join',
  'time joined': 'join',
  'first seen': 'join',
  'leave time': 'leave',
  'last leave': 'leave',
  'last leave time': 'leave',
  'time exited': 'leave',
  'last seen': 'leave',
  'duration (minutes)': 'duration',
  'duration (mins)': 'duration',
  duration: 'duration',
  'in-meeting duration': 'duration',
  'attendance duration': 'duration',
  'time in call': 'duration',
  role: 'role',
  platform: 'platform',
  channel: 'platform',
  network: 'platform',
  interaction: 'kind',
  'interaction kind': 'kind',
  'interaction type': 'kind',
  action: 'kind',
  date: 'date',
  day: 'date',
  count: 'count',
  interactions: 'count',
};

/** Header words only one platform writes: they name the platform of a file. */
const SIGNATURES: [string, Platform][] = [
  ['name (original name)', 'zoom'],
  ['user email', 'zoom'],
  ['duration (minutes)', 'zoom'],
  ['participant id (upn)', 'teams'],
  ['in-meeting duration', 'teams'],
  ['first join', 'teams'],
  ['last leave', 'teams'],
  ['full name', 'teams'],
  ['time joined', 'meet'],
  ['time exited', 'meet'],
  ['first seen', 'meet'],
  ['time in call', 'meet'],
  ['platform', 'stats'],
  ['interaction', 'stats'],
  ['interaction kind', 'stats'],
];

export function headerWords(cell: string): string {
  return cell
    .replace(/\uFEFF/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The column of each field in a header row (the first column naming it). */
export function fieldColumns(cells: readonly string[]): Partial<Record<Field, number>> {
  const out: Partial<Record<Field, number>> = {};
  cells.forEach((cell, i) => {
    const field = HEADERS[headerWords(cell)];
    if (field && out[field] === undefined) out[field] = i;
  });
  return out;
}

/** Whether a row is a table's header: people (a name, or an email with a join time) or statistics (an email and a
 *  platform or interaction). Zoom's meeting block names "User Email" but no join time, so it is not taken. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const f = fieldColumns(cells);
  const people =
    f.name !== undefined || f.firstName !== undefined || (f.email !== undefined && f.join !== undefined);
  const stats = f.email !== undefined && (f.platform !== undefined || f.kind !== undefined);
  return people || stats;
}

/** The platform a header row's words point to; `attendance` when they name none (a generic attendance list). */
export function platformOf(cells: readonly string[]): Platform | null {
  const words = new Set(cells.map(headerWords));
  for (const [word, platform] of SIGNATURES) if (words.has(word)) return platform;
  return null;
}

/** The header words a file is looked through for, before its delimiter is known (raw line, lower case). */
export function mentionsHeaderWords(line: string): boolean {
  const l = line.toLowerCase();
  let n = 0;
  for (const word of Object.keys(HEADERS)) {
    if (word.length > 3 && l.indexOf(word) >= 0) n++;
    if (n >= 2) return true;
  }
  return false;
}

/** Words of a title block: the meeting's id, title and start, as key/value pairs or a row of headers above values. */
const TITLE_WORDS: Record<string, 'id' | 'title' | 'start'> = {
  'meeting id': 'id',
  'meeting code': 'id',
  'webinar id': 'id',
  topic: 'title',
  'meeting title': 'title',
  title: 'title',
  'meeting name': 'title',
  'start time': 'start',
  'meeting start time': 'start',
  'actual start time': 'start',
  date: 'start',
};

export function titleWord(cell: string): 'id' | 'title' | 'start' | undefined {
  return TITLE_WORDS[headerWords(cell).replace(/:$/, '')];
}
