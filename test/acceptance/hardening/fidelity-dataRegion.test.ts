// Fidelity: Range.getDataRegion() and getDataRegion(dimension), and the SpreadsheetApp.Dimension enum.
import { Emulator } from '../../../src/emulator';

const source = `
function fill() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  // A table at B2:D5 (one blank cell inside it, at C4), a lone value at F8 and one diagonal to the table at E6.
  sheet.getRange('B2:D5').setValues([['Name', 'Hub', 'Score'], ['a', 'MENA', 1], ['b', '', 2], ['c', 'Asia', '=D3+D4']]);
  sheet.getRange('F8').setValue('alone');
  sheet.getRange('E6').setValue('diagonal');
}
function region(a1, dim) {
  var range = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(a1);
  var r = dim ? range.getDataRegion(SpreadsheetApp.Dimension[dim]) : range.getDataRegion();
  return r.getA1Notation();
}
function dims() { return [String(SpreadsheetApp.Dimension.ROWS), String(SpreadsheetApp.Dimension.COLUMNS)]; }
`;

function setUp(): Emulator {
  const emu = new Emulator({ source });
  emu.call('fill');
  return emu;
}

describe('Range.getDataRegion', () => {
  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getDataRegion() — "expanded in
  // the four cardinal Directions to cover all adjacent cells with data in them. If the range is surrounded by empty
  // cells not including those along the diagonals, the range itself is returned" (Ctrl+A in the editor).
  it('grows over the adjacent table, ignores cells only diagonal to it, and returns a lone range itself', () => {
    const emu = setUp();
    expect(emu.call('region', ['C3'])).toBe('B2:D5');
    expect(emu.call('region', ['C4'])).toBe('B2:D5');
    expect(emu.call('region', ['F8'])).toBe('F8');
    expect(emu.call('region', ['H1'])).toBe('H1');
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getDataRegion(Dimension) — ROWS
  // expands up and down, COLUMNS left and right (Shift+Space / Ctrl+Space in the editor).
  it('grows along one dimension only when given SpreadsheetApp.Dimension', () => {
    const emu = setUp();
    expect(emu.call('region', ['C3', 'ROWS'])).toBe('C2:C5');
    expect(emu.call('region', ['C3', 'COLUMNS'])).toBe('B3:D3');
    expect(emu.call('region', ['F8', 'ROWS'])).toBe('F8');
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/dimension (COLUMNS, ROWS)
  it('exposes SpreadsheetApp.Dimension', () => {
    expect(new Emulator({ source }).call('dims')).toEqual(['ROWS', 'COLUMNS']);
  });
});
