// Reads what the Dashboard counts: the needed columns of each source tab in one read per tab (the block of columns
// spanning them), History summary's archived totals, Hubs, and the Indicators tab's definitions.

import {
  APPLICATIONS,
  CITIES,
  CONTACTS,
  ENGAGEMENTS,
  EVENTS,
  HISTORY_SUMMARY,
  HUBS,
  INDICATORS,
  MATCHES,
  PARTICIPANTS,
  SENDS,
  type TabDef,
} from '../../../sheets-templates';
import { localDateOf } from '../../core/calendar/localDate';
import type { ArchivedLine, DashboardData } from '../../core/dashboard/dashboardData';
import { fromCell } from '../../core/schema/cells';
import { intakeContext } from '../intake/applicationRows';
import type { WorkbookSession } from '../store/session';

type Values = Record<string, unknown>;

/** Typed values of `keys` for every data row of a tab (an absent tab reads as empty). */
export function readColumns(session: WorkbookSession, def: TabDef, keys: readonly string[]): Values[] {
  if (!session.sheet(def.name)) return [];
  const table = session.table(def);
  const columns = keys.map((k) => table.column(k));
  return table.columnRows(keys).map((row) => {
    const out: Values = { _row: row.row };
    const bad: string[] = [];
    for (const c of columns) {
      const v = fromCell(c, table.cell(row, c.key));
      out[c.key] = v.ok ? v.value : null;
      if (!v.ok) bad.push(c.header);
    }
    out['_bad'] = bad;
    return out;
  });
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
const date = (v: unknown) => (v instanceof Date ? v : null);

/** The History summary lines (an absent or empty summary: none). */
function readArchived(session: WorkbookSession): ArchivedLine[] {
  return readColumns(session, HISTORY_SUMMARY, ['scope', 'recordId', 'engagements', 'sends']).flatMap((v) => {
    const scope = text(v['scope']);
    if (scope !== 'city' && scope !== 'contact') return [];
    return [
      {
        scope,
        recordId: text(v['recordId']),
        engagements: Number(v['engagements']) || 0,
        sends: Number(v['sends']) || 0,
      },
    ];
  });
}

export function readDashboardData(session: WorkbookSession): DashboardData {
  const { settings, calendar } = intakeContext(session);
  const tz = calendar.timeZone;
  const day = (v: unknown) => {
    const d = date(v);
    return d ? localDateOf(d, tz) : null;
  };
  return {
    today: localDateOf(session.now(), tz),
    timeZone: tz,
    calendar,
    cities: readColumns(session, CITIES, [
      'id',
      'hubId',
      'status',
      'statusChangedOn',
      'joinedOn',
      'profileReviewedOn',
    ]).map((v) => ({
      id: text(v['id']),
      hubId: text(v['hubId']),
      status: text(v['status']),
      joinedOn: day(v['joinedOn']),
      statusChangedOn: day(v['statusChangedOn']),
      reviewedOn: day(v['profileReviewedOn']),
    })),
    contacts: readColumns(session, CONTACTS, ['id', 'orgId', 'optedOut', 'optedOutOn']).map((v) => ({
      id: text(v['id']),
      orgId: text(v['orgId']),
      optedOut: v['optedOut'] === true,
      optedOutOn: day(v['optedOutOn']),
    })),
    engagements: readColumns(session, ENGAGEMENTS, ['date', 'type', 'cityIds', 'contactIds', 'source']).map(
      (v) => ({
        date: day(v['date']),
        type: text(v['type']),
        source: text(v['source']),
        cityIds: list(v['cityIds']),
        contactIds: list(v['contactIds']),
      }),
    ),
    applications: readColumns(session, APPLICATIONS, [
      'enquiryReceivedAt',
      'formSentAt',
      'applicationReceivedAt',
      'moreInfoRequestedAt',
      'approvedAt',
      'declinedAt',
      'hubId',
    ]).map((v) => ({
      hubId: text(v['hubId']),
      enquiryReceivedAt: date(v['enquiryReceivedAt']),
      formSentAt: date(v['formSentAt']),
      applicationReceivedAt: date(v['applicationReceivedAt']),
      moreInfoRequestedAt: date(v['moreInfoRequestedAt']),
      approvedAt: date(v['approvedAt']),
      declinedAt: date(v['declinedAt']),
    })),
    sends: readColumns(session, SENDS, ['mailingId', 'contactId', 'status', 'sentAt']).map((v) => ({
      mailingId: text(v['mailingId']),
      contactId: text(v['contactId']),
      status: text(v['status']),
      sentOn: day(v['sentAt']),
    })),
    matches: readColumns(session, MATCHES, [
      'seekingCityId',
      'offeringCityId',
      'status',
      'introducedOn',
      'outcome',
      'outcomeOn',
      'createdAt',
    ]).map((v) => ({
      status: text(v['status']),
      seekingCityId: text(v['seekingCityId']),
      offeringCityId: text(v['offeringCityId']),
      proposedOn: day(v['createdAt']),
      introducedOn: day(v['introducedOn']),
      outcomeOn: day(v['outcomeOn']),
      outcome: text(v['outcome']),
    })),
    events: readColumns(session, EVENTS, ['id', 'startsOn', 'hubId']).map((v) => ({
      id: text(v['id']),
      hubId: text(v['hubId']),
      startsOn: day(v['startsOn']),
    })),
    participants: readColumns(session, PARTICIPANTS, ['eventId', 'contactId', 'gender', 'status']).map(
      (v) => ({
        eventId: text(v['eventId']),
        contactId: text(v['contactId']),
        gender: text(v['gender']),
        status: text(v['status']),
      }),
    ),
    archived: readArchived(session),
    defaults: {
      slaWorkingDays: settings.slaWorkingDays,
      engagedWithinDays: settings.engagedWithinDays,
      staleProfileDays: settings.staleProfileDays,
    },
  };
}

export interface HubLine {
  id: string;
  name: string;
}

export function readHubs(session: WorkbookSession): HubLine[] {
  return readColumns(session, HUBS, ['id', 'name'])
    .map((v) => ({ id: text(v['id']), name: text(v['name']) }))
    .filter((h) => h.id !== '');
}

export interface IndicatorRow {
  row: number;
  name: string;
  definition: string;
  computation: string;
  parameter: number | null;
  period: string;
  baseline: number | null;
  target: number | null;
  direction: string;
  hubId: string;
  hidden: boolean;
  /** Headers of the cells that could not be read (a number column holding text…). */
  unreadable: string[];
}

export function readIndicators(session: WorkbookSession): IndicatorRow[] {
  const keys = [
    'name',
    'definition',
    'computation',
    'parameter',
    'period',
    'baseline',
    'target',
    'direction',
    'hubId',
    'hidden',
  ];
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return readColumns(session, INDICATORS, keys).map((v) => ({
    row: Number(v['_row']),
    name: text(v['name']),
    definition: text(v['definition']),
    computation: text(v['computation']),
    parameter: num(v['parameter']),
    period: text(v['period']),
    baseline: num(v['baseline']),
    target: num(v['target']),
    direction: text(v['direction']),
    hubId: text(v['hubId']),
    hidden: v['hidden'] === true,
    unreadable: v['_bad'] as string[],
  }));
}
