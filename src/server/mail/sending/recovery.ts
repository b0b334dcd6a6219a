// What a stopped run left, settled by the next one under the lock: the journal's outcomes written, the rows never
// tried put back in the queue, and the one send that may have left searched for in the sent folder across runs.

import { SENDS } from '../../../../sheets-templates';
import { afterMiss, messageReference, settleJournal, type UnsureSend } from '../../../core/mail/sendQueue';
import type { WorkbookSession } from '../../store/session';
import type { TableRow } from '../../store/table';
import { clearBatch_, readBatch_, readUnsure_, writeUnsure_ } from './journal';
import { cellOf, type SendChange, writeChanges_ } from './sendsBlock';
import { findSent_ } from './transport';
import { noteUnknown_ } from './unknownSends';

export const UNKNOWN_NOTE =
  'The run stopped while this email was being sent and the sent folder does not show it after several searches: check the Sent folder, and resend by hand only if it is not there.';

/** The rows with these ids, each found at its remembered row when it is still there, else by its id. */
function rowsFor(
  session: WorkbookSession,
  wanted: readonly { id: string; row: number }[],
): Map<string, TableRow> {
  const table = session.table(SENDS);
  const out = new Map<string, TableRow>();
  const read = table.readRows(wanted.map((w) => w.row));
  const at = new Map(read.map((r) => [r.row, r]));
  for (const w of wanted) {
    const r = at.get(w.row);
    if (r && String(cellOf(session, r, 'id')) === w.id) out.set(w.id, r);
    else {
      const moved = table.findRow(w.id);
      if (moved) out.set(w.id, moved);
    }
  }
  return out;
}

function write(
  session: WorkbookSession,
  rows: Map<string, TableRow>,
  changes: Map<string, SendChange>,
): void {
  // One write per contiguous group would do; a stopped batch is rare, so one write per span of rows is enough.
  const byRow = new Map<number, SendChange>();
  for (const [id, c] of changes) {
    const r = rows.get(id);
    if (r) byRow.set(r.row, c);
  }
  if (byRow.size === 0) return;
  const numbers = [...byRow.keys()].sort((a, b) => a - b);
  const all = session
    .table(SENDS)
    .readRows(
      Array.from({ length: numbers[numbers.length - 1]! - numbers[0]! + 1 }, (_, i) => numbers[0]! + i),
    );
  writeChanges_(session, all, byRow);
}

/** Settles the stopped batch and searches for every send still unsure; returns how many were flagged for a person. */
export function recoverStopped_(session: WorkbookSession): { settled: number; flagged: number } {
  const journal = readBatch_(session);
  let unsure = readUnsure_(session);
  if (!journal && unsure.length === 0) return { settled: 0, flagged: 0 };
  const changes = new Map<string, SendChange>();
  const wanted: { id: string; row: number }[] = unsure.map((u) => ({ id: u.id, row: u.row }));
  if (journal) {
    for (const s of settleJournal(journal)) {
      if (s.kind === 'unsure') {
        unsure = unsure.concat([s.send]);
        wanted.push({ id: s.send.id, row: s.send.row });
        continue;
      }
      wanted.push({ id: s.id, row: s.row });
      if (s.kind === 'sent')
        changes.set(s.id, { status: 'sent', sentAt: new Date(s.at), messageId: s.messageId, error: '' });
      else if (s.kind === 'failed') changes.set(s.id, { status: 'failed', error: s.reason });
      else changes.set(s.id, { status: 'queued', error: '' });
    }
  }
  const now = session.now().getTime();
  const still: UnsureSend[] = [];
  const flaggedSends: UnsureSend[] = [];
  let flagged = 0;
  for (const u of unsure) {
    const found = findSent_(messageReference(u.id, u.mailingId));
    if (found) {
      changes.set(u.id, { status: 'sent', sentAt: new Date(u.at), messageId: found, error: '' });
      continue;
    }
    const next = afterMiss(u, now);
    if ('flag' in next) {
      changes.set(u.id, { status: 'unknown', error: UNKNOWN_NOTE });
      flaggedSends.push(u);
      flagged++;
    } else {
      still.push(next.keep);
      changes.set(u.id, {
        status: 'sending',
        error: `Not found in the sent folder yet (search ${next.keep.tries}); searched again by the next run.`,
      });
    }
  }
  const rows = rowsFor(session, wanted);
  write(session, rows, changes);
  noteUnknown_(
    session,
    flaggedSends.map((u) => {
      const r = rows.get(u.id);
      return { sendId: u.id, mailingId: u.mailingId, email: r ? String(cellOf(session, r, 'email')) : '' };
    }),
  );
  SpreadsheetApp.flush();
  session.dirty = false;
  writeUnsure_(session, still);
  if (journal) clearBatch_(session);
  return { settled: changes.size, flagged };
}
