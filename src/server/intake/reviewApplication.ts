// The review sidebar's server side: applications by stage with due dates, and one application's answers and findings.

import { APPLICATIONS, SENDS } from '../../../sheets-templates';
import { localDateOf } from '../../core/calendar/localDate';
import { dueToday, isOverdue } from '../../core/calendar/workingDays';
import { matchExistingCity } from '../../core/intake/cityMatching';
import { validationFindings } from '../../core/intake/findings';
import { isClosedStage } from '../../core/intake/stages';
import { titleText } from '../../core/messages';
import { auditValue } from '../audit/auditLog';
import { type UiLanguage, uiLanguage_ } from '../records/uiLanguage';
import type { WorkbookSession } from '../store/session';
import { workbook } from '../store/session';
import { applicationOf, hubName, hubNames, intakeContext, storedContacts } from './applicationRows';
import { candidateLists, matchCandidates } from './matchCandidates';
import { currentRecord, moveStage, requireReviewer } from './stageActions';

export interface ApplicationLine {
  id: string;
  stage: string;
  cityName: string;
  country: string;
  submitterName: string;
  /** YYYY-MM-DD, '' when none. */
  dueBy: string;
  overdue: boolean;
  dueToday: boolean;
}

export interface ApplicationList {
  language: UiLanguage;
  today: string;
  applications: ApplicationLine[];
}

export interface ReviewFinding {
  severity: string;
  en: string;
  fr: string;
  field: string;
}

export interface ApplicationReview {
  language: UiLanguage;
  id: string;
  version: number;
  stage: string;
  dueBy: string;
  overdue: boolean;
  /** Every stored answer as [column header, text]. */
  answers: [string, string][];
  contacts: { name: string; position: string; email: string; phone: string; category: string }[];
  findings: ReviewFinding[];
  /** Issues found on intake, one line each, as stored. */
  intakeIssues: string[];
  emails: { template: string; to: string; status: string; sentAt: string }[];
  actions: { sendLink: boolean; approve: boolean; decline: boolean; requestInfo: boolean };
}

/** Closed applications stay listed this many days after their decision. */
const CLOSED_LISTED_DAYS = 30;

const SHOWN = [
  'cityName',
  'country',
  'submitterName',
  'submitterEmail',
  'submitterPosition',
  'language',
  'enquiryMessage',
  'background',
  'priorityTopics',
  'languages',
  'principlesAccepted',
  'notes',
  'enquiryReceivedAt',
  'formSentAt',
  'applicationReceivedAt',
  'reviewStartedAt',
  'moreInfoRequestedAt',
  'approvedAt',
  'declinedAt',
  'decisionReason',
  'cityId',
  'hubId',
  'duplicateOf',
];

/** Menu action: SCN CRM › Applications › Review applications. */
export function showReviewApplications(): void {
  const session = workbook();
  requireReviewer(session, 'review applications');
  // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
  const html = HtmlService.createHtmlOutputFromFile('review').setTitle(titleText('Review applications'));
  SpreadsheetApp.getUi().showSidebar(html);
}

function dayText(d: unknown, timeZone: string): string {
  return d instanceof Date ? localDateOf(d, timeZone) : '';
}

/** Open applications (and those decided in the last 30 days), oldest due first. */
export function listApplications(): ApplicationList {
  const session = workbook();
  requireReviewer(session, 'review applications');
  const { calendar } = intakeContext(session);
  const tz = calendar.timeZone;
  const now = session.now();
  const t = session.table(APPLICATIONS);
  const cutoff = now.getTime() - CLOSED_LISTED_DAYS * 86400000;
  const out: ApplicationLine[] = [];
  for (const r of t.rows()) {
    const v = t.values(r);
    const stage = String(v['stage'] ?? '');
    if (isClosedStage(stage)) {
      const decided = (v['approvedAt'] ?? v['declinedAt'] ?? v['withdrawnAt']) as Date | null;
      if (!(decided instanceof Date) || decided.getTime() < cutoff) continue;
    }
    const due = v['dueBy'] instanceof Date ? (v['dueBy'] as Date) : null;
    out.push({
      id: String(v['id']),
      stage,
      cityName: String(v['cityName'] ?? ''),
      country: String(v['country'] ?? ''),
      submitterName: String(v['submitterName'] ?? ''),
      dueBy: dayText(due, tz),
      overdue: due !== null && !isClosedStage(stage) && isOverdue(due, now, tz),
      dueToday: due !== null && !isClosedStage(stage) && dueToday(due, now, tz),
    });
  }
  out.sort((a, b) => (a.dueBy || '9999').localeCompare(b.dueBy || '9999') || a.id.localeCompare(b.id));
  return { language: uiLanguage_(), today: localDateOf(now, tz), applications: out };
}

function emailsOf(session: WorkbookSession, id: string, tz: string): ApplicationReview['emails'] {
  const t = session.table(SENDS);
  const out: ApplicationReview['emails'] = [];
  // Sends is history: only this application's rows are read (their message keys start with its id).
  for (const r of t.findRows('messageId', [`${id}:`], 'prefix')) {
    const key = String(t.cell(r, 'messageId'));
    if (key.indexOf(`${id}:`) !== 0) continue;
    const v = t.values(r);
    out.push({
      template: key.split(':')[1] ?? '',
      to: String(v['email'] ?? ''),
      status: String(v['status'] ?? ''),
      sentAt: dayText(v['sentAt'], tz),
    });
  }
  return out;
}

/**
 * One application for review. Opening an application that has just been received starts its review
 * ("Review started at", audited); the due date it owes stays as it was.
 */
export function getApplicationReview(id: string): ApplicationReview {
  const session = workbook();
  requireReviewer(session, 'review applications');
  return session.write(() => {
    let rec = currentRecord(session, id);
    if (rec.values['stage'] === 'application received') rec = moveStage(session, rec, 'under review');
    const { calendar } = intakeContext(session);
    const tz = calendar.timeZone;
    const v = rec.values;
    const stage = String(v['stage']);
    const received = v['applicationReceivedAt'] instanceof Date;
    const match = matchExistingCity(
      {
        cityName: String(v['cityName']),
        country: String(v['country']),
        selfId: rec.id,
        // Once approved, the linked city is the one this application made a member, not a duplicate of it.
        ownCityId: stage === 'approved' ? String(v['cityId'] ?? '') || undefined : undefined,
      },
      ...candidateLists(matchCandidates(session, String(v['cityName']))),
    );
    const findings = [...(received ? validationFindings(applicationOf(rec)) : []), ...match.findings].map(
      (f) => ({
        severity: f.severity,
        en: f.message.en,
        fr: f.message.fr,
        field: f.field ?? '',
      }),
    );
    const due = v['dueBy'] instanceof Date ? (v['dueBy'] as Date) : null;
    const t = session.table(APPLICATIONS);
    const hubs = hubNames(session);
    const answers: [string, string][] = SHOWN.map((k): [string, string] => {
      const value = v[k];
      // Hubs are shown by name (the id stays the stored key).
      if (k === 'hubId') return [t.column(k).header, hubName(hubs, value)];
      return [t.column(k).header, value instanceof Date ? dayText(value, tz) : auditValue(value)];
    }).filter(([, text]) => text !== '');
    const open = !isClosedStage(stage);
    return {
      language: uiLanguage_(),
      id: rec.id,
      version: rec.version,
      stage,
      dueBy: dayText(due, tz),
      overdue: due !== null && open && isOverdue(due, session.now(), tz),
      answers,
      contacts: storedContacts(v).map((c) => ({
        name: c.name,
        position: c.position,
        email: c.email,
        phone: c.phone,
        category: c.category,
      })),
      findings,
      intakeIssues: String(v['issuesFound'] ?? '')
        .split('\n')
        .filter((l) => l.trim() !== ''),
      emails: emailsOf(session, rec.id, tz),
      actions: {
        sendLink: stage === 'enquiry received' || stage === 'application form sent',
        approve: received && open && stage !== 'enquiry received' && stage !== 'application form sent',
        decline: open,
        requestInfo: received && open && stage !== 'enquiry received' && stage !== 'application form sent',
      },
    };
  });
}
