// One execution's view of the workbook: each sheet and table read at most once, the script lock, the audit log.
//
// Apps Script evaluates the script afresh for every execution, so module state lives exactly one execution:
// the session below is the per-execution cache the design asks for (DESIGN §2.3, "read a table once").

import { SETTINGS, type TabDef, tabByName } from '../../../sheets-templates';
import { readSettings, type SettingsReadResult } from '../../core/schema/settings';
import type { AuditHost } from '../audit/auditHost';
import { AuditJournal } from '../audit/auditJournal';
import { AuditLog } from '../audit/auditLog';
import { Table } from './table';
import { versionOf } from './version';

/** How long a write waits for another execution's lock before giving up with Google's timeout error. */
const LOCK_TIMEOUT_MS = 30000;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class WorkbookSession implements AuditHost {
  private readonly sheets = new Map<string, Sheet | null>();
  private readonly tables = new Map<string, Table>();
  private lockDepth = 0;
  private email: string | undefined;
  private effectiveEmail: string | undefined;
  private settingsRead: SettingsReadResult | undefined;
  private docProps: GoogleAppsScript.Properties.Properties | undefined;
  readonly audit: AuditLog;
  /** The audit write-ahead journal; only this session's write protocol and the store's writes call it. */
  readonly journal: AuditJournal;

  constructor(readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
    this.audit = new AuditLog(this);
    this.journal = new AuditJournal(this, this.audit);
  }

  /** For journal recovery: the record is in its table at `version` or later (a duplicated id: unknown, so no). */
  recordLanded(tab: string, recordId: string, version: number): boolean {
    const def = tabByName(tab);
    if (!def || def.kind !== 'table') return false;
    const table = this.table(def);
    if (!table.exists()) return false;
    try {
      const row = table.findRow(recordId);
      return row !== undefined && versionOf(table.cell(row, 'version')) >= version;
    } catch {
      return false; // the id is on several rows: which one was meant cannot be told
    }
  }

  /** The sheet of a tab, or null when it does not exist (looked up once per execution). */
  sheet(name: string): Sheet | null {
    if (!this.sheets.has(name)) this.sheets.set(name, this.spreadsheet.getSheetByName(name));
    return this.sheets.get(name) ?? null;
  }

  /** Setup tells the session about a sheet it created, so nobody looks it up again. */
  rememberSheet(name: string, sheet: Sheet): void {
    this.sheets.set(name, sheet);
    this.tables.delete(name);
  }

  table(def: TabDef): Table {
    let t = this.tables.get(def.name);
    if (!t) {
      t = new Table(this, def);
      this.tables.set(def.name, t);
    }
    return t;
  }

  /**
   * The signed-in user's address, lower-cased; '' when Google does not disclose it (a simple trigger,
   * a user outside the owner's domain: https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
   * Access checks use this alone: falling back to the effective user would lend the script owner's role
   * to someone Google would not name.
   */
  user(): string {
    if (this.email === undefined) this.email = Session.getActiveUser().getEmail().trim().toLowerCase();
    return this.email;
  }

  /** Who to name in the audit trail: the signed-in user, else the account the script runs as (marked so). */
  auditIdentity(): string {
    const user = this.user();
    if (user !== '') return user;
    if (this.effectiveEmail === undefined) {
      const effective = Session.getEffectiveUser().getEmail().trim().toLowerCase();
      this.effectiveEmail = effective === '' ? 'unknown user' : `unknown user (run as ${effective})`;
    }
    return this.effectiveEmail;
  }

  now(): Date {
    return new Date();
  }

  /** Document properties: id counters, setup fingerprints, validation highlights. */
  properties(): GoogleAppsScript.Properties.Properties {
    if (!this.docProps) this.docProps = PropertiesService.getDocumentProperties();
    return this.docProps;
  }

  /**
   * One document property as read at the first such lookup of this lock period (one getProperties call for
   * all of them: the journal's recovery makes it as the lock is taken). For values only ever written under the
   * script lock, such as the id counters and the audit journal: no other execution can change them while this one
   * holds the lock. `rememberLockedProperty` keeps the copy current.
   * Outside a lock, a plain getProperty.
   */
  lockedProperty(key: string): string | null {
    if (!this.locked) return this.properties().getProperty(key);
    if (!this.lockedProps) this.lockedProps = this.properties().getProperties();
    return this.lockedProps[key] ?? null;
  }

  rememberLockedProperty(key: string, value: string): void {
    if (this.lockedProps) this.lockedProps[key] = value;
  }

  private lockedProps: Record<string, string> | undefined;
  /** Values set under this lock and not written yet (id counters): the next property write or data write takes them. */
  private pendingProps: Record<string, string> = {};

  /**
   * Sets a document property written under the lock only (an id counter) without a call of its own: the value is
   * current for this lock period at once, and lands with the lock period's next property write (the journal, the
   * audit counter) or, at the latest, just before the next data write (writePendingProperties), so a counter is
   * always saved before the rows that carry its ids. A value no row needed is dropped when the lock ends.
   * Outside a lock, a plain setProperty.
   */
  deferProperty(key: string, value: string): void {
    if (!this.locked) {
      this.properties().setProperty(key, value);
      return;
    }
    this.lockedProperty(key); // the lock period's copy is loaded, so the value below stays current in it
    this.rememberLockedProperty(key, value);
    this.pendingProps[key] = value;
  }

  /** Writes `values` and every deferred value in one setProperties call (none when there is nothing to write). */
  writeProperties(values: Record<string, string>): void {
    const all = { ...this.pendingProps, ...values };
    this.pendingProps = {};
    if (Object.keys(all).length === 0) return;
    // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object)
    this.properties().setProperties(all);
    for (const key of Object.keys(values)) this.rememberLockedProperty(key, values[key]!);
  }

  /** Called just before a data write: deferred values land first (one call, only when there are some). */
  writePendingProperties(): void {
    if (Object.keys(this.pendingProps).length > 0) this.writeProperties({});
  }

  /** The Settings tab read once per execution into a typed object (defaults where missing or invalid). */
  settings(): SettingsReadResult {
    if (!this.settingsRead) {
      const sheet = this.sheet(SETTINGS.name);
      const rows = sheet && sheet.getLastRow() > 0 ? sheet.getDataRange().getValues() : [];
      this.settingsRead = readSettings(rows);
    }
    return this.settingsRead;
  }

  get locked(): boolean {
    return this.lockDepth > 0;
  }

  /**
   * Runs a read-modify-write holding the script lock (DESIGN §8): every table read before this lock (outside
   * any lock, or under an earlier lock of this execution) is read again inside it, because another execution
   * may have written in between; audit rows are written in one block, and pending writes are flushed before
   * the lock is released so the next execution reads them. Nested calls share the outer lock. Triggers, which
   * nobody waits on, may pass a longer `waitMs` than the interactive default.
   *
   * Audit journal (auditJournal.ts): a journal left by a stopped execution is completed first; the store
   * journals pending audit rows before each data write and the journal is deleted after the audit block is
   * flushed. When `fn` throws, or a data write failed part-way, the pending rows are dropped from memory and
   * the journal stays for the next write session, which writes only the rows whose data landed.
   * `onBusy`, when given, answers instead of the timeout error when the lock stays taken for `waitMs` (tryLock
   * returns false then, where waitLock throws): a trigger can still record what it could not do.
   * https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
   * https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
   */
  write<T>(fn: () => T, waitMs = LOCK_TIMEOUT_MS, onBusy?: () => T): T {
    if (this.lockDepth > 0) {
      this.lockDepth++;
      try {
        return fn();
      } finally {
        this.lockDepth--;
      }
    }
    const lock = LockService.getScriptLock();
    if (!onBusy) lock.waitLock(waitMs);
    else if (!lock.tryLock(waitMs)) return onBusy();
    this.lockDepth = 1;
    for (const t of this.tables.values()) t.forget();
    this.lockedProps = undefined;
    this.pendingProps = {};
    this.audit.forgetStructure();
    try {
      this.journal.recover();
      const result = fn();
      if (this.journal.isUncertain) {
        if (this.dirty) SpreadsheetApp.flush();
        this.journal.settleAfterFailure();
        return result;
      }
      const wrote = this.audit.flush();
      if (wrote || this.dirty) SpreadsheetApp.flush();
      if (this.journal.isWritten) this.journal.clear();
      return result;
    } catch (e) {
      try {
        this.journal.settleAfterFailure();
      } catch {
        // The journal still holds every row: the next write session completes it.
      }
      this.audit.discard();
      throw e;
    } finally {
      this.lockDepth = 0;
      this.dirty = false;
      this.pendingProps = {}; // issued for rows never written: nothing carries those ids
      lock.releaseLock();
    }
  }

  /**
   * Writes the pending audit rows before the lock ends (a send flushes them with its intent). Not after a data
   * write failed part-way under this lock (a caller such as the sweep may catch the error and go on): whether those
   * rows' data landed is unknown, so they stay in the journal and the end of the lock settles them
   * (journal.settleAfterFailure), never written blindly. A transient error in the sweep wrote an audit row for an
   * application that was never recorded (found by the intake kill sweep).
   */
  flushAuditRows(): void {
    if (!this.journal.isUncertain) this.audit.flush();
  }

  /** Set by the store when it wrote cells, so `write` knows to flush before releasing the lock. */
  dirty = false;
}

let current: WorkbookSession | undefined;

/** The session of this execution (created on first use). */
export function workbook(): WorkbookSession {
  if (!current) current = new WorkbookSession(SpreadsheetApp.getActiveSpreadsheet());
  return current;
}
