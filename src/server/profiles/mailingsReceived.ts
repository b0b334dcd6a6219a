// A profile's "Mailings received": the Sends of a city's contacts (or of one contact), read by key, with archived counts.
//
// The Sends rows are found by one search of the Contact column (store/table.ts locate) and only the newest are
// read, with their mailings' names (one read of the small Mailings tab); the count of older sends moved to the archives
// comes from the History summary line the profile reads anyway. Nothing grows with the Sends history.

import { MAILINGS, SENDS } from '../../../sheets-templates';
import { formatIsoDate } from '../../core/schema/cells';
import type { WorkbookSession } from '../store/session';

/** How many sends the profile lists (newest first). */
export const RECENT_SENDS = 10;

export interface MailingLine {
  mailingId: string;
  name: string;
  date: string;
  status: string;
}

export interface MailingsReceived {
  /** Live Sends rows addressed to these contacts (any status). */
  live: number;
  /** Sends of these contacts moved to the yearly archives (History summary). */
  archived: number;
  recent: MailingLine[];
}

export function mailingsReceived_(
  session: WorkbookSession,
  contactIds: readonly string[],
  archived: number,
): MailingsReceived {
  const ids = contactIds.filter((c) => c.trim() !== '');
  if (ids.length === 0 || !session.sheet(SENDS.name)) return { live: 0, archived, recent: [] };
  const sends = session.table(SENDS);
  const rows = sends.locate('contactId', ids);
  // Sends are appended as mailings go out: the newest are the last rows.
  const newest = sends.readRows(rows.slice(-RECENT_SENDS)).map((r) => sends.values(r));
  const mailingIds = [...new Set(newest.map((v) => String(v['mailingId'] ?? '').trim()).filter(Boolean))];
  const names: Record<string, string> = {};
  if (mailingIds.length > 0 && session.sheet(MAILINGS.name)) {
    // Mailings is a small tab (one row per mailing, a few dozen a year): one read of it whole costs less than a
    // keyed read (header, search, one read per scattered row: the newest sends name up to ten mailings).
    const mailings = session.table(MAILINGS);
    const wanted = new Set(mailingIds);
    for (const r of mailings.rows()) {
      const id = String(mailings.cell(r, 'id')).trim();
      if (wanted.has(id)) names[id] = String(mailings.values(r)['name'] ?? '');
    }
  }
  const dated = newest.map((v) => {
    const when = v['sentAt'] instanceof Date ? v['sentAt'] : v['createdAt'];
    const mailingId = String(v['mailingId'] ?? '').trim();
    return {
      time: when instanceof Date ? when.getTime() : 0,
      line: {
        mailingId,
        name: names[mailingId] ?? mailingId,
        date: when instanceof Date ? formatIsoDate(when) : '',
        status: String(v['status'] ?? ''),
      },
    };
  });
  dated.sort((a, b) => b.time - a.time);
  return { live: rows.length, archived, recent: dated.map((d) => d.line) };
}
