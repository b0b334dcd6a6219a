// What an uploaded file holds, ready to show and to record: its platform, meeting, people or interactions with their
// Source references, and the rows it could not use (by line). Pure: the parser is passed in.

import { type CsvParser, type FileRefusal, type FileTable, readFileTable } from './importFile';
import { type Interaction, interactionsOf } from './interactions';
import { type Attendee, attendeesOf, type RowProblem } from './people';
import type { Platform } from './platforms';
import { attendanceRef, interactionRef, meetingKey } from './sourceRefs';
import { parseWallTime } from './times';

export interface ImportOptions {
  /** The platform the person chose; detected from the header words when absent. */
  platform?: Platform | null;
  /** The meeting's day when the file gives none (YYYY-MM-DD). */
  day?: string;
  /** A title when the file gives none. */
  title?: string;
}

export interface AttendancePlan {
  kind: 'attendance';
  platform: Exclude<Platform, 'stats'>;
  meeting: { id: string; title: string; day: string };
  people: (Attendee & { ref: string })[];
  problems: RowProblem[];
  table: Pick<FileTable, 'delimiter' | 'headerLine' | 'after'> & { dataRows: number };
}

export interface StatsPlan {
  kind: 'stats';
  platform: 'stats';
  interactions: (Interaction & { ref: string })[];
  problems: RowProblem[];
  table: Pick<FileTable, 'delimiter' | 'headerLine' | 'after'> & { dataRows: number };
}

export type ImportPlan = AttendancePlan | StatsPlan;
export type PlanRefusal = FileRefusal | { refused: 'noDate' } | { refused: 'noRows' };

export function isRefusal(p: ImportPlan | PlanRefusal): p is PlanRefusal {
  return 'refused' in p;
}

export function planImport(
  text: string,
  parse: CsvParser,
  options: ImportOptions = {},
): ImportPlan | PlanRefusal {
  const table = readFileTable(text, parse);
  if ('refused' in table) return table;
  const shape = {
    delimiter: table.delimiter,
    headerLine: table.headerLine,
    after: table.after,
    dataRows: table.rows.length,
  };
  if (table.rows.length === 0) return { refused: 'noRows' };
  const platform = options.platform ?? table.platform ?? 'zoom';
  if (platform === 'stats') {
    const { interactions, problems } = interactionsOf(table);
    return {
      kind: 'stats',
      platform,
      interactions: interactions.map((i) => ({ ...i, ref: interactionRef(i) })),
      problems,
      table: shape,
    };
  }
  const { attendees, problems } = attendeesOf(table);
  const title = table.meeting.title || (options.title ?? '').trim();
  const firstJoin = attendees
    .map((a) => a.day)
    .filter((d) => d !== '')
    .sort()[0];
  const start = parseWallTime(table.meeting.start);
  const day = start?.day ?? firstJoin ?? options.day ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { refused: 'noDate' };
  const key = meetingKey({ id: table.meeting.id, title, startMs: start?.ms ?? null });
  return {
    kind: 'attendance',
    platform,
    meeting: { id: table.meeting.id, title, day },
    people: attendees.map((a) => ({ ...a, ref: attendanceRef(platform, key, day, a) })),
    problems,
    table: shape,
  };
}
