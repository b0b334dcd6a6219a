// The coordinator's decisions on a suggested match: accept (with the introductions) or dismiss with a reason.

import { CITIES, CONTACTS, ENGAGEMENTS, MATCHES, NEEDS, OFFERS, PARTNERS } from '../../../sheets-templates';
import { displayValue, UserError } from '../../core/messages';
import { rationale } from '../../core/peers/rationale';
import { type PeerSide, type ScoredPair, scorePair } from '../../core/peers/scoring';
import { requireRole } from '../access/roles';
import { type SendOutcome, sendProblems, sendTracked } from '../mail/trackedMail';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import type { StoredRecord } from '../store/table';
import { addOffer, languagesOf, type OfferLine, peerWeights, practiceOf } from './peerSources';
import { introLanguage } from './suggestPeerMatches';

export interface PeerDecision {
  id: string;
  version: number;
  status: string;
  sends: SendOutcome[];
  problems: string[];
}

const DAY = 86400000;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function current(session: WorkbookSession, id: string): StoredRecord {
  return session.table(MATCHES).get(String(id ?? ''));
}

export function offeringId(v: Record<string, unknown>): string {
  return String(v['offeringCityId'] || v['offeringPartnerId'] || '');
}

export function sideOf(session: WorkbookSession, id: string): PeerSide {
  const partner = id.startsWith('PTN');
  const rec = session.table(partner ? PARTNERS : CITIES).get(id);
  const v = rec.values;
  const offers = offersOf(session, id);
  return {
    kind: partner ? 'partner' : 'city',
    id,
    name: String(v['name'] ?? id),
    country: String(v['country'] ?? ''),
    hubId: v['hubId'] ? String(v['hubId']) : null,
    languages: languagesOf(partner ? partnerLanguages(session, id) : list(v['languages']), offers),
    population: typeof v['population'] === 'number' ? v['population'] : null,
    practice: practiceOf(v, offers),
  };
}

/** One side's current offers (a keyed read of Offers by City or partner). */
function offersOf(session: WorkbookSession, id: string): OfferLine[] {
  const table = session.table(OFFERS);
  const out = new Map<string, OfferLine[]>();
  if (table.exists()) for (const row of table.findRows('orgId', [id])) addOffer(out, table.values(row));
  return out.get(id) ?? [];
}

/** A partner's working languages: its active contacts' preferred languages (as peerPartners reads them). */
function partnerLanguages(session: WorkbookSession, id: string): string[] {
  const table = session.table(CONTACTS);
  const out: string[] = [];
  for (const row of table.findRows('orgId', [id])) {
    const c = table.values(row);
    const code = String(c['language'] ?? '');
    if (c['activeTo'] instanceof Date && c['activeTo'] <= session.now()) continue;
    if (code && out.indexOf(code) < 0) out.push(code);
  }
  return out;
}

/** The match's need scored again against `offerer` (its past left out: the pair is this very match). */
export function rescore(
  session: WorkbookSession,
  rec: StoredRecord,
  seeker: PeerSide,
  offerer: PeerSide,
): ScoredPair | null {
  const needId = String(rec.values['needId'] ?? '');
  const v = needId ? session.table(NEEDS).get(needId).values : {};
  const need = {
    id: needId,
    cityId: seeker.id,
    topic: String(rec.values['topic']),
    priority: String(v['priority'] ?? 'medium'),
    surveyedOn: v['surveyedOn'] instanceof Date ? v['surveyedOn'] : null,
    description: String(v['description'] ?? ''),
  };
  const none = { lastMatchedOn: null, lastMetOn: null };
  return scorePair(need, seeker, offerer, none, peerWeights(session.settings().settings), session.now());
}

interface Contact {
  id: string;
  name: string;
  email: string;
  language: string;
}

/** Each side's primary contact (else its first active contact with an email): one keyed search of Contacts. */
function primaryContacts(session: WorkbookSession, sides: readonly PeerSide[], today: Date): Contact[] {
  const table = session.table(CONTACTS);
  const rows = table.findRows(
    'orgId',
    sides.map((s) => s.id),
  );
  return sides.map((side) => {
    const people = rows
      .map((r) => table.values(r))
      .filter((c) => String(c['orgId']) === side.id && String(c['email'] ?? '').includes('@'))
      .filter((c) => !(c['activeTo'] instanceof Date && c['activeTo'] <= today));
    const pick = people.find((c) => c['primary'] === true) ?? people[0];
    if (!pick) throw new UserError('peers.noContact', { name: side.name });
    return {
      id: String(pick['id']),
      name: String(pick['name'] ?? ''),
      email: String(pick['email']).trim(),
      language: String(pick['language'] ?? ''),
    };
  });
}

/**
 * Accept: the match becomes "introduced" (today, a follow-up date), one engagement is logged for both sides, and
 * each side's primary contact gets one introduction in the language both sides share (the match's, else the
 * network default when interpretation is needed). Running it again on an introduced match only completes
 * introductions that never went out (each email is keyed by the match and address, so none goes twice).
 */
export function acceptPeerMatch(id: string, version: number): PeerDecision {
  const session = workbook();
  const caller = requireRole(session, NETWORK_EDITORS, 'accept peer matches');
  return session.write(() => {
    let rec = current(session, id);
    const status = String(rec.values['status']);
    if (status !== 'proposed' && status !== 'introduced')
      throw new UserError('peers.notProposed', { id: rec.id, status: displayValue(status) });
    const settings = session.settings().settings;
    const today = session.now();
    const seeker = sideOf(session, String(rec.values['seekingCityId']));
    const offerer = sideOf(session, offeringId(rec.values));
    const contacts = primaryContacts(session, [seeker, offerer], today);
    const topic = String(rec.values['topic']);
    const scored = rescore(session, rec, seeker, offerer);
    const language = String(
      rec.values['language'] || (scored && introLanguage(scored)) || settings.defaultLanguage,
    );
    if (status === 'proposed') {
      const followUpOn = new Date(today.getTime() + settings.peerFollowUpDays * DAY);
      rec = session
        .table(MATCHES)
        .update(
          rec.id,
          { status: 'introduced', introducedOn: today, decidedOn: today, followUpOn, language },
          version,
          { action: 'accept', summary: 'Peer match accepted; introductions sent' },
        );
    }
    // A run stopped after the status change and before the engagement (found by the acceptKills sweep) is completed
    // by the next Accept: one search of Engagements' Source reference, on a rerun only.
    if (status === 'proposed' || !introductionLogged(session, rec.id)) {
      const followUpOn =
        rec.values['followUpOn'] instanceof Date
          ? rec.values['followUpOn']
          : new Date(today.getTime() + settings.peerFollowUpDays * DAY);
      session.table(ENGAGEMENTS).insert(
        [
          {
            date: today,
            type: 'email',
            cityIds: [seeker, offerer].filter((s) => s.kind === 'city').map((s) => s.id),
            partnerIds: offerer.kind === 'partner' ? [offerer.id] : [],
            contactIds: contacts.map((c) => c.id),
            staffIds: caller.staffId ? [caller.staffId] : [],
            topics: [topic],
            summary: `Peer-learning introduction (${rec.id}): ${seeker.name} and ${offerer.name} on ${topic}.`,
            followUpOn,
            source: 'manual',
            sourceRef: rec.id,
          },
        ],
        { action: 'accept', summary: `Introduction of ${rec.id}` },
      );
    }
    const why = scored
      ? rationale(scored, language === 'fr' ? 'fr' : 'en')
      : String(rec.values['rationale'] ?? '');
    const sends = [0, 1].map((i) => {
      const me = contacts[i]!;
      const other = contacts[1 - i]!;
      return sendTracked(session, {
        key: `${rec.id}:introduction:${me.email.toLowerCase()}`,
        scope: `${rec.id}:`,
        templateKey: 'peerIntroduction',
        language,
        to: me.email,
        contactId: me.id,
        fields: {
          Name: me.name,
          City: (i === 0 ? seeker : offerer).name,
          OtherName: (i === 0 ? offerer : seeker).name,
          OtherContact: other.name,
          OtherEmail: other.email,
          Topic: displayValue(topic, language === 'fr' ? 'fr' : 'en'),
          Rationale: why,
        },
      });
    });
    return { id: rec.id, version: rec.version, status: 'introduced', sends, problems: sendProblems(sends) };
  });
}

/** Whether the match's introduction engagement (type email, Source reference the match) is logged. */
function introductionLogged(session: WorkbookSession, matchId: string): boolean {
  const table = session.table(ENGAGEMENTS);
  return table
    .findRows('sourceRef', [matchId])
    .some((r) => String(table.cell(r, 'sourceRef')).trim() === matchId && table.cell(r, 'type') === 'email');
}

export function reasonOf(reason: unknown): string {
  const text = String(reason ?? '').trim();
  if (text === '') throw new UserError('peers.reasonNeeded');
  return text.slice(0, 2000);
}

/** Dismiss with a reason: remembered on the row, so the pair is not suggested again within the penalty window. */
export function dismissPeerMatch(id: string, version: number, reason: string): PeerDecision {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'dismiss peer matches');
  return session.write(() => {
    const rec = current(session, id);
    const status = String(rec.values['status']);
    if (status !== 'proposed')
      throw new UserError('peers.notProposed', { id: rec.id, status: displayValue(status) });
    const out = session
      .table(MATCHES)
      .update(
        rec.id,
        { status: 'dismissed', decisionReason: reasonOf(reason), decidedOn: session.now() },
        version,
        { action: 'dismiss', summary: 'Peer match dismissed' },
      );
    return { id: out.id, version: out.version, status: 'dismissed', sends: [], problems: [] };
  });
}
