// Audit rows set aside: a journal whose rows failed to write in two write sessions is moved here, so saves go on.
//
// Without it, a journaled row the Audit tab refuses (e.g. a cell over Sheets' 50,000-character limit, written by an
// older version) would be retried by every write session and fail each of them, blocking every save. The rows are
// kept in one document property (a value holds at most 9 kB, the store 500 kB in all:
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations) and Validate workbook lists
// them for a person to copy into the Audit tab by hand. Nothing is dropped silently: rows that do not fit are
// counted.

import { AUDIT } from '../../../sheets-templates';
import type { JournalEntry } from '../../core/audit/journalChunks';
import { message } from '../../core/messages';
import type { WorkbookProblem } from '../../core/workbook/validation';

export const DEAD_LETTER_PROPERTY = 'scn.audit.deadLetter';
/** Characters of the stored list at most (under a property value's 9 kB). */
const MAX_CHARS = 8000;
/** Characters kept of each row's summary and changes. */
const TEXT_CHARS = 300;

type Props = GoogleAppsScript.Properties.Properties;

interface SetAside {
  rows: Omit<JournalEntry, 'changes'>[];
  /** Rows that did not fit the property (their words are lost; their count is not). */
  more: number;
}

function cut(s: string): string {
  return s.length > TEXT_CHARS ? `${s.slice(0, TEXT_CHARS - 1)}…` : s;
}

function read(props: Props): SetAside {
  const raw = props.getProperty(DEAD_LETTER_PROPERTY);
  if (!raw) return { rows: [], more: 0 };
  try {
    const v = JSON.parse(raw) as SetAside;
    return Array.isArray(v.rows) ? { rows: v.rows, more: Number(v.more) || 0 } : { rows: [], more: 0 };
  } catch {
    return { rows: [], more: 0 };
  }
}

/** Adds the journal's rows to the ones set aside (one property read, one write). */
export function setAsideAuditRows(props: Props, entries: readonly JournalEntry[]): void {
  const kept = read(props);
  for (const e of entries) {
    const changes = cut(JSON.stringify(e.changes ?? {}));
    kept.rows.push({
      action: cut(String(e.action)),
      tab: cut(String(e.tab)),
      recordId: cut(String(e.recordId)),
      summary: cut(`${String(e.summary)} ${changes === '{}' ? '' : changes}`.trim()),
      at: String(e.at),
      user: cut(String(e.user)),
      version: e.version,
    });
  }
  let text = JSON.stringify(kept);
  while (text.length > MAX_CHARS && kept.rows.length > 1) {
    kept.rows.shift();
    kept.more++;
    text = JSON.stringify(kept);
  }
  props.setProperty(DEAD_LETTER_PROPERTY, text);
}

/** One problem per row set aside, for Validate workbook (linked to the Audit tab). */
export function deadLetterProblems(props: Props): WorkbookProblem[] {
  const { rows, more } = read(props);
  const problems = rows.map((r) => ({
    tab: AUDIT.name,
    row: 0,
    col: 0,
    column: '',
    message: message('validate.auditDeadLetter', {
      action: r.action,
      tab: r.tab,
      id: r.recordId,
      user: r.user,
      at: r.at.slice(0, 16).replace('T', ' '),
      summary: r.summary,
    }),
  }));
  if (more > 0)
    problems.push({
      tab: AUDIT.name,
      row: 0,
      col: 0,
      column: '',
      message: message('validate.auditDeadLetterMore', { count: more }),
    });
  return problems;
}
