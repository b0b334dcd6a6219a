// Setup/repair: gives a new id to every Audit row whose id an earlier row already has (the first keeps it).
//
// Audit ids were once issued from the document-property counter alone, so a workbook restored or loaded with
// audit rows could get the same AUD- ids twice, and Validate then listed dozens of duplicates. Renumbering is
// safe: nothing refers to an audit row by id. One read of the id column, one write of the span that changed.

import { AUDIT } from '../../../sheets-templates';
import { matchHeaders } from '../../core/workbook/headerMatch';
import { idNumber, nextIds } from '../../core/workbook/ids';
import type { WorkbookSession } from '../store/session';

/** Renumbers colliding audit ids (call under the lock); returns how many rows got a new id. */
export function renumberDuplicateAuditIds(session: WorkbookSession): number {
  const sheet = session.sheet(AUDIT.name);
  if (!sheet) return 0;
  const last = sheet.getLastRow();
  if (last < 3) return 0;
  const width = Math.max(sheet.getLastColumn(), 1);
  const col = matchHeaders(AUDIT, sheet.getRange(1, 1, 1, width).getValues()[0] ?? []).index['id'];
  if (col === undefined) return 0;
  const ids = sheet
    .getRange(2, col + 1, last - 1, 1)
    .getValues()
    .map((r) => r[0]);
  const seen = new Set<string>();
  const colliding: number[] = [];
  ids.forEach((id, i) => {
    const key = String(id).trim();
    if (key === '') return;
    if (seen.has(key)) colliding.push(i);
    else seen.add(key);
  });
  if (colliding.length === 0) return 0;
  const props = session.properties();
  const counterKey = `scn.lastId.${AUDIT.prefix}`;
  const counter =
    Number((session.locked ? session.lockedProperty(counterKey) : props.getProperty(counterKey)) ?? 0) || 0;
  const fresh = nextIds(AUDIT.prefix, ids, colliding.length, counter);
  const out = ids.map((id) => [id]);
  colliding.forEach((i, n) => {
    out[i] = [fresh[n]];
  });
  const from = colliding[0]!;
  const to = colliding[colliding.length - 1]!;
  // The counter first: a stop between the two leaves a gap in the ids, never a reuse.
  const next = String(idNumber(AUDIT.prefix, fresh[fresh.length - 1]) ?? counter);
  props.setProperty(counterKey, next);
  session.rememberLockedProperty(counterKey, next);
  sheet.getRange(from + 2, col + 1, to - from + 1, 1).setValues(out.slice(from, to + 1) as never);
  session.dirty = true;
  return colliding.length;
}
