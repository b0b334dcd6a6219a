// Peer learning › Peer matches: the sidebar's view of proposed and introduced matches, with breakdown and rationale.

import { MATCHES } from '../../../sheets-templates';
import { formatIsoDate } from '../../core/schema/cells';
import { recordNames } from '../records/lookups';
import { NETWORK_EDITORS, requireReader } from '../records/sidebarAccess';
import { showSidebarPage } from '../records/sidebarPages';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import { workbook } from '../store/session';

export interface PeerMatchLine {
  id: string;
  version: number;
  status: string;
  seeker: string;
  offerer: string;
  topic: string;
  score: number;
  /** "topic 40 · priority 15 · … = 87", as the Score breakdown column holds it. */
  breakdown: string;
  rationale: string;
  followUpOn: string;
}

export interface PeerMatchesView {
  language: UiLanguage;
  /** Coordinators and admins may suggest and decide; others read. */
  canDecide: boolean;
  matches: PeerMatchLine[];
}

/** Menu action: SCN CRM › Peer learning › Peer matches. */
export function showPeerMatches(): void {
  showSidebarPage('peers', 'Peer matches');
}

const SHOWN = ['proposed', 'introduced', 'exchange held'];

/** Open matches (proposed first, best score first): one read of Matches, one keyed read of the names. */
export function getPeerMatches(): PeerMatchesView {
  const session = workbook();
  const caller = requireReader(session, 'see peer matches');
  const table = session.table(MATCHES);
  const rows = table
    .rows()
    .map((r) => table.stored(r))
    .filter((m) => SHOWN.indexOf(String(m.values['status'])) >= 0);
  const other = (v: Record<string, unknown>) => String(v['offeringCityId'] || v['offeringPartnerId'] || '');
  const names = recordNames(session, [
    ...rows.map((m) => String(m.values['seekingCityId'] ?? '')),
    ...rows.map((m) => other(m.values)),
  ]);
  const matches = rows.map((m) => {
    const v = m.values;
    const follow = v['followUpOn'];
    return {
      id: m.id,
      version: m.version,
      status: String(v['status']),
      seeker: names[String(v['seekingCityId'])] ?? String(v['seekingCityId'] ?? ''),
      offerer: names[other(v)] ?? other(v),
      topic: String(v['topic'] ?? ''),
      score: Number(v['score']) || 0,
      breakdown: String(v['scoreBreakdown'] ?? ''),
      rationale: String(v['rationale'] ?? ''),
      followUpOn: follow instanceof Date ? formatIsoDate(follow) : '',
    };
  });
  matches.sort(
    (a, b) =>
      SHOWN.indexOf(a.status) - SHOWN.indexOf(b.status) || b.score - a.score || (a.id < b.id ? -1 : 1),
  );
  return { language: uiLanguage_(), canDecide: NETWORK_EDITORS.indexOf(caller.role) >= 0, matches };
}
