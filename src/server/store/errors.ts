// Errors the table store raises; their messages are shown to the coordinator as they are, written from the
// message table (src/core/messages) in the reader's language.

import { message } from '../../core/messages';

/** The tab is missing, a required header is missing or doubled, or ids are duplicated. */
export class WorkbookStructureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookStructureError';
  }
}

/** A save made from an older version of the record than the one in the sheet (optimistic concurrency). */
export class StaleRecordError extends Error {
  constructor(
    message: string,
    readonly currentVersion: number,
  ) {
    super(message);
    this.name = 'StaleRecordError';
  }
}

/** The words of a refused stale save: who changed the record, and its version now and in the sidebar. */
export function staleMessage_(id: string, updatedBy: unknown, now: number, yours: number): string {
  const by = updatedBy ? message('store.staleBy', { who: String(updatedBy) }) : '';
  return message('store.stale', { id, by, now, yours });
}

/** The record to update does not exist (any more). */
export class RecordNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordNotFoundError';
  }
}
