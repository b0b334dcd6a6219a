// What the audit log and its journal need of the execution (a leaf: audit never imports the store's session).

export interface AuditHost {
  /** Document properties (the journal and the audit id counter live there). */
  properties(): GoogleAppsScript.Properties.Properties;
  /**
   * A document property as read once at the start of this lock period (one getProperties call), with the values
   * this execution wrote: for values written under the script lock only (journal, counters).
   */
  lockedProperty(key: string): string | null;
  /** Keeps the lock period's copy current after a write of `key`. */
  rememberLockedProperty(key: string, value: string): void;
  /** Sets a counter under the lock; it lands with the next property write or before the next data write. */
  deferProperty(key: string, value: string): void;
  /** One setProperties call with `values` and every deferred value. */
  writeProperties(values: Record<string, string>): void;
  /** Writes the deferred values, if any (called just before a data write). */
  writePendingProperties(): void;
  now(): Date;
  /** Who to name in an audit row. */
  auditIdentity(): string;
  /** A tab's sheet, or null. */
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet | null;
  /** Whether record `recordId` of `tab` is there at version `version` or later (a journaled write landed). */
  recordLanded(tab: string, recordId: string, version: number): boolean;
}
