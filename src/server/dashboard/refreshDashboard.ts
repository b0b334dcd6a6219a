// "Refresh dashboard" (menu) and the nightly refresh: computes every indicator of the Indicators tab for the current
// and previous periods, writes the Dashboard tab in a few block writes, and points its charts at the new figures.
//
// Reads: each source tab once (the columns it needs), History summary once, the two filter cells (B2 hub, B3
// period). Writes: the title lines (A1:A4), one clear and one setValues of the output block, and the charts.

import {
  DASHBOARD,
  INDICATOR_COMPUTATIONS,
  INDICATOR_DIRECTIONS,
  INDICATOR_PERIODS,
} from '../../../sheets-templates';
import { displayDateTime, displayDay } from '../../core/calendar/displayDate';
import {
  engagementsBy,
  membersByHubAndStatus,
  participationByHubAndGender,
  trendsByQuarter,
} from '../../core/dashboard/breakdowns';
import { hubIndex } from '../../core/dashboard/dashboardData';
import {
  type Computation,
  endDayOf,
  indicatorValue,
  SNAPSHOT_COMPUTATIONS,
  targetStatus,
} from '../../core/dashboard/indicatorValues';
import { dashboardLayout, type IndicatorFigure, OUTPUT_ROW, OUTPUT_WIDTH } from '../../core/dashboard/layout';
import {
  type PeriodKind,
  periodContaining,
  previousPeriod,
  recentPeriods,
} from '../../core/dashboard/periods';
import { neutralisedForSheet } from '../../core/intake/sheetText';
import { type Language, languageOf, message } from '../../core/messages';
import { requireRole } from '../access/roles';
import { READ_ROLES } from '../records/sidebarAccess';
import { keepConvertibleTextAsText } from '../store/plainTextGuard';
import { type WorkbookSession, workbook } from '../store/session';
import { placeCharts } from './dashboardCharts';
import {
  type HubLine,
  type IndicatorRow,
  readDashboardData,
  readHubs,
  readIndicators,
} from './dashboardRead';

export interface DashboardReport {
  indicators: number;
  charts: number;
  /** Problems a person should fix (an unknown hub in B2, an Indicators row that cannot be computed). */
  notices: string[];
}

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

function findHub(hubs: readonly HubLine[], typed: string): HubLine | undefined {
  const t = typed.trim().toLowerCase();
  return hubs.find((h) => h.id.toLowerCase() === t || h.name.toLowerCase() === t);
}

/** A name as a message quotes it: the first 120 characters (the cell keeps the whole name). */
const shortName = (name: string) => (name.length > 120 ? `${name.slice(0, 120)}…` : name);

/** Why a row cannot be computed, or null. */
function rowProblem(r: IndicatorRow, hubs: readonly HubLine[], lang: Language): string | null {
  const problems: string[] = [];
  if (!isOneOf(INDICATOR_COMPUTATIONS, r.computation)) problems.push(`Computation "${r.computation}"`);
  if (!isOneOf(INDICATOR_PERIODS, r.period)) problems.push(`Period "${r.period}"`);
  if (!isOneOf(INDICATOR_DIRECTIONS, r.direction)) problems.push(`Intended direction "${r.direction}"`);
  if (r.hubId !== '' && !findHub(hubs, r.hubId)) problems.push(`Hub filter "${r.hubId}"`);
  problems.push(...r.unreadable);
  return problems.length === 0
    ? null
    : message(
        'dashboard.badIndicator',
        { row: r.row, name: shortName(r.name), problem: problems.join(', ') },
        lang,
      );
}

export function refreshDashboard_(session: WorkbookSession): DashboardReport {
  const { settings } = session.settings();
  const lang = languageOf(settings.defaultLanguage); // stored in the grid: the workbook's language
  const sheet = session.sheet(DASHBOARD.name) ?? session.spreadsheet.insertSheet(DASHBOARD.name);
  const [[hubCell], [periodCell]] = sheet.getRange(2, 2, 2, 1).getValues() as [[unknown], [unknown]];
  const hubs = readHubs(session);
  const notices: string[] = [];
  const typedHub = String(hubCell ?? '').trim();
  const chosenHub = typedHub === '' ? null : (findHub(hubs, typedHub) ?? null);
  if (typedHub !== '' && !chosenHub) notices.push(message('dashboard.unknownHub', { hub: typedHub }, lang));
  const typedPeriod = String(periodCell ?? '')
    .trim()
    .toLowerCase();
  const periodOverride = isOneOf(INDICATOR_PERIODS, typedPeriod) ? (typedPeriod as PeriodKind) : null;
  if (typedPeriod !== '' && !periodOverride)
    notices.push(message('dashboard.unknownPeriod', { period: typedPeriod }, lang));

  const data = readDashboardData(session);
  const index = hubIndex(data);
  const now = session.now();
  const hubName = (id: string | null) =>
    id === null ? message('dashboard.allHubs', {}, lang) : (hubs.find((h) => h.id === id)?.name ?? id);
  const figures: IndicatorFigure[] = [];
  for (const r of readIndicators(session)) {
    if (r.hidden) continue;
    const problem = rowProblem(r, hubs, lang);
    if (problem) {
      notices.push(problem);
      figures.push({ ...emptyFigure(r), problem });
      continue;
    }
    // The Dashboard's hub (B2) narrows every row; a row's own hub filter applies when B2 is empty.
    const hub = chosenHub?.id ?? (r.hubId === '' ? null : findHub(hubs, r.hubId)!.id);
    const ctx = { data, index, hub };
    const kind = periodOverride ?? (r.period as PeriodKind);
    const current = periodContaining(kind, data.today);
    const previous = previousPeriod(current);
    const computation = r.computation as Computation;
    const value = indicatorValue(computation, r.parameter, current, ctx, now);
    figures.push({
      name: r.name,
      definition: r.definition,
      hubName: hubName(hub),
      current: { label: current.label, value },
      previous: SNAPSHOT_COMPUTATIONS.includes(computation)
        ? null
        : { label: previous.label, value: indicatorValue(computation, r.parameter, previous, ctx, now) },
      baseline: r.baseline,
      target: r.target,
      direction: r.direction,
      status: targetStatus(value, r.target, r.direction),
    });
  }

  const hub = chosenHub?.id ?? null;
  const quarters = recentPeriods('quarter', data.today, 8);
  const last4 = quarters.slice(-4);
  const span = { from: last4[0]!.from, to: last4[3]!.to };
  const layout = dashboardLayout({
    lang,
    figures,
    membersByHub: membersByHubAndStatus(data, hubs, hub),
    trends: trendsByQuarter(data, index, quarters, hub, now),
    byType: engagementsBy(data, index, span, hub, 'type'),
    byChannel: engagementsBy(data, index, span, hub, 'source'),
    participation: participationByHubAndGender(data, index, hubs, span, hub),
    span: { from: span.from, lastDay: endDayOf(last4[3]!, data.today) },
  });

  const head = [
    [message('dashboard.title', {}, lang)],
    [message('dashboard.hubFilter', {}, lang)],
    [message('dashboard.periodFilter', {}, lang)],
    [
      [
        message(
          'dashboard.refreshedAt',
          { at: displayDateTime(now, lang), day: displayDay(data.today, lang) },
          lang,
        ),
        // Each problem also stands on its own row below; A4 names them only while they fit in one cell.
        ...(notices.join(' ').length <= 2_000
          ? notices
          : [message('dashboard.problemsBelow', { n: notices.length }, lang)]),
      ].join(' '),
    ],
  ];
  sheet.getRange(1, 1, 4, 1).setValues(neutralisedForSheet(head));
  const last = sheet.getLastRow();
  if (last >= OUTPUT_ROW) sheet.getRange(OUTPUT_ROW, 1, last - OUTPUT_ROW + 1, OUTPUT_WIDTH).clearContent();
  // Written as text ('@' format): a name like "+1 members" or "=HYPERLINK(…)" stays exactly as typed.
  const rows = layout.rows;
  const textOnly = new Set(Array.from({ length: OUTPUT_WIDTH }, (_, i) => i));
  keepConvertibleTextAsText(sheet, [{ row: OUTPUT_ROW, col: 1, values: rows }], textOnly);
  sheet.getRange(OUTPUT_ROW, 1, rows.length, OUTPUT_WIDTH).setValues(rows);
  const charts = placeCharts(sheet, layout.charts, session.properties(), lang);
  return { indicators: figures.length, charts, notices };
}

function emptyFigure(r: IndicatorRow): IndicatorFigure {
  return {
    name: r.name || `#${r.row}`,
    definition: r.definition,
    hubName: '',
    current: { label: '', value: null },
    previous: null,
    baseline: r.baseline,
    target: r.target,
    direction: r.direction,
    status: '',
  };
}

/** Menu action and top-level function: SCN CRM › Data › Refresh dashboard. */
export function refreshDashboard(): DashboardReport {
  const session = workbook();
  requireRole(session, READ_ROLES, 'refresh the Dashboard');
  const report = session.write(() => refreshDashboard_(session));
  session.spreadsheet.toast(
    [message('dashboard.refreshed', { n: report.indicators, charts: report.charts }), ...report.notices].join(
      ' ',
    ),
    message('dashboard.toastTitle'),
    report.notices.length > 0 ? 30 : 10,
  );
  return report;
}
