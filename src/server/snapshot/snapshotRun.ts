// The weekly snapshot's use case: copy the workbook into the Drive folder named in Settings and keep the last N.
//
// Kill-safe at every call (test/acceptance/snapshot/snapshotKills.test.ts). The record of copies is one document
// property (core/snapshot/snapshotState.ts), written after each step:
//   1. a copy a stopped run made but did not record is adopted: the run recorded its name before makeCopy, and
//      finds it by that exact name in that folder (Folder.getFilesByName);
//   2. copies over the limit are moved to the bin, oldest first, before the new copy, so a run stopped after
//      makeCopy leaves at most N+1 copies and the next run starts back at N;
//   3. the copy: https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder);
//   4. copies over the limit again. A copy is dropped from the record only once it is in the bin (or gone), and
//      only recorded ids are ever binned: other files in the folder are never touched.
// The run holds the document lock, so the copy is not taken half-way through a sidebar's save.

import { type MessageCode, type MessageParams, message } from '../../core/messages';
import {
  copiesOverLimit,
  parseSnapshotState,
  type SnapshotState,
  serializeSnapshotState,
  snapshotName,
} from '../../core/snapshot/snapshotState';
import type { WorkbookSession } from '../store/session';

/** Document property: the copies made (oldest first) and the copy under way. */
export const SNAPSHOT_STATE_PROPERTY = 'scn.snapshot.state';
/** Document property: the last run's outcome, as a message code and its parameters (shown in Help › About). */
export const SNAPSHOT_LAST_PROPERTY = 'scn.snapshot.last';
/** How long the run waits for a sidebar's save before copying (it runs from a weekly trigger: no one waits on it). */
const SNAPSHOT_LOCK_WAIT_MS = 5 * 60 * 1000;

export interface SnapshotReport {
  status: 'made' | 'unnamed' | 'missing' | 'failed';
  /** The new copy's id and name ('' when none was made). */
  copyId: string;
  name: string;
  /** Copies recorded once the run was done. */
  kept: number;
  /** Copies moved to the bin this run (ids). */
  binned: string[];
  /** A copy a stopped run made, found and recorded by this one ('' when none). */
  adopted: string;
  /** Problems for a person (English): an old copy that could not be binned, an unreadable record. */
  problems: string[];
  /** The outcome in words (English), as Help › About shows it in the reader's language. */
  summary: string;
}

/** The last run's outcome, stored for Help › About. */
export interface SnapshotOutcome {
  code: MessageCode;
  params: MessageParams;
  problems: { code: MessageCode; params: MessageParams }[];
}

function tryOpen_<T>(open: () => T): T | null {
  try {
    return open();
  } catch {
    return null; // deleted for good or no longer shared: nothing left to record or bin
  }
}

/** The first folder with this name that is not in the bin. */
function folderNamed_(name: string): GoogleAppsScript.Drive.Folder | null {
  const it = DriveApp.getFoldersByName(name);
  while (it.hasNext()) {
    const f = it.next();
    if (!f.isTrashed()) return f;
  }
  return null;
}

/** Step 1: the copy a stopped run made after recording its name, recorded now (or forgotten if never made). */
function adoptPending_(state: SnapshotState, save: () => void): string {
  const pending = state.pending;
  if (!pending) return '';
  const known = new Set(state.copies.map((c) => c.id));
  let adopted = '';
  const folder = tryOpen_(() => DriveApp.getFolderById(pending.folderId));
  if (folder) {
    const it = folder.getFilesByName(pending.name);
    while (adopted === '' && it.hasNext()) {
      const f = it.next();
      if (!f.isTrashed() && !known.has(f.getId())) adopted = f.getId();
    }
  }
  if (adopted !== '') state.copies.push({ id: adopted, name: pending.name, at: pending.at });
  state.pending = null;
  save();
  return adopted;
}

type Problem = { code: MessageCode; params: MessageParams };

/** Steps 2 and 4: the oldest recorded copies over the limit go to the bin; a copy that refuses stops the pruning. */
function binOverLimit_(
  state: SnapshotState,
  keep: number,
  save: () => void,
  binned: string[],
  problems: Problem[],
): void {
  for (const old of copiesOverLimit(state.copies, keep)) {
    const file = tryOpen_(() => DriveApp.getFileById(old.id));
    if (file && !file.isTrashed()) {
      try {
        file.setTrashed(true);
      } catch (e) {
        // Only the owner may bin a file: after a takeover of the triggers, the former owner's copies stay.
        problems.push({ code: 'snapshot.cannotBin', params: { name: old.name, error: errorText_(e) } });
        return;
      }
      binned.push(old.id);
    }
    state.copies.shift();
    save();
  }
}

function errorText_(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const STATUS_OF: Partial<Record<MessageCode, SnapshotReport['status']>> = {
  'snapshot.made': 'made',
  'snapshot.unnamed': 'unnamed',
  'snapshot.missing': 'missing',
};

/** Takes this week's snapshot. Never throws for a missing folder or a failed copy: the outcome says what happened. */
export function runSnapshot_(session: WorkbookSession): SnapshotReport {
  return session.write(() => {
    const props = session.properties();
    const { settings } = session.settings();
    const tz = Session.getScriptTimeZone();
    const now = session.now();
    const at = Utilities.formatDate(now, tz, 'yyyy-MM-dd HH:mm');
    const state = parseSnapshotState(props.getProperty(SNAPSHOT_STATE_PROPERTY));
    const problems: Problem[] = state.damaged ? [{ code: 'snapshot.damaged', params: {} }] : [];
    const save = () => props.setProperty(SNAPSHOT_STATE_PROPERTY, serializeSnapshotState(state));
    const binned: string[] = [];
    const report = { copyId: '', name: '', binned, adopted: '' };
    const finish = (code: MessageCode, params: MessageParams): SnapshotReport => {
      const outcome: SnapshotOutcome = { code, params: { at, binned: binned.length, ...params }, problems };
      const summary = outcomeText_(outcome, 'en');
      // A Drive id is longer than the Record ID column allows: the copy is named in the summary instead.
      session.audit.add({
        action: 'snapshot',
        tab: '',
        recordId: '',
        changes: {},
        summary: summary.slice(0, 500),
      });
      props.setProperty(SNAPSHOT_LAST_PROPERTY, JSON.stringify(outcome));
      return {
        ...report,
        status: STATUS_OF[code] ?? 'failed',
        kept: state.copies.length,
        problems: problems.map((p) => message(p.code, p.params, 'en')),
        summary,
      };
    };
    try {
      report.adopted = adoptPending_(state, save);
      const folderName = settings.snapshotFolder ?? '';
      if (folderName === '') return finish('snapshot.unnamed', {});
      const folder = folderNamed_(folderName);
      if (!folder) return finish('snapshot.missing', { folder: folderName, owner: session.user() });
      const keep = settings.snapshotsKept;
      binOverLimit_(state, keep, save, binned, problems);
      const name = snapshotName(session.spreadsheet.getName(), at);
      state.pending = { name, folderId: folder.getId(), at: now.toISOString() };
      save();
      const copy = DriveApp.getFileById(session.spreadsheet.getId()).makeCopy(name, folder);
      report.copyId = copy.getId();
      report.name = name;
      state.copies.push({ id: report.copyId, name, at: now.toISOString() });
      state.pending = null;
      save();
      binOverLimit_(state, keep, save, binned, problems);
      return finish('snapshot.made', { name, folder: folderName, kept: state.copies.length });
    } catch (e) {
      // A Drive quota or outage: said in the status and the Audit line; the record is whole, so next week resumes.
      return finish('snapshot.failed', { error: errorText_(e) });
    }
  }, SNAPSHOT_LOCK_WAIT_MS);
}

/** The outcome in words, with any problem after it. */
export function outcomeText_(outcome: SnapshotOutcome, language: 'en' | 'fr'): string {
  const binned = outcome.params['binned'];
  const parts = [message(outcome.code, outcome.params, language)];
  if (typeof binned === 'number' && binned > 0)
    parts.push(message('snapshot.binned', { n: binned }, language));
  for (const p of outcome.problems) parts.push(message(p.code, p.params, language));
  return parts.join(' ');
}
