// Grid edits that were not allowed and could not be reverted (multi-cell), kept for Validate workbook to list.
//
// Kept in one document property, not in a tab: Validate reads it with the properties it reads anyway, so the
// cost does not grow with the Audit history. The list keeps the newest MAX_FLAGS flags (a property value holds at
// most 9 kB: https://developers.google.com/apps-script/guides/services/quotas#current_limitations); a flag goes
// when someone allowed edits one of its rows in the grid, or after FLAG_DAYS days (the Audit rows stay for good).

import type { WorkbookProblem } from '../../core/workbook/validation';
import type { WorkbookSession } from '../store/session';

export const GRID_EDIT_FLAGS_PROPERTY = 'scn.gridEdits.flagged';
const MAX_FLAGS = 30;
const FLAG_DAYS = 30;

export interface GridEditFlag {
  tab: string;
  fromRow: number;
  toRow: number;
  /** The first edited column (1-based), where Validate's link lands. */
  col: number;
  a1: string;
  user: string;
  reason: string;
  /** ISO time of the edit. */
  at: string;
}

function isFlag(x: unknown): x is GridEditFlag {
  const f = x as GridEditFlag;
  return (
    !!f &&
    typeof f.tab === 'string' &&
    typeof f.fromRow === 'number' &&
    typeof f.toRow === 'number' &&
    typeof f.col === 'number' &&
    typeof f.at === 'string'
  );
}

function readFlags(session: WorkbookSession): GridEditFlag[] {
  const raw = session.properties().getProperty(GRID_EDIT_FLAGS_PROPERTY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isFlag) : [];
  } catch {
    return [];
  }
}

function current(session: WorkbookSession, flags: GridEditFlag[]): GridEditFlag[] {
  const oldest = session.now().getTime() - FLAG_DAYS * 86_400_000;
  return flags.filter((f) => Date.parse(f.at) >= oldest);
}

function writeFlags(session: WorkbookSession, flags: GridEditFlag[]): void {
  const props = session.properties();
  if (flags.length === 0) props.deleteProperty(GRID_EDIT_FLAGS_PROPERTY);
  else props.setProperty(GRID_EDIT_FLAGS_PROPERTY, JSON.stringify(flags.slice(-MAX_FLAGS)));
}

export function flagGridEdits(session: WorkbookSession, flag: GridEditFlag): void {
  const text = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const kept = { ...flag, user: text(flag.user, 120), reason: text(flag.reason, 160), a1: text(flag.a1, 30) };
  writeFlags(session, [...current(session, readFlags(session)), kept]);
}

/** An allowed edit of rows fromRow..toRow of `tab` settles the flags on those rows. */
export function clearGridEditFlags(
  session: WorkbookSession,
  tab: string,
  fromRow: number,
  toRow: number,
): void {
  const flags = readFlags(session);
  if (flags.length === 0) return;
  const kept = current(session, flags).filter((f) => f.tab !== tab || f.toRow < fromRow || f.fromRow > toRow);
  if (kept.length !== flags.length) writeFlags(session, kept);
}

/** One problem per flag for Validate workbook, linked to the first edited cell. */
export function gridEditProblems(session: WorkbookSession): WorkbookProblem[] {
  return current(session, readFlags(session)).map((f) => ({
    tab: f.tab,
    row: f.fromRow,
    col: f.col,
    column: '',
    message:
      `${f.a1} (rows ${f.fromRow}–${f.toRow}) was changed directly in the sheet by ${f.user} on ` +
      `${f.at.slice(0, 10)}, but ${f.reason}. Check these rows against the Audit tab and correct them; an allowed ` +
      'edit of the rows clears this flag.',
  }));
}
