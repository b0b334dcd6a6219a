// Fidelity: formula functions a dashboard writes compute as in Sheets (SUM, IF, COUNTIF(S), SUMIF(S), TODAY, …),
// with open-ended ranges and references to other tabs.
import { Emulator } from '../../../src/emulator';

const source = `
function build() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var cities = ss.getSheets()[0].setName('Cities');
  cities.getRange('A1:C6').setValues([
    ['Name', 'Status', 'Population'],
    ['Amman', 'member', 4000000],
    ['Tunis', 'Member', 600000],
    ['Oslo', 'prospect', 700000],
    ['Rabat', 'member', ''],
    ['Nairobi', 'lapsed', 4400000],
  ]);
  var dash = ss.insertSheet('My Dashboard');
  var formulas = [
    "=SUM('Cities'!C2:C)",
    "=COUNTIF(Cities!B2:B, \\"member\\")",
    "=COUNTIFS(Cities!B:B, \\"member\\", Cities!C:C, \\">1000000\\")",
    "=SUMIF(Cities!B2:B, \\"<>member\\", Cities!C2:C)",
    "=SUMIFS(Cities!C2:C, Cities!B2:B, \\"m*\\")",
    "=AVERAGE(Cities!C2:C6)",
    "=MAX(Cities!C2:C)",
    "=MIN(Cities!C2:C6)",
    "=IF(AND(A1>1, OR(FALSE, TRUE)), \\"yes\\", 1/0)",
    "=IFERROR(1/0, \\"none\\")",
    "=TODAY()",
    "=TODAY()-7",
    "=NOSUCHFUNCTION(1)",
    "=SUM(Nowhere!A1:A3)",
    "=AVERAGE(Cities!D2:D6)",
  ];
  dash.getRange(1, 1, formulas.length, 1).setFormulas(formulas.map(function (f) { return [f]; }));
}
function values() {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('My Dashboard').getRange('A1:A15').getValues()
    .map(function (r) { var v = r[0]; return v instanceof Date ? 'date:' + Utilities.formatDate(v, 'UTC', 'yyyy-MM-dd') : v; });
}
`;

describe('formula functions', () => {
  // Sources (Google Sheets function reference, https://support.google.com/docs/table/25273): SUM, COUNTIF ("case
  // insensitive"), COUNTIFS, SUMIF, SUMIFS (wildcards * and ?), AVERAGE (#DIV/0! without numbers), MAX, MIN, IF,
  // AND, OR, IFERROR, TODAY (a date; getValue returns a Date:
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getvalue); an unknown function is
  // #NAME?, a missing tab #REF!.
  it('computes the functions a dashboard writes, across tabs and over open-ended ranges', () => {
    const emu = new Emulator({ source, start: new Date('2026-03-10T09:00:00Z'), timeZone: 'UTC' });
    emu.call('build');
    expect(emu.call('values')).toEqual([
      9700000,
      3,
      1,
      5100000,
      4600000,
      2425000,
      4400000,
      600000,
      'yes',
      'none',
      'date:2026-03-10',
      'date:2026-03-03',
      '#NAME?',
      '#REF!',
      '#DIV/0!',
    ]);
  });
});
