// Fidelity of the emulated SpreadsheetApp's layout calls: column widths, flush, conditional-format font colours.
import { Emulator } from '../../src/emulator';

/** Runs `body` as the function `t` of a small script and returns its value (throws on error). */
function run(body: string): unknown {
  const r = new Emulator({ source: `function t(){ ${body} }` }).run('t');
  if (r.status !== 'ok') throw new Error(r.error);
  return r.value;
}

describe('SpreadsheetApp layout', () => {
  // Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidths(Integer,Integer,Integer)
  // and https://developers.google.com/apps-script/reference/spreadsheet/sheet#getColumnWidth(Integer) (width in pixels)
  it('Sheet.setColumnWidths sets the pixel width of each column in the span and returns the sheet', () => {
    const v = run(`var sh = SpreadsheetApp.getActive().getSheets()[0];
      var back = sh.setColumnWidths(2, 3, 180);
      return [back.getName() === sh.getName(), sh.getColumnWidth(1), sh.getColumnWidth(2), sh.getColumnWidth(4), sh.getColumnWidth(5)];`);
    expect(v).toEqual([true, 100, 180, 180, 100]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
  // ("Applies all pending Spreadsheet changes"): values written before it read back the same after it.
  it('SpreadsheetApp.flush returns nothing and keeps the writes made before it', () => {
    const v = run(`var sh = SpreadsheetApp.getActive().getSheets()[0];
      sh.getRange('A1:B1').setValues([[1, 'x']]);
      var r = SpreadsheetApp.flush();
      return [r === undefined, sh.getRange('A1:B1').getValues()[0]];`);
    expect(v).toEqual([true, [1, 'x']]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#setFontColor(String)
  // and https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition#getFontColor()
  it("ConditionalFormatRuleBuilder.setFontColor is read back from the rule's boolean condition", () => {
    const v = run(`var sh = SpreadsheetApp.getActive().getSheets()[0];
      var rule = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$A1=""')
        .setBackground('#fce8b2').setFontColor('#990000').setRanges([sh.getRange('A1:A9')]).build();
      sh.setConditionalFormatRules([rule]);
      var c = sh.getConditionalFormatRules()[0].getBooleanCondition();
      return [c.getFontColor(), c.getBackground()];`);
    expect(v).toEqual(['#990000', '#fce8b2']);
  });
});
