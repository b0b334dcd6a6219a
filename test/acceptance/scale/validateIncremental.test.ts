// Issue 11.3: Validate workbook is incremental by default: after a full run it reads the rows changed since, not
// the tabs, and still finds every problem introduced after the run — by the grid, by an append, in the history.
import { editCell } from '../../support/reliability/operations';
import { headers } from '../workbook/harness';
import {
  cellsRead,
  cellsWritten,
  check,
  demoWorkbook,
  HIGHLIGHT,
  highlighted,
  keysOf,
  plant,
  sheet,
} from './validateHarness';

describe('incremental validation (demo-size workbook)', () => {
  it('finds problems introduced after the last full run, reading a small part of the workbook', () => {
    const emu = demoWorkbook();
    const full = check(emu);
    expect(full.value!.mode).toBe('full');
    expect(full.value!.complete).toBe(true);
    const before = keysOf(full.value!.problems);
    expect(before.some((k) => k.startsWith('Contacts!40:'))).toBe(true);

    // A contact's email typed in the grid (onEdit stamps the row), an engagement edited in the grid (history: found
    // through the Audit tail), and an engagement appended below the data (found by position).
    expect(editCell(emu, 'Contacts', 'Email', 700, 'typo@').status).toBe('ok');
    expect(editCell(emu, 'Engagements', 'Cities', 120, 'CTY-888888').status).toBe('ok');
    const engagements = sheet(emu, 'Engagements');
    // The grid grows inside its formatted rows (before its last row, here empty), as the store does.
    engagements.insertRows(engagements.lastRow() + 1, 10);
    const last = engagements.lastRow();
    const copy = engagements.getValues(last, 1, 1, engagements.lastColumn())[0]!;
    copy[0] = 'ENG-999999';
    copy[headers(emu, 'Engagements').indexOf('Contacts')] = 'CON-777777';
    engagements.setValuesRaw(last + 1, 1, [copy as string[]]);

    const inc = check(emu);
    expect(inc.value!.mode).toBe('incremental');
    const after = keysOf(inc.value!.problems);
    for (const k of before) expect(after).toContain(k); // the problems already known are still listed
    const added = after.filter((k) => before.indexOf(k) < 0);
    expect(added).toEqual(
      [
        expect.stringMatching(/^Contacts!700:\d+ Email: .*not a valid email/),
        expect.stringMatching(/^Engagements!120:\d+ .*CTY-888888 was not found in Cities/),
        expect.stringMatching(
          new RegExp(`^Engagements!${last + 1}:\\d+ .*CON-777777 was not found in Contacts`),
        ),
      ].sort(),
    );
    expect(added).toHaveLength(3);
    // The full run read every tab; the incremental one reads a few columns and the rows changed.
    expect(cellsRead(inc)).toBeLessThan(cellsRead(full) / 10);
    // The new invalid cells are highlighted, as three single cells (no rectangle).
    const emailCol = headers(emu, 'Contacts').indexOf('Email') + 1;
    expect(sheet(emu, 'Contacts').formats.background.get(700, emailCol)).toBe(HIGHLIGHT);
    expect(cellsWritten(inc)).toBe(3);
  });

  it('clears highlights once fixed and keeps the others', () => {
    const emu = demoWorkbook();
    check(emu);
    const lit = highlighted(emu);
    expect(lit).toContain(`Contacts!40:${headers(emu, 'Contacts').indexOf('Email') + 1}`);
    expect(editCell(emu, 'Contacts', 'Email', 40, 'fixed@amman.gov.jo').status).toBe('ok');
    const inc = check(emu);
    expect(highlighted(emu)).toEqual(lit.filter((k) => !k.startsWith('Contacts!40:')));
    expect(inc.value!.problems.some((p) => p.tab === 'Contacts' && p.row === 40)).toBe(false);
    expect(cellsWritten(inc)).toBe(1);
    // A fix made behind the bundle's back (no stamp) is seen too: highlighted rows are checked on every run.
    plant(emu, 'Cities', 10, 'Country', 'Jordan');
    check(emu);
    expect(highlighted(emu).some((k) => k.startsWith('Cities!10:'))).toBe(false);
  });

  it('with nothing changed, lists the same problems and writes no cell', () => {
    const emu = demoWorkbook();
    const full = check(emu);
    const again = check(emu);
    expect(keysOf(again.value!.problems)).toEqual(keysOf(full.value!.problems));
    expect(cellsWritten(again)).toBe(0);
  });
});
