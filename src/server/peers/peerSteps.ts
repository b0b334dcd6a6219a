// The coordinator's other steps on a match: choosing another offering side (edit), then the exchange held and
// its outcome.

import { CITIES, ENGAGEMENTS, MATCHES, PARTNERS } from '../../../sheets-templates';
import { displayValue, UserError } from '../../core/messages';
import { messageLanguage } from '../../core/messages/language';
import { breakdownText, rationale } from '../../core/peers/rationale';
import { requireRole } from '../access/roles';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { workbook } from '../store/session';
import { current, offeringId, type PeerDecision, reasonOf, rescore, sideOf } from './peerDecisions';
import { introLanguage } from './suggestPeerMatches';

/**
 * Edit: the coordinator names another offering city or partner (with a reason); the suggestion stays proposed, its
 * score and rationale say it was chosen by hand.
 */
export function editPeerMatch(id: string, version: number, offeringId: string, reason: string): PeerDecision {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'edit peer matches');
  return session.write(() => {
    const rec = current(session, id);
    const status = String(rec.values['status']);
    if (status !== 'proposed')
      throw new UserError('peers.notProposed', { id: rec.id, status: displayValue(status) });
    const other = String(offeringId ?? '').trim();
    const partner = other.startsWith('PTN');
    if (
      !other ||
      other === rec.values['seekingCityId'] ||
      !session.table(partner ? PARTNERS : CITIES).has(other)
    )
      throw new UserError('peers.offeringNeeded');
    const why = reasonOf(reason);
    // Scored again for the side chosen: its breakdown and rationale say what the evidence is for it.
    const scored = rescore(
      session,
      rec,
      sideOf(session, String(rec.values['seekingCityId'])),
      sideOf(session, other),
    );
    const out = session.table(MATCHES).update(
      rec.id,
      {
        offeringCityId: partner ? null : other,
        offeringPartnerId: partner ? other : null,
        decisionReason: why,
        decidedOn: session.now(),
        score: scored ? scored.score : 0,
        scoreBreakdown: scored ? breakdownText(scored) : null,
        rationale: `Chosen by the coordinator: ${why}${scored ? ` ${rationale(scored, messageLanguage())}` : ''}`,
        language: scored ? introLanguage(scored) : null,
      },
      version,
      { action: 'update', summary: 'Peer match edited by the coordinator' },
    );
    return { id: out.id, version: out.version, status: 'proposed', sends: [], problems: [] };
  });
}

const NEXT: Readonly<Record<string, string>> = {
  introduced: 'exchange held',
  'exchange held': 'outcome recorded',
};

/**
 * The next step of an introduced match: "exchange held" (logged as a peer exchange of both sides, which the
 * matching's repeat penalty reads), then "outcome recorded" with what changed in the cities' own words.
 */
export function recordPeerProgress(
  id: string,
  version: number,
  step: string,
  outcome?: string | null,
): PeerDecision {
  const session = workbook();
  const caller = requireRole(session, NETWORK_EDITORS, 'record peer exchanges');
  return session.write(() => {
    const rec = current(session, id);
    const status = String(rec.values['status']);
    const next = NEXT[status];
    if (!next || next !== step)
      throw new UserError('peers.badStep', {
        id: rec.id,
        status: displayValue(status),
        next: next ? displayValue(next) : '—',
      });
    const today = session.now();
    const changes: Record<string, unknown> = { status: step };
    if (step === 'outcome recorded') {
      const text = String(outcome ?? '').trim();
      if (!text) throw new UserError('peers.outcomeNeeded');
      changes['outcome'] = text.slice(0, 5000);
      changes['outcomeOn'] = today;
    } else {
      const offering = offeringId(rec.values);
      session.table(ENGAGEMENTS).insert(
        [
          {
            date: today,
            type: 'peer exchange',
            cityIds: [String(rec.values['seekingCityId']), ...(offering.startsWith('PTN') ? [] : [offering])],
            partnerIds: offering.startsWith('PTN') ? [offering] : [],
            staffIds: caller.staffId ? [caller.staffId] : [],
            topics: [String(rec.values['topic'])],
            summary: `Peer exchange held (${rec.id}) on ${String(rec.values['topic'])}.`,
            source: 'manual',
            sourceRef: rec.id,
          },
        ],
        { action: 'progress', summary: `Exchange of ${rec.id}` },
      );
    }
    const out = session
      .table(MATCHES)
      .update(rec.id, changes, version, { action: 'progress', summary: `Peer match: ${step}` });
    return { id: out.id, version: out.version, status: step, sends: [], problems: [] };
  });
}
