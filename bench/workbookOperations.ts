// Bench rows of issue 3: set up or repair, validate, and a single-record save (on two sizes, to show flat call counts).

import { TABLE_TABS, TABS } from '../sheets-templates';
import { validationOf } from '../src/core/workbook/tabDecorations';
import type { DemoSize } from '../src/demo/generate';
import { type CallRecord, Emulator, type RunResult } from '../src/emulator';
import { AUDITED_WRITE, holds, keyedRead, rowsWhere, WHOLE_READ } from './lowerBound';
import { summarise } from './measure';
import type { BenchOperation } from './operations';
import { setupFromEmptyLowerBound } from './setupLowerBound';

/** A digest of each tab's background layer: which tabs' highlights a run changed, read from the model. */
function highlightState(emu: Emulator): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of emu.backend.stores.spreadsheets.bound.sheets)
    out.set(s.name, JSON.stringify((s.formats.background as unknown as { entries: unknown }).entries));
  return out;
}

/** Table tabs holding at least one data row: each needs its number formats read (getValues has none). */
function tablesWithData(emu: Emulator): number {
  const book = emu.backend.stores.spreadsheets.bound;
  return TABLE_TABS.filter((t) => (book.sheetByName(t.name)?.lastRow() ?? 0) > 1).length;
}

function must<T>(r: RunResult<T>, what: string): RunResult<T> {
  if (r.status !== 'ok') throw new Error(`${what} failed: ${r.error}`);
  return r;
}

const reads = (records: CallRecord[]) => records.filter((r) => r.class === 'read');

/** Tabs read by setup: every tab with a header row (table tabs and Settings). */
const SETUP_TABS = TABLE_TABS.length + 1;
/**
 * Tabs with a dropdown, checkbox or date rule: setup again must look at each one's last grid row to know the rules
 * still reach it (issue 10 item 10), a range apart from the header, so one more read each.
 */
const RULED_TABS = TABLE_TABS.filter((t) =>
  t.columns.some((c) => validationOf(c, { languages: ['en'], topics: ['x'] }) !== undefined),
).length;

export function workbookOperations(build: (size: DemoSize) => Emulator, user: string): BenchOperation[] {
  return [
    {
      name: 'set up an empty workbook',
      run() {
        const emu = new Emulator();
        const r = must(emu.run('setupWorkbook', [], { user }), 'setup');
        // Lower bound: the fewest writes that could build the resulting tabs (bench/setupLowerBound.ts).
        const book = emu.backend.stores.spreadsheets.bound;
        const lb = setupFromEmptyLowerBound(
          book,
          TABS.map((t) => t.name),
        );
        return [summarise(this.name, r.execution.records, lb, `${TABS.length} tabs created`)];
      },
    },
    {
      name: 'set up or repair workbook (bench workbook, already set up)',
      run() {
        const emu = build('bench');
        must(emu.run('setupWorkbook', [], { user }), 'setup'); // decorates the grids grown by the data load
        const r = must(emu.run('setupWorkbook', [], { user }), 'setup');
        // Lower bound: one header read per tab and one last-row read per ruled tab; nothing to write.
        return [
          summarise(this.name, r.execution.records, SETUP_TABS + RULED_TABS, 'second run: zero writes'),
        ];
      },
    },
    {
      name: 'validate workbook (bench workbook)',
      run() {
        const emu = build('bench');
        must(emu.run('setupWorkbook', [], { user }), 'setup');
        const rows = [];
        for (const pass of ['first', 'again']) {
          const before = highlightState(emu);
          const withData = tablesWithData(emu);
          const r = must(emu.run<{ total: number }>('checkWorkbook', [], { user }), 'validate');
          const after = highlightState(emu);
          const changedTabs = [...after].filter(([tab, digest]) => before.get(tab) !== digest).length;
          // Lower bound, from the workbook (issue 19.6): one read per tab (tables + Settings), one number-format
          // read per table tab with data (the lost-'@' check; getValues does not return formats), and one write
          // per tab whose highlights differ after the run (compared in the model, not counted from the calls).
          const lb = SETUP_TABS + withData + changedTabs;
          rows.push(
            summarise(
              `${this.name}, ${pass}`,
              r.execution.records,
              lb,
              `${r.value!.total} problems; ${reads(r.execution.records).length} reads`,
            ),
          );
        }
        // Incremental after one change (issue 11.3): one contact saved through the bundle, then validate again.
        must(
          emu.run(
            'saveRecord',
            [
              {
                tab: 'Contacts',
                id: 'CON-000001',
                version: readVersion(emu),
                fields: { title: 'Changed once' },
              },
            ],
            { user },
          ),
          'save',
        );
        const before = highlightState(emu);
        const r = must(emu.run<{ total: number }>('checkWorkbook', [], { user }), 'validate');
        const changedTabs = [...highlightState(emu)].filter(([tab, d]) => before.get(tab) !== d).length;
        rows.push(
          summarise(
            `${this.name}, after one change`,
            r.execution.records,
            SETUP_TABS + tablesWithData(emu) + changedTabs,
            `${r.value!.total} problems; ${reads(r.execution.records).length} reads; target ≤ 200,000 cells read`,
          ),
        );
        return rows;
      },
    },
    ...(['demo', 'bench'] as DemoSize[]).map(
      (size): BenchOperation => ({
        name: `single-record save (contact, ${size} workbook)`,
        run() {
          const emu = build(size);
          must(emu.run('setupWorkbook', [], { user }), 'setup');
          const save = (version: number, name: string) =>
            must(
              emu.run<{ version: number }>(
                'saveRecord',
                [{ tab: 'Contacts', id: 'CON-000001', version, fields: { name } }],
                { user },
              ),
              'save',
            );
          const warm = save(readVersion(emu), 'Warm-up Name');
          const r = save(warm.value!.version, 'Benchmark Name');
          // Lower bound: Staff read whole (the caller's role); the contact found by id (header, search, its row);
          // the changed span written; the audited write's Audit header, audit row and flush.
          const lb =
            WHOLE_READ +
            keyedRead(1, rowsWhere(emu, 'Contacts', 'Contact ID', holds('CON-000001'))) +
            1 +
            AUDITED_WRITE;
          return [
            summarise(this.name, r.execution.records, lb, `${r.execution.records.length} calls at any size`),
          ];
        },
      }),
    ),
  ];
}

function readVersion(emu: Emulator): number {
  const sheet = emu.backend.stores.spreadsheets.bound.sheetByName('Contacts')!;
  const header = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!;
  const v = sheet.getValues(2, header.indexOf('Version') + 1, 1, 1)[0]![0];
  return typeof v === 'number' ? v : 1;
}
