// Fidelity: rows inserted into a sheet take the formats and data validation of the row above them.
//
// Google documents the inheritance for the Sheets API (InsertDimensionRequest.inheritFromBefore: "Whether dimension
// properties should be extended from the dimensions before or after the newly inserted dimensions"):
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
// For Apps Script's Sheet.insertRowsAfter/insertRowsBefore (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsafterafterposition,-howmany)
// and for a person's "Insert rows" in the grid, that new rows copy the row above's formatting and dropdowns
// (and the row after's when inserted at row 1) is believed from public reports, not stated on the page.
import { Emulator } from '../../src/emulator';

function run(body: string): unknown {
  const r = new Emulator({ source: `function t(){ ${body} }` }).run('t');
  if (r.status !== 'ok') throw new Error(r.error);
  return r.value;
}

const RULED = `var sh = SpreadsheetApp.getActive().getSheets()[0];
  var rule = SpreadsheetApp.newDataValidation().requireValueInList(['member','lapsed'], true).build();
  sh.getRange('B2:B10').setDataValidation(rule);
  sh.getRange('C2:C10').setNumberFormat('@');
  sh.getRange('B10').setNote('a note');
  function has(a1){ return sh.getRange(a1).getDataValidation() !== null; }`;

describe('inserted rows inherit from the row above', () => {
  it('rows appended right after a ruled range get its rule and format (not its notes)', () => {
    const v = run(`${RULED}
      sh.insertRowsAfter(10, 5);
      return [has('B11'), has('B15'), has('B16'), sh.getRange('C15').getNumberFormat(), sh.getRange('B11').getNote()];`);
    expect(v).toEqual([true, true, false, '@', '']);
  });

  it('rows inserted inside the range are covered; rows inserted below an unruled row are not', () => {
    const v = run(`${RULED}
      sh.insertRowsBefore(5, 2);
      var inside = [has('B5'), has('B6'), has('B12')];
      sh.insertRowsAfter(20, 3);
      return [inside, has('B21'), has('B23'), sh.getMaxRows()];`);
    expect(v).toEqual([[true, true, true], false, false, 1005]);
  });

  it('a row inserted above the first ruled row takes the row above it (the header), not the rule', () => {
    const v = run(`${RULED}
      sh.getRange('A1:C1').setFontWeight('bold');
      sh.insertRowBefore(2);
      return [has('B2'), has('B3'), sh.getRange('B2').getFontWeight()];`);
    expect(v).toEqual([false, true, 'bold']);
  });

  it('the grid grown at its last row (the store adding a block) carries a rule laid to the last row', () => {
    const v = run(`var sh = SpreadsheetApp.getActive().getSheets()[0];
      sh.getRange(2, 4, sh.getMaxRows() - 1, 1).setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
      sh.insertRowsAfter(sh.getMaxRows(), 500);
      return [sh.getMaxRows(), sh.getRange(1500, 4).getDataValidation().getCriteriaType() + ''];`);
    expect(v).toEqual([1500, 'CHECKBOX']);
  });
});
