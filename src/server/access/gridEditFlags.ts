// Grid edits that were not allowed and could not be reverted (multi-cell), kept for Validate workbook to list.
//
// Kept in one document property, not in a tab: Validate reads it with the properties it reads anyway, so the
// cost does not grow with the Audit history. The list keeps the newest MAX_FLAGS flags that fit one property value
// (at most 9 kB: https://developers.google.com/apps-script/guides/services/quotas#current_limitations); flags
// dropped to keep within it are counted, and Validate says how many (their Audit rows stay). An allowed edit of
// rows settles the flags on those rows only (a flag over other rows too keeps them); a flag goes after FLAG_DAYS.

import { AUDIT } from '../../../sheets-templates';
import { isMessageCode, message } from '../../core/messages';
import type { WorkbookProblem } from '../../core/workbook/validation';
import type { WorkbookSession } from '../store/session';

export const GRID_EDIT_FLAGS_PROPERTY = 'scn.gridEdits.flagged';
/** Document property: how many flags were dropped to keep the list within a property, and when the last went. */
export const GRID_EDIT_DROPPED_PROPERTY = 'scn.gridEdits.dropped';
const MAX_FLAGS = 30;
/** Characters of the stored list at most (under the 9 kB a property value may hold). */
const MAX_CHARS = 8000;
const FLAG_DAYS = 30;

export interface GridEditFlag {
  tab: string;
  fromRow: number;
  toRow: number;
  /** The first edited column (1-based), where Validate's link lands. */
  col: number;
  a1: string;
  user: string;
  /** The refusal as worded for the Audit row (the workbook's language); flags written before codes carry only this. */
  reason: string;
  /** The refusal's message code and parameters, so Validate words it in the reader's language. */
  code?: string;
  params?: Readonly<Record<string, string | number>>;
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
  return flags.filter((f) => isRecent(session, f.at));
}

interface Dropped {
  count: number;
  /** ISO time of the last flag dropped. */
  at: string;
}

function readDropped(session: WorkbookSession): Dropped | null {
  const raw = session.properties().getProperty(GRID_EDIT_DROPPED_PROPERTY);
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Dropped;
    return typeof d.count === 'number' && typeof d.at === 'string' ? d : null;
  } catch {
    return null;
  }
}

/** Saves the newest flags that fit; the ones that do not are counted, never dropped silently. */
function writeFlags(session: WorkbookSession, flags: GridEditFlag[]): void {
  const props = session.properties();
  if (flags.length === 0) {
    props.deleteProperty(GRID_EDIT_FLAGS_PROPERTY);
    return;
  }
  let kept = flags.slice(-MAX_FLAGS);
  let text = JSON.stringify(kept);
  while (text.length > MAX_CHARS && kept.length > 1) {
    kept = kept.slice(1);
    text = JSON.stringify(kept);
  }
  const dropped = flags.length - kept.length;
  if (dropped > 0) {
    const before = readDropped(session);
    const count = (before && isRecent(session, before.at) ? before.count : 0) + dropped;
    props.setProperty(GRID_EDIT_DROPPED_PROPERTY, JSON.stringify({ count, at: session.now().toISOString() }));
  }
  props.setProperty(GRID_EDIT_FLAGS_PROPERTY, text);
}

function isRecent(session: WorkbookSession, at: string): boolean {
  return Date.parse(at) >= session.now().getTime() - FLAG_DAYS * 86_400_000;
}

export function flagGridEdits(session: WorkbookSession, flag: GridEditFlag): void {
  const text = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(flag.params ?? {}))
    params[k] = typeof v === 'string' ? text(v, 120) : v;
  const kept = {
    ...flag,
    user: text(flag.user, 120),
    reason: text(flag.reason, 160),
    a1: text(flag.a1, 30),
    ...(flag.params ? { params } : {}),
  };
  writeFlags(session, [...current(session, readFlags(session)), kept]);
}

/** What is left of a flag once rows fromRow..toRow are settled: the rows above and below them (0, 1 or 2 flags). */
function withoutRows(f: GridEditFlag, fromRow: number, toRow: number): GridEditFlag[] {
  if (f.toRow < fromRow || f.fromRow > toRow) return [f];
  const out: GridEditFlag[] = [];
  if (f.fromRow < fromRow) out.push({ ...f, toRow: fromRow - 1 });
  if (f.toRow > toRow) out.push({ ...f, fromRow: toRow + 1 });
  return out;
}

/** An allowed edit of rows fromRow..toRow of `tab` settles the flags on those rows (and only those rows). */
export function clearGridEditFlags(
  session: WorkbookSession,
  tab: string,
  fromRow: number,
  toRow: number,
): void {
  const flags = readFlags(session);
  if (flags.length === 0) return;
  const live = current(session, flags);
  const kept = live.flatMap((f) => (f.tab === tab ? withoutRows(f, fromRow, toRow) : [f]));
  const same =
    live.length === flags.length &&
    kept.length === flags.length &&
    kept.every((f, i) => f.fromRow === flags[i]!.fromRow && f.toRow === flags[i]!.toRow);
  if (!same) writeFlags(session, kept);
}

/** One problem per flag for Validate workbook, linked to the first edited cell; and how many were dropped. */
export function gridEditProblems(session: WorkbookSession): WorkbookProblem[] {
  const dropped = readDropped(session);
  const note: WorkbookProblem[] =
    dropped && dropped.count > 0 && isRecent(session, dropped.at)
      ? [
          {
            tab: AUDIT.name,
            row: 0,
            col: 0,
            column: '',
            message: message('validate.gridFlagsDropped', { count: dropped.count }),
          },
        ]
      : [];
  return note.concat(
    current(session, readFlags(session)).map((f) => ({
      tab: f.tab,
      row: f.fromRow,
      col: f.col,
      column: '',
      message: message('grid.flagProblem', {
        a1: f.a1,
        from: f.fromRow,
        to: f.toRow,
        user: f.user,
        date: f.at.slice(0, 10),
        reason: f.code && isMessageCode(f.code) ? message(f.code, f.params ?? {}) : f.reason,
      }),
    })),
  );
}
