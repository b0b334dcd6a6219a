// The sending engine's document properties: the batch in flight, the sends still searched for, each mailing's block.

import type { BatchJournal, UnsureSend } from '../../../core/mail/sendQueue';
import type { WorkbookSession } from '../../store/session';

const BATCH_KEY = 'scn.mailing.batch';
const UNSURE_KEY = 'scn.mailing.unsure';
const RUNNER_KEY = 'scn.mailing.runner';
const blockKey = (mailingId: string) => `scn.mailing.block.${mailingId}`;

function parsed<T>(raw: string | null, fallback: T): T {
  if (!raw) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

/** The batch a stopped run left (read under the lock: a live run clears its own before releasing it). */
export function readBatch_(session: WorkbookSession): BatchJournal | null {
  return parsed<BatchJournal | null>(session.properties().getProperty(BATCH_KEY), null);
}

/**
 * Written before the batch's first send and after every send (one setProperty each, 62 ms modelled, not a
 * spreadsheet call): what proves, after a stop, which rows went, which failed and which were never tried.
 * https://developers.google.com/apps-script/reference/properties/properties#setProperty(String,String)
 */
export function writeBatch_(session: WorkbookSession, j: BatchJournal): void {
  session.properties().setProperty(BATCH_KEY, JSON.stringify(j));
}

export function clearBatch_(session: WorkbookSession): void {
  session.properties().deleteProperty(BATCH_KEY);
}

export function readUnsure_(session: WorkbookSession): UnsureSend[] {
  return parsed<UnsureSend[]>(session.properties().getProperty(UNSURE_KEY), []);
}

export function writeUnsure_(session: WorkbookSession, list: readonly UnsureSend[]): void {
  if (list.length === 0) session.properties().deleteProperty(UNSURE_KEY);
  else session.properties().setProperty(UNSURE_KEY, JSON.stringify(list));
}

/** Where a mailing's Sends rows were written at its start (one block): first sheet row and count. */
export interface BlockPlace {
  first: number;
  count: number;
}

export function readPlace_(session: WorkbookSession, mailingId: string): BlockPlace | null {
  return parsed<BlockPlace | null>(session.properties().getProperty(blockKey(mailingId)), null);
}

export function writePlace_(session: WorkbookSession, mailingId: string, place: BlockPlace | null): void {
  if (place) session.properties().setProperty(blockKey(mailingId), JSON.stringify(place));
  else session.properties().deleteProperty(blockKey(mailingId));
}

/** Until when another run is sending (ms): runs fired meanwhile by the every-minute trigger step aside. */
export function runnerUntil_(session: WorkbookSession): number {
  return Number(session.properties().getProperty(RUNNER_KEY) ?? 0) || 0;
}

export function setRunner_(session: WorkbookSession, until: number | null): void {
  if (until === null) session.properties().deleteProperty(RUNNER_KEY);
  else session.properties().setProperty(RUNNER_KEY, String(until));
}

const stopKey = (mailingId: string) => `scn.mailing.stop.${mailingId}`;

/** Whether pause or cancel was asked for this mailing since the run began (read before each batch). */
export function stopRequested_(session: WorkbookSession, mailingId: string): boolean {
  return session.properties().getProperty(stopKey(mailingId)) !== null;
}

export function requestStop_(session: WorkbookSession, mailingId: string, stop: boolean): void {
  if (stop) session.properties().setProperty(stopKey(mailingId), '1');
  else session.properties().deleteProperty(stopKey(mailingId));
}
