// What the audit log and its journal need of the execution (a leaf: audit never imports the store's session).

export interface AuditHost {
  /** Document properties (the journal and the audit id counter live there). */
  properties(): GoogleAppsScript.Properties.Properties;
  now(): Date;
  /** Who to name in an audit row. */
  auditIdentity(): string;
  /** A tab's sheet, or null. */
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet | null;
  /** Whether record `recordId` of `tab` is there at version `version` or later (a journaled write landed). */
  recordLanded(tab: string, recordId: string, version: number): boolean;
}
