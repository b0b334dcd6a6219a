// Setup removes the empty "Sheet1" a new spreadsheet starts with (its grid counts towards the 10 M cells), and
// never a first tab that holds anything.

import { Emulator } from '../../../src/emulator';
import { stableDist } from '../../support/reliability/stableDist';
import { OWNER } from '../../support/reliability/workbookView';

const setup = (emu: Emulator) => {
  const r = emu.run<{ changes: string[] }>('setupWorkbook', [], { user: OWNER });
  if (r.status !== 'ok') throw new Error(`setup ${r.status}: ${r.error}`);
  return r.value!;
};
const names = (emu: Emulator) => emu.backend.stores.spreadsheets.bound.sheets.map((s) => s.name);

describe('Setup and the default first tab', () => {
  it('removes an empty Sheet1 and says so; a second setup changes nothing more', () => {
    const emu = new Emulator({ distDir: stableDist() });
    expect(names(emu)).toContain('Sheet1');
    const report = setup(emu);
    expect(names(emu)).not.toContain('Sheet1');
    expect(names(emu)).toContain('Cities');
    expect(report.changes.join(' ')).toContain('The empty tab “Sheet1”');
    expect(setup(emu).changes.join(' ')).not.toContain('Sheet1');
  });

  it('keeps a Sheet1 that holds anything, even one cell far from A1', () => {
    const emu = new Emulator({ distDir: stableDist() });
    emu.backend.stores.spreadsheets.bound.sheetByName('Sheet1')!.setValuesRaw(40, 7, [['notes kept here']]);
    const report = setup(emu);
    expect(names(emu)).toContain('Sheet1');
    expect(report.changes.join(' ')).not.toContain('Sheet1');
    expect(emu.backend.stores.spreadsheets.bound.sheetByName('Sheet1')!.getValues(40, 7, 1, 1)).toEqual([
      ['notes kept here'],
    ]);
  });
});
