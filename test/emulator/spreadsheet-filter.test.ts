// Fidelity of grid filters: Range.createFilter, Sheet.getFilter / Range.getFilter, Filter.setColumnFilterCriteria,
// getColumnFilterCriteria, removeColumnFilterCriteria, getRange, remove, SpreadsheetApp.newFilterCriteria with
// setHiddenValues / whenTextEqualTo / build, FilterCriteria.getHiddenValues / getCriteriaValues / copy, and
// Sheet.isRowHiddenByFilter. The header row (the range's first row) is never hidden.
// Sources: https://developers.google.com/apps-script/reference/spreadsheet/filter
//          https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria-builder
//          https://developers.google.com/apps-script/reference/spreadsheet/filter-criteria
//          https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter()
//          https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByFilter(Integer)
// Believed: the error wordings (a second filter, a column outside the range).
import { Emulator } from '../../src/emulator';

const source = `
function sh() { return SpreadsheetApp.getActive().getSheets()[0]; }
function fill() {
  sh().getRange('A1:C5').setValues([['Name','Status','Hub'],['Ann','member','Africa'],['Bo','lapsed','Europe'],
    ['Cy','member','Europe'],['Di','observer','Africa']]);
}
function hidden() { var out = []; for (var r = 1; r <= 6; r++) out.push(sh().isRowHiddenByFilter(r)); return out; }
function make() {
  var f = sh().getRange('A1:C5').createFilter();
  var c = SpreadsheetApp.newFilterCriteria().setHiddenValues(['lapsed', 'observer']).build();
  f.setColumnFilterCriteria(2, c);
  return { range: f.getRange().getA1Notation(), hiddenValues: sh().getFilter().getColumnFilterCriteria(2).getHiddenValues(),
    none: f.getColumnFilterCriteria(3), viaRange: sh().getRange('B2').getFilter().getRange().getA1Notation(),
    rows: hidden() };
}
function byText() {
  var f = sh().getFilter();
  f.setColumnFilterCriteria(2, null);
  f.setColumnFilterCriteria(3, SpreadsheetApp.newFilterCriteria().whenTextEqualTo('Europe').build());
  var copied = f.getColumnFilterCriteria(3).copy().build();
  return { values: copied.getCriteriaValues(), rows: hidden() };
}
function second() { return sh().getRange('A1:B2').createFilter(); }
function outside() { return sh().getFilter().setColumnFilterCriteria(5, SpreadsheetApp.newFilterCriteria().build()); }
function drop() { var f = sh().getFilter(); f.removeColumnFilterCriteria(3); var a = hidden(); f.remove();
  return { after: a, filter: sh().getFilter(), rows: hidden() }; }
`;

describe('grid filters', () => {
  const emu = new Emulator({ source });
  emu.call('fill');

  it('hides the data rows whose column value is a hidden value, never the header; reads back its criteria', () => {
    expect(emu.call('hidden')).toEqual([false, false, false, false, false, false]);
    expect(emu.call('make')).toEqual({
      range: 'A1:C5',
      hiddenValues: ['lapsed', 'observer'],
      none: null,
      viaRange: 'A1:C5',
      rows: [false, false, true, false, true, false],
    });
  });

  it('whenTextEqualTo shows only the equal cells; null criteria removes a column’s; copy keeps the criteria', () => {
    expect(emu.call('byText')).toEqual({
      values: ['Europe'],
      rows: [false, true, false, false, true, false],
    });
  });

  it('refuses a second filter on the sheet and a column outside the filter range (wording believed)', () => {
    expect(emu.run('second').error).toMatch(/already has a filter/);
    expect(emu.run('outside').error).toMatch(/outside the filter range/);
  });

  it('removeColumnFilterCriteria shows the rows again; remove() leaves no filter', () => {
    expect(emu.call('drop')).toEqual({
      after: [false, false, false, false, false, false],
      filter: null,
      rows: [false, false, false, false, false, false],
    });
  });
});
