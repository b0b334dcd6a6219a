// Whether an operational email must not go (issue 13): a Suppressions row that stops all email, found by address
// or by Address hash in one keyed search (what is read does not grow with the tab).

import { SUPPRESSIONS } from '../../../sheets-templates';
import { normaliseAddress } from '../../core/privacy/addressHash';
import { OPERATIONAL_STOPS } from '../../core/privacy/mailingConsent';
import { keyPatternSource, keyTest } from '../store/keyPattern';
import { locateByPattern } from '../store/patternSearch';
import type { WorkbookSession } from '../store/session';
import { hashAddress } from './addressDigest';

/** The reason of the Suppressions row that stops email to `to`, or null. */
export function operationalHold_(session: WorkbookSession, to: string): string | null {
  return operationalHolds_(session, [to]).get(normaliseAddress(to)) ?? null;
}

/**
 * For each address (normalised), the reason of a Suppressions row that stops all email to it, or null: one search
 * of the columns from Email to Address hash for every address and hash at once (the tab is a small master list,
 * so one wider search costs less than a round trip per column and per address), then the exact comparison on the
 * rows read, column by column as before.
 */
export function operationalHolds_(
  session: WorkbookSession,
  addresses: readonly string[],
): Map<string, string | null> {
  const emails = [...new Set(addresses.map(normaliseAddress))].filter((e) => e !== '');
  const out = new Map<string, string | null>(emails.map((e) => [e, null]));
  const table = session.table(SUPPRESSIONS);
  if (emails.length === 0 || !table.exists()) return out;
  const hashes = emails.map((e) => hashAddress(e));
  const pattern = keyPatternSource([...emails, ...hashes], 'whole');
  const rows = table.readRows(locateByPattern(table, ['email', 'addressHash'], pattern, false, true));
  emails.forEach((email, n) => {
    const byEmail = keyTest([email], 'whole');
    const byHash = keyTest([hashes[n]!], 'whole');
    for (const r of rows) {
      if (!byEmail(table.cell(r, 'email')) && !byHash(table.cell(r, 'addressHash'))) continue;
      const reason = String(table.cell(r, 'reason') ?? '').trim();
      if (OPERATIONAL_STOPS.indexOf(reason) >= 0) {
        out.set(email, reason);
        return;
      }
    }
  });
  return out;
}
