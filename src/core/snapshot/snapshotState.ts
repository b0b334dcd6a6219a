// The weekly snapshot's record (issue 18 item 3): the copies it made, oldest first, and the copy under way, if any.
//
// Kept as one JSON document property, so each change is one setProperty call: a run stopped between two calls
// leaves either the old record or the new one, never half of each.

/** A copy of the workbook the snapshot made: its Drive id, its name and when it was made (ISO). */
export interface SnapshotCopy {
  id: string;
  name: string;
  at: string;
}

/** A copy about to be made: recorded before makeCopy, so a run stopped right after it finds the copy by name. */
export interface PendingSnapshot {
  name: string;
  folderId: string;
  at: string;
}

export interface SnapshotState {
  copies: SnapshotCopy[];
  pending: PendingSnapshot | null;
  /** True when the stored text could not be read: the copies it listed are left alone (never trashed). */
  damaged: boolean;
}

function isCopy(x: unknown): x is SnapshotCopy {
  const c = x as Partial<SnapshotCopy> | null;
  return (
    !!c && typeof c.id === 'string' && c.id !== '' && typeof c.name === 'string' && typeof c.at === 'string'
  );
}

function isPending(x: unknown): x is PendingSnapshot {
  const p = x as Partial<PendingSnapshot> | null;
  return !!p && typeof p.name === 'string' && typeof p.folderId === 'string' && typeof p.at === 'string';
}

/** Reads the stored record; nothing stored is an empty record, unreadable text a damaged (empty) one. */
export function parseSnapshotState(raw: string | null): SnapshotState {
  if (raw === null || raw === '') return { copies: [], pending: null, damaged: false };
  try {
    const data = JSON.parse(raw) as { copies?: unknown; pending?: unknown };
    const copies = Array.isArray(data.copies) ? data.copies : null;
    if (!copies || !copies.every(isCopy) || !(data.pending === null || isPending(data.pending)))
      return { copies: [], pending: null, damaged: true };
    return { copies: copies.slice(), pending: data.pending, damaged: false };
  } catch {
    return { copies: [], pending: null, damaged: true };
  }
}

export function serializeSnapshotState(state: SnapshotState): string {
  return JSON.stringify({ copies: state.copies, pending: state.pending });
}

/** The copies to move to the bin so that `keep` stay: the oldest first. */
export function copiesOverLimit(copies: readonly SnapshotCopy[], keep: number): SnapshotCopy[] {
  return copies.slice(0, Math.max(0, copies.length - Math.max(1, keep)));
}

/** The copy's name: the workbook's, then the local time it was taken (unique per minute, sorts by date). */
export function snapshotName(workbookName: string, localStamp: string): string {
  return `${workbookName} — snapshot ${localStamp}`;
}
