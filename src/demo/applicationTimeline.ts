// How a demo application moves through the journey: a plan of delays, walked forward to today.

import type { ApplicationRecord } from '../../sheets-templates/index';
import type { DemoContext } from './context';

type Stage = ApplicationRecord['stage'];

/** What happens to one application, step by step (days are offsets; null: the step never happens). */
export interface Plan {
  enquiryDaysAgo: number;
  formAfterWorkingDays: number | null;
  returnAfterDays: number | null;
  reviewAfterWorkingDays: number | null;
  moreInfo: boolean;
  decision: 'approved' | 'declined' | 'withdrawn' | null;
  decisionAfterWorkingDays: number;
  withdrawAfterDays: number | null; // withdrawn without returning the form
}

// The first applications are fixed so every stage, and overdue items, are always present.
export const FIXED_PLANS: readonly Plan[] = [
  plan(0, null), // enquiry received today
  plan(9, null), // enquiry never answered: overdue
  plan(12, 2, null), // application form sent, waiting for the applicant
  plan(20, 1, 16, null), // application received in the last few days
  plan(25, 1, 12, null), // application received long ago, not reviewed: overdue
  plan(30, 2, 15, 1), // under review, decision overdue
  plan(40, 1, 20, 1, true), // more info requested
  plan(120, 2, 20, 1, false, 'approved'),
  plan(150, 3, 25, 2, false, 'declined'),
  { ...plan(90, 2, null), withdrawAfterDays: 45 },
];

function plan(
  enquiryDaysAgo: number,
  form: number | null,
  ret: number | null = null,
  review: number | null = null,
  moreInfo = false,
  decision: Plan['decision'] = null,
): Plan {
  return {
    enquiryDaysAgo,
    formAfterWorkingDays: form,
    returnAfterDays: ret,
    reviewAfterWorkingDays: review,
    moreInfo,
    decision,
    decisionAfterWorkingDays: 3,
    withdrawAfterDays: null,
  };
}

export function randomPlan(ctx: DemoContext, approveShare: number): Plan {
  const r = ctx.rnd;
  const returns = r.chance(0.65);
  const decision = r.weighted([
    ['approved', approveShare],
    ['declined', (1 - approveShare) / 2],
    ['withdrawn', (1 - approveShare) / 2],
  ] as const);
  return {
    enquiryDaysAgo: r.int(0, 730),
    formAfterWorkingDays: r.chance(0.99)
      ? r.weighted([
          [1, 30],
          [2, 35],
          [3, 25],
          [4, 7],
          [6, 3],
        ] as const)
      : null,
    returnAfterDays: returns ? r.int(3, 45) : null,
    reviewAfterWorkingDays: r.int(0, 3),
    moreInfo: r.chance(0.2),
    decision,
    decisionAfterWorkingDays: r.weighted([
      [1, 20],
      [2, 35],
      [3, 30],
      [5, 15],
    ] as const),
    withdrawAfterDays: !returns && r.chance(0.4) ? r.int(30, 120) : null,
  };
}

export interface Timeline {
  stage: Stage;
  enquiryReceivedAt: Date;
  formSentAt: Date | null;
  applicationReceivedAt: Date | null;
  reviewStartedAt: Date | null;
  moreInfoRequestedAt: Date | null;
  approvedAt: Date | null;
  declinedAt: Date | null;
  withdrawnAt: Date | null;
}

/** Walks the plan forward from the enquiry; steps later than now have not happened yet. */
export function timeline(ctx: DemoContext, p: Plan): Timeline {
  const now = new Date(ctx.today.getFullYear(), ctx.today.getMonth(), ctx.today.getDate(), 18);
  const happened = (d: Date | null) => (d && d.getTime() <= now.getTime() ? d : null);
  const enquiry =
    p.enquiryDaysAgo === 0
      ? new Date(ctx.today.getFullYear(), ctx.today.getMonth(), ctx.today.getDate(), 9, 12)
      : ctx.atWorkingHour(ctx.daysAgo(p.enquiryDaysAgo));
  const t: Timeline = {
    stage: 'enquiry received',
    enquiryReceivedAt: enquiry,
    formSentAt: null,
    applicationReceivedAt: null,
    reviewStartedAt: null,
    moreInfoRequestedAt: null,
    approvedAt: null,
    declinedAt: null,
    withdrawnAt: null,
  };
  if (p.formAfterWorkingDays === null) return t;
  t.formSentAt = happened(ctx.atWorkingHour(ctx.addWorkingDays(enquiry, p.formAfterWorkingDays)));
  if (!t.formSentAt) return t;
  t.stage = 'application form sent';
  if (p.returnAfterDays === null) {
    if (p.withdrawAfterDays !== null) {
      t.withdrawnAt = happened(ctx.atWorkingHour(shift(t.formSentAt, p.withdrawAfterDays)));
      if (t.withdrawnAt) t.stage = 'withdrawn';
    }
    return t;
  }
  t.applicationReceivedAt = happened(ctx.atWorkingHour(shift(t.formSentAt, p.returnAfterDays)));
  if (!t.applicationReceivedAt) return t;
  t.stage = 'application received';
  if (p.reviewAfterWorkingDays === null) return t;
  t.reviewStartedAt = happened(
    ctx.atWorkingHour(ctx.addWorkingDays(t.applicationReceivedAt, p.reviewAfterWorkingDays)),
  );
  if (!t.reviewStartedAt) return t;
  t.stage = 'under review';
  let decisionFrom = t.reviewStartedAt;
  if (p.moreInfo) {
    t.moreInfoRequestedAt = happened(ctx.atWorkingHour(ctx.addWorkingDays(t.reviewStartedAt, 1)));
    if (!t.moreInfoRequestedAt) return t;
    t.stage = 'more info requested';
    decisionFrom = shift(t.moreInfoRequestedAt, 10);
  }
  if (!p.decision) return t;
  const decided = happened(ctx.atWorkingHour(ctx.addWorkingDays(decisionFrom, p.decisionAfterWorkingDays)));
  if (!decided) return t;
  t.stage = p.decision;
  if (p.decision === 'approved') t.approvedAt = decided;
  else if (p.decision === 'declined') t.declinedAt = decided;
  else t.withdrawnAt = decided;
  return t;
}

export function shift(d: Date, days: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);
}
