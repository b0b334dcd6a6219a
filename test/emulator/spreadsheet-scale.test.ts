// The emulated Spreadsheet at network scale: one setValues and one getValues of 30,000 × 15 cells, host and script side.
import { Emulator } from '../../src/emulator';

describe('SpreadsheetApp at scale', () => {
  // Source: https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations
  it('writes and reads 30,000 rows × 15 columns in one call each, counting every cell', () => {
    const emu = new Emulator({
      source: `function t(){
        var rows = [];
        for (var i = 0; i < 30000; i++) {
          var line = [];
          for (var j = 0; j < 15; j++) line.push(j === 0 ? 'ENG-' + i : j === 1 ? new Date(2026, 0, 1 + (i % 300)) : i * j);
          rows.push(line);
        }
        var sh = SpreadsheetApp.getActive().insertSheet('Engagements');
        // A range must fit the grid (1,000 rows by default), so the sheet grows first.
        sh.insertRowsAfter(sh.getMaxRows(), rows.length - sh.getMaxRows());
        sh.getRange(1, 1, rows.length, 15).setValues(rows);
        var back = sh.getDataRange().getValues();
        return [back.length, back[29999][0], back[123][1] instanceof Date, back[29999][14], sh.getLastRow()];
      }`,
    });
    expect(emu.call('t')).toEqual([30000, 'ENG-29999', true, 29999 * 14, 30000]);
    const big = emu.backend.calls.filter((c) => c.method === 'setValues' || c.method === 'getValues');
    expect(big.map((c) => c.cellsWritten + c.cellsRead)).toEqual([450000, 450000]);
  });

  it('host-side bulk access: setValuesRaw, getValues, appendRow, row inserts', () => {
    const emu = new Emulator({ source: 'function t(){}' });
    const sheet = emu.backend.stores.spreadsheets.bound.insertSheet('Raw');
    sheet.setValuesRaw(1, 1, [['01234', '=not a formula']]);
    expect(sheet.getValues(1, 1, 1, 2)).toEqual([['01234', '=not a formula']]);
    sheet.appendRow(['02', 'TRUE']);
    expect(sheet.getValues(2, 1, 1, 2)).toEqual([[2, true]]);
    sheet.insertRows(1, 1);
    expect([sheet.lastRow(), sheet.lastColumn(), sheet.getValues(2, 1, 1, 1)[0][0]]).toEqual([3, 2, '01234']);
  });
});
