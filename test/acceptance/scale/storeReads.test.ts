// Issue 11.2: interactive operations read a number of cells that does not grow with the history tabs
// (Engagements, Sends, Audit, closed Applications), through the shipped bundle, at two history sizes.
import { BENCH_USER, benchEmulator } from '../../../bench/benchWorkbook';
import { journey, setLinks } from '../../../bench/intakeOperations';
import { isClosedStage } from '../../../src/core/intake/stages';
import type { CallRecord, Emulator } from '../../../src/emulator';
import { invokeScriptRun } from '../../../src/emulator/scriptRun';
import { headers, sheet, values } from '../workbook/harness';

const HISTORY = ['Engagements', 'Sends', 'Audit', 'Applications'];

/**
 * Appends `times` copies of a history tab's rows (new ids; Applications: closed ones only; Sends: none still
 * "sending"), host-side, as years of history would.
 */
function growHistory(emu: Emulator, times: number): void {
  for (const tab of HISTORY) {
    const s = sheet(emu, tab);
    const all = values(emu, tab);
    const head = headers(emu, tab);
    const stage = head.indexOf('Stage');
    const status = head.indexOf('Status');
    const body = all.slice(1).filter((r) => {
      if (tab === 'Applications') return isClosedStage(String(r[stage]));
      if (tab === 'Sends') return String(r[status]) !== 'sending';
      return true;
    });
    const prefix = String(all[1]![0]).split('-')[0];
    let next = all.length + 10_000;
    const copies: unknown[][] = [];
    for (let k = 0; k < times; k++)
      for (const r of body) {
        const copy = [...r];
        copy[0] = `${prefix}-${String(next++).padStart(6, '0')}`;
        copies.push(copy);
      }
    const first = s.lastRow() + 1;
    const need = first + copies.length - 1;
    if (s.maxRows < need) s.insertRows(s.maxRows + 1, need - s.maxRows);
    s.setValuesRaw(first, 1, copies as never);
  }
}

const cellsRead = (records: CallRecord[]) => records.reduce((n, r) => n + r.cellsRead, 0);

function sidebar(emu: Emulator, name: string, args: unknown[]): CallRecord[] {
  const r = invokeScriptRun(emu, { name, args, user: BENCH_USER });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.execution?.records ?? [];
}

function version(emu: Emulator, tab: string, id: string): number {
  const all = values(emu, tab);
  const head = all[0]!.map(String);
  const row = all.find((r) => r[0] === id)!;
  const v = row[head.indexOf('Version')];
  return typeof v === 'number' ? v : 1;
}

/** The city with the most engagements (at least the ten a profile lists, so its profile reads a full page). */
function busiestCity(emu: Emulator): string {
  const all = values(emu, 'Engagements');
  const col = all[0]!.map(String).indexOf('Cities');
  const count = new Map<string, number>();
  for (const r of all.slice(1))
    for (const id of String(r[col])
      .split(',')
      .map((x) => x.trim()))
      if (id) count.set(id, (count.get(id) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Cells read by each interactive operation on a demo workbook whose history is `times` + 1 as long. */
function measure(times: number): Record<string, number> {
  const emu = benchEmulator('demo');
  const city = busiestCity(emu);
  if (times > 0) growHistory(emu, times);
  setLinks(emu);
  journey(emu, BENCH_USER, 1); // warm-up: the standing mailings, the grown tabs' spare rows
  const out: Record<string, number> = {};
  out['open a city profile'] = cellsRead(sidebar(emu, 'getCityProfile', [city]));
  out['save a contact'] = cellsRead(
    sidebar(emu, 'saveContact', [
      { id: 'CON-000002', version: version(emu, 'Contacts', 'CON-000002'), fields: { title: 'Adviser' } },
    ]),
  );
  out['save a city'] = cellsRead(
    sidebar(emu, 'saveRecord', [
      {
        tab: 'Cities',
        id: 'CTY-000002',
        version: version(emu, 'Cities', 'CTY-000002'),
        fields: { notes: 'n' },
      },
    ]),
  );
  out['log an engagement'] = cellsRead(
    sidebar(emu, 'logEngagement', [
      { fields: { date: '2026-03-10', type: 'meeting', cityIds: ['CTY-000001'], summary: 'Call' } },
    ]),
  );
  out.Find = cellsRead(sidebar(emu, 'getSearchIndex', []));
  // Review lists the application's emails from Sends (history): found by key, not by reading the tab.
  out['open an application for review'] = cellsRead(sidebar(emu, 'getApplicationReview', ['APP-000001']));
  const { enquiry, approval } = journey(emu, BENCH_USER, 2);
  out['one enquiry processed'] = cellsRead(enquiry.execution.records);
  out['one approval'] = cellsRead(approval.execution.records);
  return out;
}

describe('cells read do not grow with history (issue 11.2)', () => {
  const small = measure(0);
  const large = measure(2); // Engagements, Sends, Audit and closed Applications three times as long

  it('measures every interactive operation', () => {
    expect(Object.keys(small).sort()).toEqual(Object.keys(large).sort());
    for (const v of Object.values(small)) expect(v).toBeGreaterThan(0);
  });

  it.each(Object.keys(small))('%s reads the same cells with three times the history', (op) => {
    expect(large[op]).toBe(small[op]);
  });
});
