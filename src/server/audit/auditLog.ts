// The audit trail: every change made through the add-on, collected during an execution and appended in one block.

import { AUDIT } from '../../../sheets-templates';
import { message } from '../../core/messages';
import { formatIsoDate, toCell } from '../../core/schema/cells';
import { matchHeaders, structureProblem } from '../../core/workbook/headerMatch';
import { nextIds } from '../../core/workbook/ids';
import { definedColumns, spansOf } from '../store/columnSpans';
import { WorkbookStructureError } from '../store/errors';
import { freshIds } from '../store/freshIds';
import type { AuditHost } from './auditHost';

export interface AuditEntry {
  action: string;
  tab: string;
  recordId: string;
  /** Field → [before, after], as text. */
  changes: Record<string, [unknown, unknown]>;
  summary: string;
  /** The record's version once the change is written (1 for a create): what recovery checks the table for. */
  version?: number;
  /** Set on rows recovered from the journal: when and by whom the change was made. */
  at?: Date;
  user?: string;
}

/** Longest text kept per old/new value: a pasted essay must not blow the 50,000-character cell limit. */
const MAX_VALUE_CHARS = 500;

/** A value as the audit shows it: dates as YYYY-MM-DD (or ISO with time), lists comma-separated, empty as ''. */
export function auditValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const midnight =
      v.getHours() === 0 && v.getMinutes() === 0 && v.getSeconds() === 0 && v.getMilliseconds() === 0;
    return midnight ? formatIsoDate(v) : v.toISOString();
  }
  if (Array.isArray(v)) return v.map(auditValue).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  const s = String(v);
  return s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s;
}

/**
 * Longest summary kept: a summary quotes people's text (an enquirer's name), and one over Sheets' 50,000-character
 * cell limit would make the audit block, and so every later write session, fail.
 */
export const MAX_SUMMARY_CHARS = 2000;

/** A summary as the Audit tab keeps it: cut to MAX_SUMMARY_CHARS, marked with an ellipsis. */
export function auditSummary(summary: string): string {
  const s = String(summary ?? '');
  return s.length > MAX_SUMMARY_CHARS ? `${s.slice(0, MAX_SUMMARY_CHARS - 1)}…` : s;
}

const COUNTER_KEY = `scn.lastId.${AUDIT.prefix}`;

export class AuditLog {
  private pending: AuditEntry[] = [];
  private sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  private index: Record<string, number> | undefined;
  private width = 0;

  constructor(private readonly session: AuditHost) {}

  /**
   * Checks, before any data is written, that the Audit tab is there and usable (one header read), so a
   * change is never made without its audit row.
   */
  prepare(): void {
    if (this.index) return;
    const sheet = this.session.sheet(AUDIT.name);
    if (!sheet) {
      throw new WorkbookStructureError(message('structure.auditMissing', { tab: AUDIT.name }));
    }
    this.width = Math.max(sheet.getLastColumn(), 1);
    const headers = sheet.getRange(1, 1, 1, this.width).getValues()[0] ?? [];
    const match = matchHeaders(AUDIT, headers);
    const problem = structureProblem(AUDIT, match);
    if (problem) throw new WorkbookStructureError(problem);
    this.sheet = sheet;
    this.index = match.index;
  }

  /** Queues a row; its time is the change's (kept by the journal, so a recovered row shows when it happened). */
  add(entry: AuditEntry): void {
    this.prepare();
    this.pending.push({ ...entry, summary: auditSummary(entry.summary), at: entry.at ?? this.session.now() });
  }

  get size(): number {
    return this.pending.length;
  }

  /** The rows not written yet (the journal saves them before the data they describe is written). */
  entries(): readonly AuditEntry[] {
    return this.pending;
  }

  /** How many of the first pending rows were recovered from a journal and checked against the table. */
  private verifiedCount = 0;

  /** The first pending rows, recovered from a journal and checked against the table. */
  verifiedEntries(): readonly AuditEntry[] {
    return this.pending.slice(0, this.verifiedCount);
  }

  /** Puts rows back first, in the order they were made (`verified`: recovered and checked against the table). */
  restore(entries: readonly AuditEntry[], verified: boolean): void {
    this.pending = [...entries, ...this.pending];
    if (verified) this.verifiedCount += entries.length;
  }

  /** Drops rows whose data write may not have landed: the journal keeps them for the next write session to check. */
  discard(): void {
    this.pending = [];
    this.verifiedCount = 0;
  }

  /** A lock was taken: the Audit header is read again before the next write (setup may have repaired it meanwhile). */
  forgetStructure(): void {
    this.sheet = undefined;
    this.index = undefined;
  }

  /** The Audit tab's sheet and header index (after prepare), for recovery's look at the last rows. */
  structure(): { sheet: GoogleAppsScript.Spreadsheet.Sheet; index: Record<string, number> } {
    this.prepare();
    return { sheet: this.sheet!, index: this.index! };
  }

  /**
   * Ids for `count` new audit rows after the counter, with no id at or above them in the tab (a restore or a copy
   * of rows can put some there): one TextFinder search of the id column in the usual case (store/idIssue.ts).
   */
  private issueIds(
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    idCol: number,
    lastRow: number,
    count: number,
  ): string[] {
    const counter = Number(this.session.lockedProperty(COUNTER_KEY) ?? 0) || 0;
    if (lastRow < 2) return nextIds(AUDIT.prefix, [], count, counter);
    const column = sheet.getRange(2, idCol + 1, lastRow - 1, 1);
    return freshIds(AUDIT.prefix, count, counter, {
      holdsMatch: (pattern) =>
        column.createTextFinder(pattern).useRegularExpression(true).matchCase(true).findAll().length > 0,
      lastId: () => sheet.getRange(lastRow, idCol + 1).getValue(),
      all: () => column.getValues().map((r) => r[0]),
    });
  }

  /** Appends the pending rows in one block (called inside the lock); true when it wrote. */
  flush(): boolean {
    if (this.pending.length === 0) return false;
    this.prepare();
    const sheet = this.sheet!;
    const index = this.index!;
    const lastRow = sheet.getLastRow();
    const ids = this.issueIds(sheet, index['id']!, lastRow, this.pending.length);
    const now = this.session.now();
    const user = this.session.auditIdentity();
    const rows = this.pending.map((e, n) => {
      const record: Record<string, unknown> = {
        id: ids[n],
        at: e.at ?? now,
        user: e.user ?? user,
        action: e.action,
        tab: e.tab,
        recordId: e.recordId,
        changes: e.changes,
        summary: auditSummary(e.summary), // rows recovered from an older journal too
        createdAt: now,
        updatedAt: now,
        updatedBy: user,
        version: 1,
      };
      const cells = new Map<number, unknown>();
      for (const c of AUDIT.columns) {
        const i = index[c.key];
        if (i !== undefined) cells.set(i, toCell(c, record[c.key], { plainText: false }));
      }
      return cells;
    });
    // The counter moves before the rows are written: an execution stopped between the two leaves a gap in the
    // ids (never refilled), whereas the other order let the next run reuse the ids just written. One call with
    // any counter issued for the data write that follows (a Sends intent's id: trackedMail.ts).
    const counter = String(Number(ids[ids.length - 1]!.split('-')[1]));
    this.session.deferProperty(COUNTER_KEY, counter);
    this.session.writePendingProperties();
    const first = lastRow + 1;
    const max = sheet.getMaxRows();
    if (first + rows.length - 1 > max)
      sheet.insertRowsAfter(max, Math.max(first + rows.length - 1 - max, 500));
    for (const s of spansOf(
      [...rows[0]!.keys()],
      definedColumns({ index, unknown: [], missing: [], duplicated: [] }),
    )) {
      const block = rows.map((cells) => {
        const line: unknown[] = [];
        for (let c = s.from; c <= s.to; c++) line.push(cells.get(c) ?? '');
        return line;
      });
      sheet.getRange(first, s.from + 1, block.length, s.to - s.from + 1).setValues(block as never);
    }
    this.pending.length = 0;
    this.verifiedCount = 0;
    return true;
  }
}
