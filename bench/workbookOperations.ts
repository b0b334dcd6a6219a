// Bench rows of issue 3: set up or repair, validate, and a single-record save (on two sizes, to show flat call counts).

import { TABLE_TABS, TABS } from '../sheets-templates';
import type { DemoSize } from '../src/demo/generate';
import { type CallRecord, Emulator, type RunResult } from '../src/emulator';
import { summarise } from './measure';
import type { BenchOperation } from './operations';
import { setupFromEmptyLowerBound } from './setupLowerBound';

function must<T>(r: RunResult<T>, what: string): RunResult<T> {
  if (r.status !== 'ok') throw new Error(`${what} failed: ${r.error}`);
  return r;
}

const reads = (records: CallRecord[]) => records.filter((r) => r.class === 'read');

/** Tabs read by setup: every tab with a header row (table tabs and Settings). */
const SETUP_TABS = TABLE_TABS.length + 1;

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
        // Lower bound: one header read per tab; nothing to write.
        return [summarise(this.name, r.execution.records, SETUP_TABS, 'second run: zero writes')];
      },
    },
    {
      name: 'validate workbook (bench workbook)',
      run() {
        const emu = build('bench');
        must(emu.run('setupWorkbook', [], { user }), 'setup');
        const rows = [];
        for (const pass of ['first', 'again']) {
          const r = must(emu.run<{ total: number }>('checkWorkbook', [], { user }), 'validate');
          const highlightWrites = r.execution.records.filter((c) => c.method === 'setBackgrounds').length;
          const formatReads = r.execution.records.filter((c) => c.method === 'getNumberFormats').length;
          // Lower bound: one read per tab (tables + Settings), one write per tab whose highlights change, and one
          // number-format read per table tab with data (the lost-'@' check; getValues does not return formats).
          const lb = SETUP_TABS + highlightWrites + formatReads;
          rows.push(
            summarise(
              `${this.name}, ${pass}`,
              r.execution.records,
              lb,
              `${r.value!.total} problems; ${reads(r.execution.records).length} reads`,
            ),
          );
        }
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
          // Lower bound: read Staff (role), Contacts and Audit's header; write the contact's row span and the audit row.
          return [
            summarise(this.name, r.execution.records, 5, `${r.execution.records.length} calls at any size`),
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
