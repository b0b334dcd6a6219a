// The audit write-ahead journal: pending audit rows saved in document properties before the data they describe.
//
// Data rows and audit rows live on different tabs and Apps Script has no transaction, so an execution stopped
// between the two writes (6-minute limit, quota, crash) used to leave a change without its audit row. The store
// now journals the pending audit rows (with the record version each describes) before writing data, deletes the
// journal once the audit block is written, and every write session first completes a journal left behind:
// rows whose data landed (the record's version reached the one described, or the created id exists) are written,
// the rest dropped. The journal is owned by the session's write protocol (store/session.ts), which calls it in
// one direction; its state is its own. Property limits: https://developers.google.com/apps-script/guides/services/quotas

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
import type { AuditHost } from './auditHost';
import type { AuditEntry, AuditLog } from './auditLog';
import { setAsideAuditRows } from './deadLetter';

/** Document property: how many write sessions began recovering the journal there now (reset once it is written). */
export const JOURNAL_TRIES_PROPERTY = 'scn.audit.journalTries';
/** Sessions that may fail to write a recovered journal before it is set aside (deadLetter.ts). */
const MAX_TRIES = 2;

/** The write-ahead journal of one execution's audit log. */
export class AuditJournal {
  /** This session counted a try at recovering the journal (the count is deleted once its rows are written). */
  private counted = false;
  /** How many property values the journal holds now (0 when none). */
  private parts = 0;
  /** A data write failed part-way: whether it landed is unknown, so the journal is left for the next session. */
  private uncertain = false;

  constructor(
    private readonly host: AuditHost,
    private readonly log: AuditLog,
  ) {}

  /** A data write failed part-way (the store tells the journal before rethrowing). */
  markUncertain(): void {
    this.uncertain = true;
  }

  get isUncertain(): boolean {
    return this.uncertain;
  }

  get isWritten(): boolean {
    return this.parts > 0;
  }

  /**
   * Saves every pending audit row in one setProperties call, with the id counters issued for the data write it
   * precedes (session.deferProperty); called just before a data write.
   */
  save(): void {
    const pending = this.log.entries();
    if (pending.length === 0) return;
    const now = this.host.now().toISOString();
    const user = this.host.auditIdentity();
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
    const encoded = encodeJournal(entries);
    const values: Record<string, string> = {};
    encoded.forEach((p, i) => {
      values[journalKey(i)] = p;
    });
    this.host.writeProperties(values);
    this.parts = Math.max(this.parts, encoded.length);
  }

  /** Deletes the journal once its rows are on the Audit tab (one call per part; one part in the usual case). */
  clear(): void {
    const props = this.host.properties();
    // Last part first: a stop part-way leaves part 0, whose header names every part, so the next session's recover
    // finds the rest and clears them; deleting part 0 first left the others where nothing would ever look.
    for (let i = this.parts - 1; i >= 0; i--) props.deleteProperty(journalKey(i));
    this.parts = 0;
    this.recovered();
  }

  /** The recovered rows are written (or set aside): the next journal starts its tries from none. */
  private recovered(): void {
    if (!this.counted) return;
    this.host.properties().deleteProperty(JOURNAL_TRIES_PROPERTY);
    this.counted = false;
  }

  private lastAuditRows(count: number): WrittenAuditRow[] {
    const { sheet, index } = this.log.structure();
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

  /**
   * Called when a write session has taken the lock (one property read when there is no journal): completes the
   * journal a stopped execution left. The rows kept are written with this session's audit block.
   */
  recover(): void {
    this.uncertain = false;
    const props = this.host.properties();
    // The lock period's one getProperties read: the journal, its tries and the id counters in one call.
    const first = this.host.lockedProperty(journalKey(0));
    const n = journalParts(first);
    if (n === 0) return;
    const parts: (string | null)[] = [first];
    for (let i = 1; i < n; i++) parts.push(this.host.lockedProperty(journalKey(i)));
    this.parts = Math.max(this.parts, n);
    const all = decodeJournal(parts);
    // A journal that failed to write twice would fail every session after: it is set aside and saves go on.
    const tries = Number(this.host.lockedProperty(JOURNAL_TRIES_PROPERTY)) || 0;
    this.counted = true;
    if (tries >= MAX_TRIES) {
      setAsideAuditRows(props, all ?? []);
      this.clear();
      return;
    }
    props.setProperty(JOURNAL_TRIES_PROPERTY, String(tries + 1));
    this.host.rememberLockedProperty(JOURNAL_TRIES_PROPERTY, String(tries + 1));
    const entries = all ? all.slice(writtenPrefix(all, this.lastAuditRows(all.length))) : [];
    const kept: AuditEntry[] = entries
      .filter((e) => e.recordId !== '' && this.host.recordLanded(e.tab, e.recordId, e.version))
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
    if (kept.length === 0) this.clear();
    else this.log.restore(kept, true);
  }

  /**
   * The write session failed (its function threw, or a data write failed part-way): the rows recovered from an
   * earlier journal are verified, so they are written now; the session's own rows are left in the journal for
   * the next write session to check against the table (their data may not have landed).
   */
  settleAfterFailure(): void {
    const log = this.log;
    const verified = log.verifiedEntries();
    const rest = log.entries().slice(verified.length);
    log.discard();
    this.uncertain = false;
    if (verified.length > 0) {
      log.restore(verified, true);
      log.flush();
      SpreadsheetApp.flush();
      log.discard();
      this.recovered();
    }
    if (rest.length > 0) {
      log.restore(rest, false);
      this.save();
      log.discard();
    } else if (this.parts > 0) this.clear();
  }
}
