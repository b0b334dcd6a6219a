// Issue 15 items 2–3 through the shipped bundle: every indicator of the seeded network (dashboard/world.ts) equals the
// value worked out by hand below, the Dashboard's tables behind the charts hold the hand-counted figures, the hub
// and period cells filter them, and refreshing twice leaves the same four charts pointed at the new ranges.
// Today is Friday 15 May 2026: the current quarter is 2026 Q2, the previous 2026 Q1. Holiday: Wed 8 April 2026.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOUND_DOCUMENT_KEY } from '../../src/emulator/services/script/install';
import { chartsOfSheet } from '../../src/emulator/services/spreadsheet/install';
import { menuEntryPoints } from '../../src/server/menu/menuDefinition';
import { block, dashboardWorld, HUB_A, indicatorRows, ok, putRows, sheet, values } from './dashboard/world';

/** Document property where the refresh keeps the chart ids (src/server/dashboard/dashboardCharts.ts). */
const DASHBOARD_CHARTS_PROPERTY = 'scn.dashboard.charts';

type Fig = [hub: string, cur: string, value: unknown, prev: string, prevValue: unknown];
const fig = (row: unknown[] | undefined): Fig => (row ?? []).slice(0, 5) as Fig;

describe('the Dashboard on a seeded network', () => {
  const emu = dashboardWorld();
  ok(emu, 'refreshDashboard');
  const rows = indicatorRows(emu);

  it('setup seeded one Indicators row per computation, and a second setup adds none', () => {
    const before = values(emu, 'Indicators').length;
    expect(before - 1).toBe(17);
    ok(emu, 'setupWorkbook');
    expect(values(emu, 'Indicators').length).toBe(before);
  });

  it('members: C1, C2, C3 today; C2, C3 and C4 (lapsed only on 20 April) at the end of Q1', () => {
    expect(fig(rows['Member cities'])).toEqual(['All hubs', '2026 Q2', 3, '2026 Q1', 3]);
    expect(fig(rows['New members'])).toEqual(['All hubs', '2026 Q2', 1, '2026 Q1', 1]);
  });

  it('engagement windows: 2 of 3 members engaged in 90 days (C3 last on 1 Dec), 1 of 3 at the end of Q1', () => {
    // Today: C1 (1 May), C2 through its contact (20 March) → 2/3. End of Q1: C2 only of C2, C3, C4 → 1/3.
    expect(fig(rows['Members engaged recently (%)'])).toEqual(['All hubs', '2026 Q2', 66.7, '2026 Q1', 33.3]);
    // 180 days: everyone engaged today; at the end of Q1, C4's last engagement (10 Sept 2025) is too old.
    expect(fig(rows['Members without engagement'])).toEqual(['All hubs', '2026 Q2', 0, '2026 Q1', 1]);
  });

  it('answers within the working-day targets, the 8 April holiday excluded', () => {
    // Enquiries (2 working days): Mon 6 → Thu 9 April is 2 with the holiday (in time); Fri 10 → Wed 15 is 3 (late);
    // Mon 11 May unanswered is 4 days late today; Thu 14 May unanswered is not due yet. 1/3. Q1: 1/1.
    expect(fig(rows['Enquiries answered in time (%)'])).toEqual([
      'All hubs',
      '2026 Q2',
      33.3,
      '2026 Q1',
      100,
    ]);
    // Applications (3): Mon 20 → Thu 23 April approved (3, in time); Tue 21 → Mon 27 more info (4, late). Q1: 2 days.
    expect(fig(rows['Applications answered in time (%)'])).toEqual([
      'All hubs',
      '2026 Q2',
      50,
      '2026 Q1',
      100,
    ]);
  });

  it('mailings, reach and opt-outs', () => {
    expect(fig(rows['Mailings sent'])).toEqual(['All hubs', '2026 Q2', 2, '2026 Q1', 1]);
    expect(fig(rows['Mailing reach'])).toEqual(['All hubs', '2026 Q2', 2, '2026 Q1', 1]);
    expect(fig(rows['Opt-outs'])).toEqual(['All hubs', '2026 Q2', 1, '2026 Q1', 1]);
  });

  it('peer matches proposed, introduced and with outcomes; event participants; stale profiles (today only)', () => {
    expect(fig(rows['Peer matches proposed'])).toEqual(['All hubs', '2026 Q2', 2, '2026 Q1', 2]);
    expect(fig(rows['Peer matches introduced'])).toEqual(['All hubs', '2026 Q2', 1, '2026 Q1', 1]);
    expect(fig(rows['Peer matches with outcomes'])).toEqual(['All hubs', '2026 Q2', 1, '2026 Q1', 0]);
    expect(fig(rows['Event participants'])).toEqual(['All hubs', '2026 Q2', 3, '2026 Q1', 1]);
    // C2 and C5 never reviewed, C3 reviewed 10 Jan 2025 (over 365 days); C6 is withdrawn and not counted.
    expect(fig(rows['Stale city profiles'])).toEqual(['All hubs', '2026 Q2', 3, '', '']);
  });

  it('counts include archived history: History summary plus live rows', () => {
    expect(fig(rows.Engagements)).toEqual(['All hubs', '2026 Q2', 2, '2026 Q1', 1]);
    // 5 live + 4 (C3) + 2 (C4) archived; by the end of 2025: 2 live + 6 archived.
    expect(fig(rows['Engagements since the start'])).toEqual(['All hubs', '2026', 11, '2025', 8]);
    // 4 live sent + 6 archived (CON-000003); by the end of 2025: 6 archived.
    expect(fig(rows['Messages sent since the start'])).toEqual(['All hubs', '2026', 10, '2025', 6]);
  });

  it('baseline, target, intended direction and whether the target is met', () => {
    expect(rows['Members engaged recently (%)']!.slice(5)).toEqual(['', 75, 'increase', 'not met']);
    expect(rows['Members without engagement']!.slice(5)).toEqual(['', 0, 'decrease', 'met']);
    expect(rows['Stale city profiles']!.slice(5)).toEqual(['', 0, 'decrease', 'not met']);
  });

  it('the tables behind the charts', () => {
    expect(block(emu, 'Members by hub and status')).toEqual([
      ['Hub', 'prospect', 'applicant', 'member', 'lapsed', 'withdrawn'],
      ['Africa', 0, 0, 2, 0, 1],
      ['Europe', 1, 0, 1, 1, 0],
    ]);
    expect(block(emu, 'Trends per quarter').slice(4)).toEqual([
      ['2025 Q2', 1, 0, 0],
      ['2025 Q3', 0, 1, 0],
      ['2025 Q4', 0, 1, 0],
      ['2026 Q1', 1, 1, 1],
      ['2026 Q2', 1, 2, 3],
    ]);
    const byType = Object.fromEntries(block(emu, 'Engagements by type').slice(1));
    expect(byType).toMatchObject({ meeting: 2, email: 1, event: 1, training: 1, newsletter: 0 });
    const byChannel = Object.fromEntries(block(emu, 'Engagements by channel').slice(1));
    expect(byChannel).toMatchObject({ manual: 3, mailing: 1, event: 1, import: 0 });
    expect(block(emu, 'Event participation by hub and gender')).toEqual([
      ['Hub', 'woman', 'man', 'non-binary', 'prefers not to say', 'not recorded'],
      ['Africa', 1, 0, 0, 0, 1],
      ['Europe', 1, 1, 0, 0, 0],
    ]);
  });

  it('the Dashboard is written in a few block writes, not cell by cell', () => {
    const r = ok(emu, 'refreshDashboard');
    const dashboardWrites = r.execution.records.filter(
      (c) => c.class === 'write' && /^(setValue|setValues)$/.test(c.method),
    );
    // The title lines and the output block: two setValues, whatever the number of indicators.
    expect(dashboardWrites.map((c) => c.method)).toEqual(['setValues', 'setValues']);
  });
});

describe('filters: the hub (B2) and period (B3) cells', () => {
  const emu = dashboardWorld();
  sheet(emu, 'Dashboard').setValuesRaw(2, 2, [['Africa'], ['month']]);
  ok(emu, 'refreshDashboard');
  const rows = indicatorRows(emu);

  it('count one hub, by month', () => {
    // Africa members today: C1, C2. May 2026 vs April 2026.
    expect(fig(rows['Member cities'])).toEqual(['Africa', '2026-05', 2, '2026-04', 2]);
    expect(fig(rows['New members'])).toEqual(['Africa', '2026-05', 0, '2026-04', 1]);
    // Africa enquiries in April: 6 April (in time), 10 April (late).
    expect(fig(rows['Enquiries answered in time (%)'])).toEqual(
      ['Africa', '2026-05', null, '2026-04', 50].map((v) => v ?? '') as Fig,
    );
    expect(block(emu, 'Members by hub and status').slice(1)).toEqual([['Africa', 0, 0, 2, 0, 1]]);
  });

  it('a hub id works as well as a name; an unknown hub is said, and all hubs are counted', () => {
    sheet(emu, 'Dashboard').setValuesRaw(2, 2, [[HUB_A], ['']]);
    ok(emu, 'refreshDashboard');
    // Africa at the end of Q1: C2 only (C1 joined on 10 April, C6 withdrew in December).
    expect(fig(indicatorRows(emu)['Member cities'])).toEqual(['Africa', '2026 Q2', 2, '2026 Q1', 1]);
    sheet(emu, 'Dashboard').setValuesRaw(2, 2, [['Atlantis']]);
    const r = ok<{ notices: string[] }>(emu, 'refreshDashboard');
    expect(r.value!.notices.join(' ')).toContain('Atlantis');
    expect(fig(indicatorRows(emu)['Member cities'])[0]).toBe('All hubs');
  });

  it('an Indicators row that cannot be computed is shown with its problem, not dropped', () => {
    putRows(emu, 'Indicators', [
      {
        id: 'IND-000099',
        name: 'Typo',
        definition: 'x',
        computation: 'memberz',
        period: 'quarter',
        direction: 'increase',
        version: 1,
      },
    ]);
    const r = ok<{ notices: string[] }>(emu, 'refreshDashboard');
    expect(r.value!.notices.join(' ')).toMatch(/Typo.*Computation "memberz"/);
    const typo = values(emu, 'Dashboard').find((row) => row[0] === 'Typo');
    expect(String(typo?.[1])).toContain('memberz');
  });

  it('a formula-like name is shown exactly as typed, and many long problems still leave A4 in one cell', () => {
    const bad = Array.from({ length: 40 }, (_, i) => ({
      id: `IND-0001${String(i).padStart(2, '0')}`,
      name: `${'Long name '.repeat(30)}${i}`,
      definition: 'x',
      computation: 'memberz',
      period: 'quarter',
      direction: 'increase',
      version: 1,
    }));
    putRows(emu, 'Indicators', [
      { ...bad[0]!, id: 'IND-000098', name: '+1 members', computation: 'members' },
      ...bad,
    ]);
    const r = ok<{ notices: string[] }>(emu, 'refreshDashboard');
    expect(r.value!.notices.length).toBeGreaterThanOrEqual(40);
    const shown = values(emu, 'Dashboard');
    expect(shown.some((row) => row[0] === '+1 members')).toBe(true);
    expect(String(shown[3]![0])).toMatch(/problems to fix: see the rows marked below/);
    expect(String(shown[3]![0]).length).toBeLessThan(2_500);
  });
});

describe('charts: created once, updated in place', () => {
  const emu = dashboardWorld();
  const dash = () => sheet(emu, 'Dashboard');
  const charts = () =>
    chartsOfSheet(dash()).map((c) => ({
      id: c.id,
      type: c.type,
      title: c.options.get('title'),
      ranges: c.ranges.map(
        (r) => `${r.sheet.name}!R${r.rect.row}C${r.rect.col}:${r.rect.numRows}x${r.rect.numCols}`,
      ),
    }));

  it('a first refresh adds four charts drawing the tables', () => {
    ok(emu, 'refreshDashboard');
    const first = charts();
    expect(first.map((c) => [c.type, c.title])).toEqual([
      ['COLUMN', 'Members by hub'],
      ['LINE', 'Trends per quarter'],
      ['PIE', 'Engagements by type'],
      ['COLUMN', 'Engagements by channel'],
    ]);
    // Members by hub: the header row and two hubs, six columns.
    const rows = values(emu, 'Dashboard');
    const head = rows.findIndex((r) => r[0] === 'Hub' && r[1] === 'prospect') + 1;
    expect(first[0]!.ranges).toEqual([`Dashboard!R${head}C1:3x6`]);
  });

  it('refreshing again keeps the same charts (same ids, same count) with updated ranges', () => {
    const before = charts();
    putRows(emu, 'Hubs', [{ id: 'HUB-000003', name: 'Asia', version: 1 }]);
    ok(emu, 'refreshDashboard');
    const after = charts();
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(after[0]!.ranges[0]).toMatch(/:4x6$/); // a third hub: one more row
    ok(emu, 'refreshDashboard');
    expect(charts()).toEqual(after);
  });

  it('lost ids are recovered by title, and a duplicate left by a stopped run is removed', () => {
    const before = charts().map((c) => c.id);
    const props = emu.backend.stores.script.properties.forDocument(BOUND_DOCUMENT_KEY);
    expect(JSON.parse(props.get(DASHBOARD_CHARTS_PROPERTY)!)).toMatchObject({ membersByHub: before[0] });
    props.delete(DASHBOARD_CHARTS_PROPERTY);
    ok(emu, 'refreshDashboard');
    expect(charts().map((c) => c.id)).toEqual(before);
    // A run stopped after insertChart but before saving the ids leaves a second "Members by hub": it goes.
    const list = chartsOfSheet(dash());
    list.push({ ...list[0]!, id: 1_999_999_999 });
    props.delete(DASHBOARD_CHARTS_PROPERTY);
    ok(emu, 'refreshDashboard');
    expect(charts().map((c) => c.id)).toEqual(before);
  });
});

describe('the dashboard entry point ships in dist/Code.js', () => {
  it('refreshDashboard is a top-level function and in the menu', () => {
    const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');
    expect(code).toMatch(/\nfunction refreshDashboard\(/);
    expect(menuEntryPoints()).toContain('refreshDashboard');
  });
});
