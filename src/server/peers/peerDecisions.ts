// The coordinator's decisions on a suggested match (accept with introductions, edit, dismiss) and its progress
// to an exchange held and an outcome recorded.

import { CITIES, CONTACTS, ENGAGEMENTS, MATCHES, NEEDS, PARTNERS } from '../../../sheets-templates';
import { displayValue, UserError } from '../../core/messages';
import { rationale } from '../../core/peers/rationale';
import { type PeerSide, scorePair } from '../../core/peers/scoring';
import { requireRole } from '../access/roles';
import { type SendOutcome, sendProblems, sendTracked } from '../mail/trackedMail';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import type { StoredRecord } from '../store/table';
import { peerWeights, practiceOf } from './peerSources';
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

function current(session: WorkbookSession, id: string): StoredRecord {
  return session.table(MATCHES).get(String(id ?? ''));
}

function offeringId(v: Record<string, unknown>): string {
  return String(v['offeringCityId'] || v['offeringPartnerId'] || '');
}

function sideOf(session: WorkbookSession, id: string): PeerSide {
  const partner = id.startsWith('PTN');
  const rec = session.table(partner ? PARTNERS : CITIES).get(id);
  const v = rec.values;
  return {
    kind: partner ? 'partner' : 'city',
    id,
    name: String(v['name'] ?? id),
    country: String(v['country'] ?? ''),
    hubId: v['hubId'] ? String(v['hubId']) : null,
    languages: list(v['languages']),
    population: typeof v['population'] === 'number' ? v['population'] : null,
    practice: practiceOf(v),
  };
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
      throw new UserError('peers.notProposed', { id: rec.id, status, action: 'accepted' });
    const settings = session.settings().settings;
    const today = session.now();
    const seeker = sideOf(session, String(rec.values['seekingCityId']));
    const offerer = sideOf(session, offeringId(rec.values));
    const contacts = primaryContacts(session, [seeker, offerer], today);
    const needId = String(rec.values['needId'] ?? '');
    const needRec = needId ? session.table(NEEDS).get(needId).values : {};
    const topic = String(rec.values['topic']);
    const need = {
      id: needId,
      cityId: seeker.id,
      topic,
      priority: String(needRec['priority'] ?? 'medium'),
      surveyedOn: needRec['surveyedOn'] instanceof Date ? needRec['surveyedOn'] : null,
      description: String(needRec['description'] ?? ''),
    };
    const scored = scorePair(
      need,
      seeker,
      offerer,
      { lastMatchedOn: null, lastMetOn: null },
      peerWeights(settings),
      today,
    );
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

function reasonOf(reason: unknown, action: string): string {
  const text = String(reason ?? '').trim();
  if (text === '') throw new UserError('peers.reasonNeeded', { action });
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
      throw new UserError('peers.notProposed', { id: rec.id, status, action: 'dismissed' });
    const out = session
      .table(MATCHES)
      .update(
        rec.id,
        { status: 'dismissed', decisionReason: reasonOf(reason, 'dismiss'), decidedOn: session.now() },
        version,
        { action: 'dismiss', summary: 'Peer match dismissed' },
      );
    return { id: out.id, version: out.version, status: 'dismissed', sends: [], problems: [] };
  });
}

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
      throw new UserError('peers.notProposed', { id: rec.id, status, action: 'edited' });
    const other = String(offeringId ?? '').trim();
    const partner = other.startsWith('PTN');
    if (
      !other ||
      other === rec.values['seekingCityId'] ||
      !session.table(partner ? PARTNERS : CITIES).has(other)
    )
      throw new UserError('peers.offeringNeeded');
    const why = reasonOf(reason, 'edit');
    const out = session.table(MATCHES).update(
      rec.id,
      {
        offeringCityId: partner ? null : other,
        offeringPartnerId: partner ? other : null,
        decisionReason: why,
        decidedOn: session.now(),
        rationale: `Chosen by the coordinator: ${why}`,
        language: null,
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
      throw new UserError('peers.badStep', { id: rec.id, status, next: next ?? '—' });
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
