// The audit write-ahead journal: pending audit rows saved in document properties before the data they describe.
//
// Data rows and audit rows live on different tabs and Apps Script has no transaction, so an execution stopped
// between the two writes (6-minute limit, quota, crash) used to leave a change without its audit row. The store
// now journals the pending audit rows (with the record version each describes) before writing data, deletes the
// journal once the audit block is written, and every write session first completes a journal left behind:
// rows whose data landed (the record's version reached the one described, or the created id exists) are written,
// the rest dropped. Property limits: https://developers.google.com/apps-script/guides/services/quotas

import { tabByName } from '../../../sheets-templates';
import {
  decodeJournal,
  encodeJournal,
  type JournalEntry,
  journalKey,
  journalParts,
  type WrittenAuditRow,
  writtenPrefix,
} from '../../core/audit/journalChunks';
import { restoreText } from '../../core/schema/text';
import type { WorkbookSession } from '../store/session';
import { versionOf } from '../store/version';
import type { AuditEntry } from './auditLog';

/** Saves every pending audit row (one setProperties call); called just before a data write. */
export function writeJournal(session: WorkbookSession): void {
  const audit = session.audit;
  const pending = audit.entries();
  if (pending.length === 0) return;
  const now = session.now().toISOString();
  const user = session.auditIdentity();
  const entries: JournalEntry[] = pending.map((e) => ({
    action: e.action,
    tab: e.tab,
    recordId: e.recordId,
    changes: e.changes,
    summary: e.summary,
    at: e.at ? e.at.toISOString() : now,
    user: e.user ?? user,
    version: e.version ?? 0,
  }));
  const parts = encodeJournal(entries);
  const values: Record<string, string> = {};
  parts.forEach((p, i) => {
    values[journalKey(i)] = p;
  });
  // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object)
  session.properties().setProperties(values);
  audit.journalParts = Math.max(audit.journalParts, parts.length);
}

/** Deletes the journal once its rows are on the Audit tab (one call per part; one part in the usual case). */
export function clearJournal(session: WorkbookSession): void {
  const props = session.properties();
  for (let i = 0; i < session.audit.journalParts; i++) props.deleteProperty(journalKey(i));
  session.audit.journalParts = 0;
}

function lastAuditRows(session: WorkbookSession, count: number): WrittenAuditRow[] {
  const { sheet, index } = session.audit.structure();
  const lastRow = sheet.getLastRow();
  const n = Math.min(count, lastRow - 1);
  if (n <= 0) return [];
  const width = Math.max(...Object.values(index)) + 1;
  const text = (r: unknown[], key: string) => restoreText(String(r[index[key]!] ?? ''));
  return sheet
    .getRange(lastRow - n + 1, 1, n, width)
    .getValues()
    .map((r) => {
      const at = r[index['at']!];
      return {
        tab: text(r, 'tab'),
        recordId: text(r, 'recordId'),
        action: text(r, 'action'),
        user: text(r, 'user'),
        at: at instanceof Date ? at.getTime() : Number.NaN,
      };
    });
}

/** Whether the data write a journal entry describes landed: the record is there at the version described. */
function landed(session: WorkbookSession, e: JournalEntry): boolean {
  const def = tabByName(e.tab);
  if (!def || def.kind !== 'table' || e.recordId === '') return false;
  const table = session.table(def);
  if (!table.exists()) return false;
  try {
    const row = table.findRow(e.recordId);
    return row !== undefined && versionOf(table.cell(row, 'version')) >= e.version;
  } catch {
    return false; // the id is on several rows: which one was meant cannot be told
  }
}

/**
 * Called when a write session has taken the lock (one property read when there is no journal): completes the
 * journal a stopped execution left. The rows kept are written with this session's audit block.
 */
export function recoverJournal(session: WorkbookSession): void {
  const props = session.properties();
  const first = props.getProperty(journalKey(0));
  const n = journalParts(first);
  if (n === 0) return;
  const parts: (string | null)[] = [first];
  for (let i = 1; i < n; i++) parts.push(props.getProperty(journalKey(i)));
  session.audit.journalParts = Math.max(session.audit.journalParts, n);
  const all = decodeJournal(parts);
  const entries = all ? all.slice(writtenPrefix(all, lastAuditRows(session, all.length))) : [];
  const kept: AuditEntry[] = entries
    .filter((e) => landed(session, e))
    .map((e) => ({
      action: e.action,
      tab: e.tab,
      recordId: e.recordId,
      changes: e.changes,
      summary: e.summary,
      version: e.version,
      at: new Date(e.at),
      user: e.user,
    }));
  if (kept.length === 0) clearJournal(session);
  else session.audit.restore(kept, true);
}

/**
 * The write session failed (its function threw, or a data write failed part-way): the rows recovered from an
 * earlier journal are verified, so they are written now; the session's own rows are left in the journal for
 * the next write session to check against the table (their data may not have landed).
 */
export function settleAfterFailure(session: WorkbookSession): void {
  const audit = session.audit;
  const verified = audit.entries().slice(0, audit.verifiedCount);
  const rest = audit.entries().slice(audit.verifiedCount);
  audit.discard();
  if (verified.length > 0) {
    audit.restore(verified, true);
    audit.flush();
    SpreadsheetApp.flush();
    audit.discard();
  }
  if (rest.length > 0) {
    audit.restore(rest, false);
    writeJournal(session);
    audit.discard();
  } else if (audit.journalParts > 0) clearJournal(session);
}
