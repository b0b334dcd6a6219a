// Reading and adding Follow-ups rows: by owner or by status (one TextFinder search each), never the whole tab.

import { FOLLOW_UPS, STAFF } from '../../../sheets-templates';
import type { FollowUpItem } from '../../core/relations/followUps';
import { formatIsoDate } from '../../core/schema/cells';
import { normaliseEmail } from '../../core/schema/text';
import type { WorkbookSession } from '../store/session';
import type { StoredRecord } from '../store/table';

/** An open follow-up as the sidebar and the digest show it. */
export interface FollowUpLine extends FollowUpItem {
  readonly version: number;
  readonly recordId: string;
  readonly cityId: string;
}

const day = (v: unknown): string | null => (v instanceof Date ? formatIsoDate(v) : null);

export function lineOf(rec: StoredRecord): FollowUpLine {
  const v = rec.values;
  return {
    id: rec.id,
    version: rec.version,
    what: String(v['what'] ?? ''),
    // Owners typed by hand may differ in case or carry spaces: one person is one address.
    owner: normaliseEmail(String(v['owner'] ?? '')),
    dueOn: day(v['dueOn']) ?? '',
    snoozedUntil: day(v['snoozedUntil']),
    recordId: String(v['recordId'] ?? ''),
    cityId: String(v['cityId'] ?? ''),
  };
}

const isOpen = (rec: StoredRecord) => rec.values['status'] === 'open' && rec.values['dueOn'] instanceof Date;

/**
 * One person's open follow-ups: a search of the Owner column ignoring case and surrounding spaces (an owner typed
 * by hand as " Ana@City.org"), then only the matching rows are read.
 */
export function openFollowUpsOf(session: WorkbookSession, email: string): FollowUpLine[] {
  const table = session.table(FOLLOW_UPS);
  const owner = normaliseEmail(email);
  if (!table.exists() || !owner) return [];
  return table
    .findRows('owner', [owner], 'caseless')
    .map((r) => table.stored(r))
    .filter(isOpen)
    .map(lineOf)
    .filter((l) => l.owner === owner);
}

/** Every open follow-up (the team's, for coordinators and the digest): a search of the Status column. */
export function allOpenFollowUps(session: WorkbookSession): FollowUpLine[] {
  const table = session.table(FOLLOW_UPS);
  if (!table.exists()) return [];
  return table
    .findRows('status', ['open'])
    .map((r) => table.stored(r))
    .filter(isOpen)
    .map(lineOf);
}

/** Active staff with an email, by lower-case email: who may own a follow-up (the Staff tab is small). */
export interface StaffMember {
  name: string;
  role: string;
  hubId: string;
  /** The Staff row's languages, first preferred. */
  languages: string[];
}

export function activeStaff(session: WorkbookSession): Map<string, StaffMember> {
  const table = session.table(STAFF);
  const out = new Map<string, StaffMember>();
  for (const row of table.rows()) {
    const v = table.values(row);
    const email = normaliseEmail(String(v['email'] ?? ''));
    if (v['active'] === false || !email) continue;
    out.set(email, {
      name: String(v['name'] ?? email),
      role: String(v['role'] ?? ''),
      hubId: String(v['hubId'] ?? ''),
      languages: Array.isArray(v['languages']) ? v['languages'].map(String) : [],
    });
  }
  return out;
}

export interface NewFollowUp {
  what: string;
  owner: string;
  dueOn: string;
  recordId?: string | null;
  cityId?: string | null;
}

/**
 * Adds follow-ups (under the lock, audited by the store) and returns one record per item. A follow-up hung on a
 * record with the same words is not added twice (the one there is returned), so a retried save (an engagement's
 * action points, a watch item's follow-up) adds none again.
 */
export function addFollowUps(
  session: WorkbookSession,
  items: readonly NewFollowUp[],
  summary: string,
): StoredRecord[] {
  if (items.length === 0) return [];
  return session.write(() => {
    const table = session.table(FOLLOW_UPS);
    const key = (recordId: unknown, what: unknown) => `${String(recordId ?? '')}|${String(what ?? '')}`;
    const recordIds = [...new Set(items.map((i) => String(i.recordId ?? '')).filter((r) => r !== ''))];
    const existing = new Map<string, StoredRecord>();
    if (recordIds.length > 0)
      for (const r of table.findRows('recordId', recordIds))
        existing.set(key(table.cell(r, 'recordId'), table.cell(r, 'what')), table.stored(r));
    const fresh = items.filter((i) => !i.recordId || !existing.has(key(i.recordId, i.what)));
    const created =
      fresh.length === 0
        ? []
        : table.insert(
            fresh.map((i) => ({
              what: i.what,
              owner: normaliseEmail(i.owner),
              dueOn: i.dueOn,
              status: 'open',
              recordId: i.recordId || null,
              cityId: i.cityId || null,
            })),
            { action: 'create', summary },
          );
    let n = 0;
    return items.map((i) =>
      i.recordId && existing.has(key(i.recordId, i.what))
        ? existing.get(key(i.recordId, i.what))!
        : created[n++]!,
    );
  });
}
