// Fidelity of the emulated SpreadsheetApp's values: types, typed-text conversion, formulas, shapes, display values.
import { Emulator } from '../../src/emulator';

/** Runs `body` as the function `t` of a small script and returns its value (throws on error). */
function run(body: string, emu?: Emulator): unknown {
  const e = emu ?? new Emulator({ source: `function t(){ ${body} }` });
  const r = e.run('t');
  if (r.status !== 'ok') throw new Error(r.error);
  return r.value;
}

describe('SpreadsheetApp values', () => {
  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues
  it('getValues returns Date objects for dates (in the script realm), numbers, booleans and "" for empty cells', () => {
    const v = run(`
      var sh = SpreadsheetApp.getActive().getSheetByName('Sheet1');
      sh.getRange('A1:C1').setValues([[new Date(2026, 0, 15), 3, true]]);
      var vals = sh.getRange('A1:D2').getValues();
      return [vals[0][0] instanceof Date, typeof vals[0][1], typeof vals[0][2], vals[0][3], vals[1][0], vals.length, vals[0].length];
    `);
    expect(v).toEqual([true, 'number', 'boolean', '', '', 2, 4]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
  it('converts strings as if typed: numbers, dates (en_GB day first), percentages, booleans', () => {
    const v = run(`
      var r = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:F1');
      r.setValues([['01234', '1/2/2026', '50%', 'TRUE', 'false', ' 12.5 ']]);
      var x = r.getValues()[0];
      return [x[0], x[1] instanceof Date, x[1].getFullYear(), x[1].getMonth(), x[1].getDate(), x[2], x[3], x[4], x[5]];
    `);
    expect(v).toEqual([1234, true, 2026, 1, 1, 0.5, true, false, 12.5]);
  });

  // Source: https://developers.google.com/sheets/api/guides/formats (plain text format '@')
  it('keeps text exactly in cells formatted as plain text (@)', () => {
    const v = run(`
      var r = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:D1');
      r.setNumberFormat('@');
      r.setValues([['01234', '1/2', 'TRUE', '=1+2']]);
      return [r.getValues()[0], r.getFormulas()[0], r.getNumberFormat()];
    `);
    expect(v).toEqual([['01234', '1/2', 'TRUE', '=1+2'], ['', '', '', ''], '@']);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue ("If it begins with '=' it is interpreted as a formula")
  it('turns text starting with = into a formula; simple arithmetic and & are computed', () => {
    const v = run(`
      var sh = SpreadsheetApp.getActive().getSheets()[0];
      sh.getRange('A1:C1').setValues([[2, '=A1*10+1', '="a"&"b"']]);
      return [sh.getRange('A1:C1').getValues()[0], sh.getRange('B1').getFormula(), sh.getRange('A1:C1').getFormulas()[0]];
    `);
    expect(v).toEqual([[2, 21, 'ab'], '=A1*10+1', ['', '=A1*10+1', '="a"&"b"']]);
  });

  // Sheets computes =SUM(A1:A3) (here 2; https://support.google.com/docs/answer/3093669); an unknown function is
  // #NAME? (test/emulator/fidelity-formulas.test.ts covers the rest). The formula text itself is kept as Google keeps
  // it (https://developers.google.com/apps-script/reference/spreadsheet/range#getformula).
  it('computes sheet functions such as =SUM(...), keeping the formula text', () => {
    const v = run(`
      var sh = SpreadsheetApp.getActive().getSheets()[0];
      sh.getRange('A1:D1').setValues([[2, '=A1*10+1', '="a"&"b"', '=SUM(A1:A3)']]);
      return [sh.getRange('D1').getValue(), sh.getRange('D1').getFormula()];
    `);
    expect(v).toEqual([2, '=SUM(A1:A3)']);
  });

  // Source: https://support.google.com/docs/answer/58515 (an apostrophe before the entry keeps it as text)
  it('stores text after a leading apostrophe: "\'=x" is the text "=x", "\'0123" stays "0123"', () => {
    const v = run(`
      var r = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B1');
      r.setValues([["'=x", "'0123"]]);
      return [r.getValues()[0], r.getFormulas()[0]];
    `);
    expect(v).toEqual([
      ['=x', '0123'],
      ['', ''],
    ]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
  it('setValues throws when the data has a different number of rows or columns than the range', () => {
    const emu = new Emulator({
      source: `
        function rows(){ SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B2').setValues([[1,2]]); }
        function cols(){ SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B2').setValues([[1,2],[3]]); }`,
    });
    expect(emu.run('rows').error).toBe(
      'Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(emu.run('cols').error).toBe(
      'Exception: The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow
  it('getLastRow and getDataRange ignore trailing rows whose values are all empty', () => {
    const v = run(`
      var sh = SpreadsheetApp.getActive().getSheets()[0];
      sh.getRange('A1:C5').setValues([[1,2,3],[4,5,6],[7,'',''],['','',''],['','','']]);
      sh.getRange('A3').setValue('');
      sh.getRange('E10').setBackground('#ff0000');
      return [sh.getLastRow(), sh.getLastColumn(), sh.getDataRange().getA1Notation(), sh.getMaxRows()];
    `);
    expect(v).toEqual([2, 3, 'A1:C2', 1000]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues
  it('getDisplayValues renders numbers and dates through their number format', () => {
    const v = run(`
      var sh = SpreadsheetApp.getActive().getSheets()[0];
      var d = new Date(2026, 2, 7, 0, 0, 0);
      sh.getRange('A1:H1').setValues([[d, d, d, 3.14159, 0.256, 1234567.891, 1234, d]]);
      sh.getRange('A1').setNumberFormat('yyyy-mm-dd');
      sh.getRange('B1').setNumberFormat('dd/mm/yyyy');
      sh.getRange('D1').setNumberFormat('0.00');
      sh.getRange('E1').setNumberFormat('0%');
      sh.getRange('F1').setNumberFormat('#,##0.00');
      sh.getRange('G1').setNumberFormat('@');
      sh.getRange('H1').setNumberFormat('d mmm yyyy hh:mm');
      return sh.getRange('A1:H1').getDisplayValues()[0].concat(sh.getRange('C1').getDisplayValue());
    `);
    expect(v).toEqual([
      '2026-03-07',
      '07/03/2026',
      '07/03/2026',
      '3.14',
      '26%',
      '1,234,567.89',
      '1234',
      '7 Mar 2026 00:00',
      '07/03/2026',
    ]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getnumberformat
  it('an unformatted cell reports the automatic number format "0.###############"', () => {
    expect(run(`return SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getNumberFormat();`)).toBe(
      '0.###############',
    );
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
  it('appendRow writes after the last row, converting like setValues, and grows a full sheet', () => {
    const v = run(`
      var sh = SpreadsheetApp.getActive().insertSheet('Small');
      sh.deleteRows(3, sh.getMaxRows() - 3);
      sh.getRange('A1:B3').setValues([['h1','h2'],[1,2],[3,4]]);
      sh.appendRow(['5', '=A4*2']);
      return [sh.getMaxRows(), sh.getLastRow(), sh.getRange('A4:B4').getValues()[0]];
    `);
    expect(v).toEqual([4, 4, [5, 10]]);
  });

  it('accounts cells read and written on each call in backend.calls', () => {
    const emu = new Emulator({
      source: `function t(){ var r = SpreadsheetApp.getActive().getSheets()[0].getRange(1,1,3,4); r.setValues([[1,2,3,4],[1,2,3,4],[1,2,3,4]]); r.getValues(); r.getCell(1,1).getValue(); }`,
    });
    emu.run('t');
    const calls = emu.backend.calls.map((c) => [c.method, c.cellsRead, c.cellsWritten]);
    expect(calls).toContainEqual(['setValues', 0, 12]);
    expect(calls).toContainEqual(['getValues', 12, 0]);
    expect(calls).toContainEqual(['getValue', 1, 0]);
  });
});
