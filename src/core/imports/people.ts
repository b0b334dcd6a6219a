// People in an attendance file: one attendance per person (rejoins joined up), and the rows that cannot be read,
// each with its line in the file. Names and emails are normalised for matching.

import { isValidEmail, normaliseEmail } from '../schema/text';
import type { FileRow, FileTable } from './importFile';
import { parseMinutes, parseWallTime, type WallTime } from './times';

export interface Attendee {
  /** The person in this file: their normalised email, else "name:" and their normalised name. */
  key: string;
  name: string;
  /** Another name the file gives (Zoom's "Display (Original Name)"), for matching. */
  alias: string;
  email: string;
  /** Lines of the file this person's rows start on. */
  lines: number[];
  joins: number;
  minutes: number;
  /** The first join's day (YYYY-MM-DD), '' when the file gives no join time. */
  day: string;
  role: string;
}

export type RowProblemKind = 'noIdentity' | 'badEmail' | 'badTime' | 'badDuration' | 'badDate' | 'badCount';

/** A row that could not be used, reported to the person importing: never dropped without a word. */
export interface RowProblem {
  line: number;
  kind: RowProblemKind;
  /** The column header (as the file writes it) and the cell, when one cell is the problem. */
  column: string;
  value: string;
}

/** A person's name as compared: accents and case folded, punctuation dropped, words in order. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .sort()
    .join(' ');
}

/** "Amina S (Amina Said)" → display "Amina S", original "Amina Said". */
function splitZoomName(name: string): [string, string] {
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
  return m && m[1]!.trim() !== '' ? [m[1]!.trim(), m[2]!.trim()] : [name.trim(), ''];
}

export const cellOf = (table: FileTable, row: FileRow, field: keyof FileTable['columns']): string => {
  const i = table.columns[field];
  return i === undefined ? '' : String(row.cells[i] ?? '').trim();
};

export const headerOf = (table: FileTable, field: keyof FileTable['columns']): string => {
  const i = table.columns[field];
  return i === undefined ? field : (table.header[i] ?? field);
};

/**
 * Attendees and problem rows of an attendance table. A row with neither email nor name, an address that is not one,
 * or a time or duration that cannot be read is a problem row (the rest of the file still imports).
 */
export function attendeesOf(table: FileTable): { attendees: Attendee[]; problems: RowProblem[] } {
  const byKey = new Map<string, Attendee & { first: number; last: number }>();
  const problems: RowProblem[] = [];
  for (const row of table.rows) {
    const problem = (kind: RowProblemKind, field?: keyof FileTable['columns']) =>
      problems.push({
        line: row.line,
        kind,
        column: field ? headerOf(table, field) : '',
        value: field ? cellOf(table, row, field) : '',
      });
    const full =
      cellOf(table, row, 'name') ||
      [cellOf(table, row, 'firstName'), cellOf(table, row, 'lastName')].filter((s) => s).join(' ');
    const [display, original] = table.platform === 'zoom' ? splitZoomName(full) : [full, ''];
    const upn = cellOf(table, row, 'upn');
    const rawEmail = cellOf(table, row, 'email') || (upn.indexOf('@') > 0 ? upn : '');
    const email = normaliseEmail(rawEmail);
    if (!email && !display) {
      problem('noIdentity');
      continue;
    }
    if (email && !isValidEmail(email)) {
      problem('badEmail', cellOf(table, row, 'email') ? 'email' : 'upn');
      continue;
    }
    const times: Partial<Record<'join' | 'leave', WallTime>> = {};
    let bad = false;
    for (const f of ['join', 'leave'] as const) {
      const text = cellOf(table, row, f);
      if (!text) continue;
      const t = parseWallTime(text);
      if (t) times[f] = t;
      else {
        problem('badTime', f);
        bad = true;
      }
    }
    const durationText = cellOf(table, row, 'duration');
    const stated = durationText ? parseMinutes(durationText) : null;
    if (durationText && stated === null) {
      problem('badDuration', 'duration');
      bad = true;
    }
    if (bad) continue;
    const spent =
      stated ?? (times.join && times.leave ? Math.max(0, (times.leave.ms - times.join.ms) / 60_000) : 0);
    const name = original || display;
    const key = email || `name:${normaliseName(name)}`;
    const seen = byKey.get(key);
    const first = times.join?.ms ?? Number.POSITIVE_INFINITY;
    const last = times.leave?.ms ?? Number.NEGATIVE_INFINITY;
    if (seen) {
      seen.lines.push(row.line);
      seen.joins++;
      seen.minutes += spent;
      if (first < seen.first) {
        seen.first = first;
        seen.day = times.join!.day;
      }
      seen.last = Math.max(seen.last, last);
      if (!seen.name && name) seen.name = name;
      continue;
    }
    byKey.set(key, {
      key,
      name,
      alias: original ? display : '',
      email,
      lines: [row.line],
      joins: 1,
      minutes: spent,
      day: times.join?.day ?? '',
      role: cellOf(table, row, 'role'),
      first,
      last,
    });
  }
  const attendees = [...byKey.values()].map(({ first: _f, last: _l, ...a }) => ({
    ...a,
    minutes: Math.round(a.minutes),
  }));
  return { attendees, problems };
}
