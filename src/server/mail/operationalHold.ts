// Whether an operational email must not go (issue 13): a Suppressions row that stops all email, found by address
// or by Address hash with two keyed searches (what is read does not grow with the tab).

import { SUPPRESSIONS } from '../../../sheets-templates';
import { normaliseAddress } from '../../core/privacy/addressHash';
import { OPERATIONAL_STOPS } from '../../core/privacy/mailingConsent';
import type { WorkbookSession } from '../store/session';
import { hashAddress } from './addressDigest';

/** The reason of the Suppressions row that stops email to `to`, or null. */
export function operationalHold_(session: WorkbookSession, to: string): string | null {
  const table = session.table(SUPPRESSIONS);
  if (!table.exists()) return null;
  const email = normaliseAddress(to);
  const rows = table.findRows('email', [email]).concat(table.findRows('addressHash', [hashAddress(email)]));
  for (const r of rows) {
    const reason = String(table.cell(r, 'reason') ?? '').trim();
    if (OPERATIONAL_STOPS.indexOf(reason) >= 0) return reason;
  }
  return null;
}
