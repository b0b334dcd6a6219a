// Demo audit log: setup, decisions, mailings and everyday edits, in time order.

import type {
  ApplicationRecord,
  AuditRecord,
  EngagementRecord,
  MailingRecord,
} from '../../sheets-templates/index';
import type { DemoContext } from './context';
import type { DemoNetwork } from './network';

interface Entry {
  at: Date;
  action: AuditRecord['action'];
  tab: string;
  recordId: string | null;
  changes: Record<string, [unknown, unknown]> | null;
  summary: string;
}

export function buildAudit(
  ctx: DemoContext,
  net: DemoNetwork,
  applications: ApplicationRecord[],
  mailings: MailingRecord[],
  engagements: EngagementRecord[],
  count: number,
): AuditRecord[] {
  const r = ctx.rnd;
  const entries: Entry[] = [
    {
      at: ctx.atWorkingHour(ctx.daysAgo(ctx.historyDays + 10)),
      action: 'setup',
      tab: 'Settings',
      recordId: null,
      changes: null,
      summary: 'Workbook set up.',
    },
  ];
  for (const a of applications) {
    if (a.approvedAt) {
      entries.push({
        at: a.approvedAt,
        action: 'approve',
        tab: 'Applications',
        recordId: a.id,
        changes: { stage: ['under review', 'approved'] },
        summary: `Approved ${a.cityName}.`,
      });
    }
    if (a.declinedAt) {
      entries.push({
        at: a.declinedAt,
        action: 'decline',
        tab: 'Applications',
        recordId: a.id,
        changes: { stage: ['under review', 'declined'] },
        summary: `Declined ${a.cityName}.`,
      });
    }
  }
  for (const m of mailings) {
    if (m.startedAt)
      entries.push({
        at: m.startedAt,
        action: 'send',
        tab: 'Mailings',
        recordId: m.id,
        changes: null,
        summary: `Started sending “${m.name}”.`,
      });
  }
  const fill = Math.max(0, count - entries.length);
  for (let i = 0; i < fill; i++) {
    if (r.chance(0.5) && engagements.length > 0) {
      const e = r.pick(engagements);
      entries.push({
        at: e.createdAt!,
        action: 'create',
        tab: 'Engagements',
        recordId: e.id,
        changes: null,
        summary: `Logged an engagement (${e.type}).`,
      });
    } else {
      const c = r.pick(net.contacts);
      entries.push({
        at: ctx.recentMoment(ctx.historyDays - 30),
        action: 'update',
        tab: 'Contacts',
        recordId: c.id,
        changes: c.phone ? { phone: [null, c.phone] } : { title: [null, c.title] },
        summary: `Updated ${c.name}.`,
      });
    }
  }
  const chosen =
    entries.length > count ? [entries[0]!].concat(r.sample(entries.slice(1), count - 1)) : entries;
  chosen.sort((a, b) => a.at.getTime() - b.at.getTime());
  return chosen.map((e) => ({
    id: ctx.nextId('AUD'),
    at: e.at,
    user: e.action === 'setup' ? net.staff[0]!.email : r.pick(ctx.editors),
    action: e.action,
    tab: e.tab,
    recordId: e.recordId,
    changes: e.changes,
    summary: e.summary,
    createdAt: e.at,
    updatedAt: e.at,
    updatedBy: null,
    version: 1,
    lastRequest: null,
  }));
}
