// Event documents and attendance: the summary report (a Google Doc linked on the event), visa letters, engagements.

import { ENGAGEMENTS, EVENTS, HUBS, PARTICIPANT_STATUSES, PARTICIPANTS } from '../../../sheets-templates';
import { addDays } from '../../core/calendar/localDate';
import { interpretationPlan } from '../../core/events/interpretation';
import {
  budgetLines,
  budgetSummary,
  countsByStatus,
  DEFAULT_VISA_LEAD_DAYS,
  needsVisaLetter,
} from '../../core/events/logistics';
import { docWord, tally } from '../../core/events/summaryText';
import { displayValue, languageOf } from '../../core/messages';
import { formatIsoDate } from '../../core/schema/cells';
import { requireRole } from '../access/roles';
import { NETWORK_EDITORS } from '../records/sidebarAccess';
import { type WorkbookSession, workbook } from '../store/session';
import { type EventParticipant, eventParticipants, eventRecord } from './eventData';

const day = (v: unknown) => (v instanceof Date ? formatIsoDate(v) : '');

function hubNames(session: WorkbookSession, ids: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const wanted = [...new Set(ids.filter((x) => x !== ''))];
  if (wanted.length === 0) return out;
  const t = session.table(HUBS);
  for (const r of t.findRows('id', wanted)) out[String(t.cell(r, 'id'))] = String(t.cell(r, 'name'));
  return out;
}

/** Who the report counts: those who attended once attendance is recorded, else those holding a place. */
function counted(people: readonly EventParticipant[]): EventParticipant[] {
  const attended = people.filter((p) => p.status === 'attended');
  return attended.length > 0
    ? attended
    : people.filter((p) => p.status === 'registered' || p.status === 'confirmed');
}

/**
 * Writes the event's summary report as a new Google Doc and stores its link on the event: purpose, dates and
 * place, participation by status, hub, country, role and gender (where recorded), interpretation, budget,
 * sessions and outcomes, follow-ups. https://developers.google.com/apps-script/reference/document/document-app#create(String)
 */
export function generateEventSummary(eventId: string): { url: string; id: string } {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'manage events');
  return session.write(() => {
    const lang = languageOf(session.settings().settings.defaultLanguage);
    const event = eventRecord(session, eventId);
    const v = event.values;
    const people = eventParticipants(session, eventId);
    const who = counted(people);
    const hubs = hubNames(
      session,
      who.map((p) => p.hubId),
    );
    const doc = DocumentApp.create(`${String(v['name'])} – ${docWord('summary', lang)}`);
    const body = doc.getBody();
    const H1 = DocumentApp.ParagraphHeading.HEADING1;
    const H2 = DocumentApp.ParagraphHeading.HEADING2;
    const text = (x: unknown) => String(x ?? '').trim();
    const table = (rows: string[][]) =>
      rows.length > 0 ? body.appendTable(rows) : body.appendParagraph(docWord('none', lang));
    body.appendParagraph(String(v['name'])).setHeading(DocumentApp.ParagraphHeading.TITLE);
    body.appendParagraph(docWord('purpose', lang)).setHeading(H1);
    body.appendParagraph(text(v['purpose']) || docWord('none', lang));
    body.appendParagraph(docWord('dates', lang)).setHeading(H1);
    const place =
      v['online'] === true
        ? docWord('online', lang)
        : [text(v['place']), text(v['country'])].filter(Boolean).join(', ');
    const zone = text(v['timeZone']);
    body.appendParagraph(`${day(v['startsOn'])} – ${day(v['endsOn'])}${zone ? ` (${zone})` : ''}; ${place}`);
    body.appendParagraph(docWord('participation', lang)).setHeading(H1);
    body.appendParagraph(docWord('byStatus', lang)).setHeading(H2);
    const counts = countsByStatus(people, PARTICIPANT_STATUSES);
    table(
      Object.keys(counts)
        .filter((s) => counts[s]! > 0)
        .map((s) => [displayValue(s, lang), String(counts[s])]),
    );
    const blank = docWord('notRecorded', lang);
    body.appendParagraph(docWord('byHub', lang)).setHeading(H2);
    table(
      tally(
        who.map((p) => hubs[p.hubId] ?? ''),
        blank,
      ),
    );
    body.appendParagraph(docWord('byCountry', lang)).setHeading(H2);
    table(
      tally(
        who.map((p) => p.country),
        blank,
      ),
    );
    body.appendParagraph(docWord('byRole', lang)).setHeading(H2);
    table(
      tally(
        who.map((p) => displayValue(p.role, lang)),
        blank,
      ),
    );
    body.appendParagraph(docWord('byGender', lang)).setHeading(H2);
    table(
      tally(
        who.map((p) => (p.gender ? displayValue(p.gender, lang) : '')),
        null,
      ),
    );
    body.appendParagraph(docWord('interpretation', lang)).setHeading(H1);
    const days = Math.max(
      1,
      Math.round((+(v['endsOn'] as Date) - +(v['startsOn'] as Date)) / 86_400_000) + 1,
    );
    const plan = interpretationPlan((v['languages'] as string[] | null) ?? [], people, days);
    table(
      plan.pairs.map((p) => [`${p.from}–${p.to}`, p.mode, String(p.participants), String(p.interpreters)]),
    );
    body.appendParagraph(docWord('budget', lang)).setHeading(H1);
    const budget = budgetSummary(budgetLines(v['budget']));
    table(
      budget.lines.length === 0
        ? []
        : [
            [docWord('line', lang), docWord('planned', lang), docWord('actual', lang)],
            ...budget.lines.map((l) => [
              l.line,
              String(l.planned),
              l.actual === null ? '' : String(l.actual),
            ]),
            ['', String(budget.planned), String(budget.actual)],
          ],
    );
    body.appendParagraph(docWord('sessions', lang)).setHeading(H1);
    body.appendParagraph(text(v['sessions']) || docWord('none', lang));
    body.appendParagraph(docWord('followUps', lang)).setHeading(H1);
    body.appendParagraph(text(v['notes']) || docWord('none', lang));
    doc.saveAndClose();
    const url = doc.getUrl();
    session.table(EVENTS).update(event.id, { summaryDocUrl: url }, event.version, {
      summary: `Summary report generated for ${event.id}`,
    });
    return { url, id: doc.getId() };
  });
}

/**
 * One visa invitation letter per participant who needs one and has none yet; its link is kept on the row, so a
 * second run writes no second letter.
 */
export function generateVisaLetters(eventId: string): { created: string[] } {
  const session = workbook();
  requireRole(session, NETWORK_EDITORS, 'manage events');
  return session.write(() => {
    const lang = languageOf(session.settings().settings.defaultLanguage);
    const event = eventRecord(session, eventId);
    const v = event.values;
    const lead =
      typeof v['visaLeadDays'] === 'number' ? (v['visaLeadDays'] as number) : DEFAULT_VISA_LEAD_DAYS;
    const pt = session.table(PARTICIPANTS);
    const created: string[] = [];
    for (const p of eventParticipants(session, eventId)) {
      if (!needsVisaLetter(p) || String(p.record.values['visaLetterUrl'] ?? '') !== '') continue;
      const doc = DocumentApp.create(`${String(v['name'])} – ${docWord('letterTitle', lang)} – ${p.name}`);
      const body = doc.getBody();
      body.appendParagraph(docWord('letterTitle', lang)).setHeading(DocumentApp.ParagraphHeading.HEADING1);
      body.appendParagraph(
        docWord('letterBody', lang, {
          name: p.name,
          nationality: String(p.record.values['nationality'] ?? '') || '—',
          passport: String(p.record.values['passportNumber'] ?? '') || '—',
          event: String(v['name']),
          place: [String(v['place'] ?? ''), String(v['country'] ?? '')].filter(Boolean).join(', '),
          start: day(v['startsOn']),
          end: day(v['endsOn']),
          deadline: addDays(p.arrivesOn || day(v['startsOn']), -lead),
        }),
      );
      doc.saveAndClose();
      pt.update(p.id, { visaLetterUrl: doc.getUrl(), visa: 'letter sent' }, p.record.version, {
        summary: `Visa letter for ${p.id}`,
      });
      created.push(p.id);
    }
    return { created };
  });
}

/**
 * Logs one "event" engagement per attending contact, once: the participant row keeps the engagement's id, and a
 * row that has one is skipped. External people (no contact) have no engagement.
 */
export function recordAttendance(eventId: string): { logged: string[] } {
  const session = workbook();
  const caller = requireRole(session, NETWORK_EDITORS, 'manage events');
  return session.write(() => {
    const event = eventRecord(session, eventId);
    const v = event.values;
    const pt = session.table(PARTICIPANTS);
    const due = eventParticipants(session, eventId).filter(
      (p) =>
        p.status === 'attended' && p.contactId !== '' && String(p.record.values['engagementId'] ?? '') === '',
    );
    if (due.length === 0) return { logged: [] };
    const rows = session.table(ENGAGEMENTS).insert(
      due.map((p) => ({
        date: v['endsOn'] ?? v['startsOn'],
        type: 'event',
        contactIds: [p.contactId],
        summary: `Attended ${String(v['name'])}`,
        source: 'event',
        sourceRef: p.id,
        eventId: event.id,
      })),
      { summary: `Attendance of ${event.id} logged by ${caller.email}` },
    );
    due.forEach((p, i) => {
      pt.update(p.id, { engagementId: rows[i]!.id }, p.record.version, { summary: `Attendance of ${p.id}` });
    });
    return { logged: rows.map((r) => r.id) };
  });
}
