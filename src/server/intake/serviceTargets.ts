// Service targets for the Dashboard: how many enquiries and applications were answered within the SLA in working days.

import { APPLICATIONS } from '../../../sheets-templates';
import { isOverdue, type WorkingCalendar, workingDaysBetween } from '../../core/calendar/workingDays';
import { isClosedStage } from '../../core/intake/stages';
import { requireReader } from '../records/sidebarAccess';
import { workbook } from '../store/session';
import { intakeContext } from './applicationRows';

export interface ServiceTargetCounts {
  slaWorkingDays: number;
  /** Enquiries answered (form link sent, or declined) and how many of them within the SLA. */
  enquiriesAnswered: number;
  enquiriesWithinTarget: number;
  /** Applications answered (approved, declined or more information asked) and how many within the SLA. */
  applicationsAnswered: number;
  applicationsWithinTarget: number;
  /** Open items whose due date has passed. */
  overdueNow: number;
}

type Row = Record<string, unknown>;

const dateOf = (v: unknown): Date | null => (v instanceof Date ? v : null);

/** The first answer after `from` among the given stamps. */
function firstAfter(from: Date, stamps: unknown[]): Date | null {
  const after = stamps.map(dateOf).filter((d): d is Date => d !== null && d.getTime() >= from.getTime());
  after.sort((a, b) => a.getTime() - b.getTime());
  return after[0] ?? null;
}

/** Pure counting over Applications records (typed values), so the Dashboard can show "answered within target". */
export function countServiceTargets(
  rows: readonly Row[],
  calendar: WorkingCalendar,
  slaWorkingDays: number,
  now: Date,
): ServiceTargetCounts {
  const c: ServiceTargetCounts = {
    slaWorkingDays,
    enquiriesAnswered: 0,
    enquiriesWithinTarget: 0,
    applicationsAnswered: 0,
    applicationsWithinTarget: 0,
    overdueNow: 0,
  };
  const within = (from: Date, to: Date) => workingDaysBetween(from, to, calendar) <= slaWorkingDays;
  for (const v of rows) {
    const enquiry = dateOf(v['enquiryReceivedAt']);
    if (enquiry) {
      const answer = firstAfter(enquiry, [v['formSentAt'], v['declinedAt'], v['applicationReceivedAt']]);
      if (answer) {
        c.enquiriesAnswered++;
        if (within(enquiry, answer)) c.enquiriesWithinTarget++;
      }
    }
    const application = dateOf(v['applicationReceivedAt']);
    if (application) {
      const answer = firstAfter(application, [v['approvedAt'], v['declinedAt'], v['moreInfoRequestedAt']]);
      if (answer) {
        c.applicationsAnswered++;
        if (within(application, answer)) c.applicationsWithinTarget++;
      }
    }
    const due = dateOf(v['dueBy']);
    if (due && !isClosedStage(String(v['stage'] ?? '')) && isOverdue(due, now, calendar.timeZone))
      c.overdueNow++;
  }
  return c;
}

/** Dashboard-ready counts (any staff member may read them). */
export function getServiceTargets(): ServiceTargetCounts {
  const session = workbook();
  requireReader(session, 'read the service targets');
  const { calendar, settings } = intakeContext(session);
  const t = session.table(APPLICATIONS);
  return countServiceTargets(
    t.rows().map((r) => t.values(r)),
    calendar,
    settings.slaWorkingDays,
    session.now(),
  );
}
