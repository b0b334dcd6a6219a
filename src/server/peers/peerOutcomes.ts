// Monitoring: peer-learning matches counted by stage and outcomes recorded (one read of the Matches columns).

import { MATCHES } from '../../../sheets-templates';
import { type MatchOutcomeCounts, matchOutcomeCounts } from '../../core/peers/outcomes';
import { requireRole } from '../access/roles';
import { READ_ROLES } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';

/** For the M&E dashboard: counts over every Matches row. */
export function peerOutcomeCounts_(session: WorkbookSession): MatchOutcomeCounts {
  const table = session.table(MATCHES);
  return matchOutcomeCounts(
    table.rows().map((r) => {
      const v = table.values(r);
      return {
        status: String(v['status'] ?? ''),
        topic: String(v['topic'] ?? ''),
        outcome: String(v['outcome'] ?? ''),
        outcomeOn: v['outcomeOn'] instanceof Date ? v['outcomeOn'] : null,
      };
    }),
  );
}

export function getPeerOutcomeCounts(): MatchOutcomeCounts {
  const session = workbook();
  requireRole(session, READ_ROLES, 'see peer-learning outcomes');
  return peerOutcomeCounts_(session);
}
