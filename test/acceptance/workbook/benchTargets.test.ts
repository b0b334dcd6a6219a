// The workbook bench rows' behavioural targets (issue 3), on the demo workbook and a larger copy: ratio ≤ 1.5 of the
// lower bound, and a single-record save whose call count does not grow with the table. Counts only, no timings.

import { BENCH_USER, benchEmulator } from '../../../bench/benchWorkbook';
import type { BenchRow } from '../../../bench/measure';
import { workbookOperations } from '../../../bench/workbookOperations';
import { CONTACTS } from '../../../sheets-templates';
import type { DemoSize } from '../../../src/demo/generate';
import type { Emulator } from '../../../src/emulator';
import { sheet } from './harness';

/** The demo workbook with every contact copied once more (new ids and emails): twice the Contacts rows. */
function demoWithMoreContacts(): Emulator {
  const emu = benchEmulator('demo');
  const contacts = sheet(emu, CONTACTS.name);
  const last = contacts.lastRow();
  const width = contacts.lastColumn();
  const header = contacts.getValues(1, 1, 1, width)[0]!.map(String);
  const id = header.indexOf('Contact ID');
  const email = header.indexOf('Email');
  const copies = contacts.getValues(2, 1, last - 1, width).map((row, i) => {
    const copy = [...row];
    copy[id] = `CON-${String(last + i).padStart(6, '0')}`;
    if (copy[email] !== '') copy[email] = `copy.${String(copy[email])}`;
    return copy;
  });
  const need = last + copies.length;
  if (contacts.maxRows < need) contacts.insertRows(contacts.maxRows + 1, need - contacts.maxRows);
  contacts.setValuesRaw(last + 1, 1, copies as never);
  return emu;
}

// workbookOperations asks for 'demo' and 'bench' workbooks; here 'bench' is the cheaper larger copy of demo.
const build = (size: DemoSize) => (size === 'demo' ? benchEmulator('demo') : demoWithMoreContacts());
const rows: BenchRow[] = workbookOperations(build, BENCH_USER).flatMap((op) => op.run());

describe('workbook bench targets', () => {
  it('has rows for setup (empty and set up), validate and the single-record save', () => {
    const names = rows.map((r) => r.operation).join('\n');
    for (const want of [
      /set up an empty workbook/,
      /set up or repair/,
      /validate workbook/,
      /single-record save/,
    ])
      expect(names).toMatch(want);
  });

  it.each(rows.map((r) => [r.operation, r] as const))(
    '%s: within ratio 1.5 of its lower bound',
    (_name, row) => {
      expect(row.ratio).toBeLessThanOrEqual(1.5);
    },
  );

  it('single-record save: the same calls and cells read on a table twice as long (a keyed read)', () => {
    const saves = rows.filter((r) => /single-record save/.test(r.operation));
    expect(saves).toHaveLength(2);
    const [small, large] = saves as [BenchRow, BenchRow];
    expect(large.cellsRead).toBe(small.cellsRead);
    expect(large.calls).toBe(small.calls);
    expect(large.ioCalls).toBe(small.ioCalls);
  });
});
