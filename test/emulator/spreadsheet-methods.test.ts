// Fidelity of the SpreadsheetApp methods the CRM's setup, validation and sidebars call, each against its reference page.
import { Emulator } from '../../src/emulator';

function run(body: string): unknown {
  const r = new Emulator({ source: `function t(){ ${body} }` }).run('t');
  if (r.status !== 'ok') throw new Error(r.error);
  return r.value;
}

const SHEET = `var ss = SpreadsheetApp.getActive(); var sh = ss.getSheets()[0];`;

describe('SpreadsheetApp methods used by the CRM', () => {
  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#setbackgroundscolor
  // and #getbackgrounds: colours in CSS notation, white ('#ffffff') for cells without a fill.
  it('setBackgrounds/getBackgrounds: a grid of CSS colours, white by default; the grid must match the range', () => {
    expect(
      run(`${SHEET} var r = sh.getRange('A1:B2'); var before = r.getBackgrounds();
        r.setBackgrounds([['#ff0000', null], ['#00ff00', '#ffffff']]);
        return [before, r.getBackgrounds()];`),
    ).toEqual([
      [
        ['#ffffff', '#ffffff'],
        ['#ffffff', '#ffffff'],
      ],
      [
        ['#ff0000', '#ffffff'],
        ['#00ff00', '#ffffff'],
      ],
    ]);
    expect(() => run(`${SHEET} sh.getRange('A1:B2').setBackgrounds([['#ff0000']]);`)).toThrow(/rows|columns/);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getnumcolumns
  // and https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getnumsheets
  it('getNumColumns/getNumRows give the range size; getNumSheets counts the tabs', () => {
    expect(
      run(`${SHEET} ss.insertSheet('Cities'); var r = sh.getRange(2, 3, 4, 5);
      return [r.getNumRows(), r.getNumColumns(), ss.getNumSheets()];`),
    ).toEqual([4, 5, 2]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsafterafterposition,-howmany
  it('insertColumnsAfter shifts later columns right and grows the grid', () => {
    expect(
      run(`${SHEET} sh.getRange('A1:C1').setValues([['a', 'b', 'c']]); var cols = sh.getMaxColumns();
        sh.insertColumnsAfter(1, 2);
        return [sh.getRange('A1:E1').getValues()[0], sh.getMaxColumns() - cols];`),
    ).toEqual([['a', '', '', 'b', 'c'], 2]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/protection#remove
  it('Protection.remove unprotects the range', () => {
    expect(
      run(`${SHEET} var p = sh.getRange('A:A').protect().setDescription('ids');
        var before = sh.getProtections(SpreadsheetApp.ProtectionType.RANGE).length;
        p.remove();
        return [before, sh.getProtections(SpreadsheetApp.ProtectionType.RANGE).length];`),
    ).toEqual([1, 0]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requiredate
  // and #requirevalueinrangerange,-showdropdown; criteria types: .../data-validation-criteria
  it('requireDate and requireValueInRange build rules with their criteria', () => {
    expect(
      run(`${SHEET} var lists = ss.insertSheet('Lists'); lists.getRange('A1:A2').setValues([['x'], ['y']]);
        var d = SpreadsheetApp.newDataValidation().requireDate().build();
        var r = SpreadsheetApp.newDataValidation().requireValueInRange(lists.getRange('A1:A2'), true).build();
        sh.getRange('B2').setDataValidation(r);
        var got = sh.getRange('B2').getDataValidation();
        return [String(d.getCriteriaType()), String(got.getCriteriaType()), got.getCriteriaValues()[0].getA1Notation(), got.getCriteriaValues()[1]];`),
    ).toEqual(['DATE_IS_VALID_DATE', 'VALUE_IN_RANGE', 'A1:A2', true]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setactiverangerange
  it('setActiveRange makes the range the active range and its sheet the active sheet', () => {
    expect(
      run(`var ss = SpreadsheetApp.getActive(); var other = ss.insertSheet('Contacts');
        ss.setActiveRange(other.getRange('C7'));
        return [ss.getActiveRange().getA1Notation(), ss.getActiveSheet().getName()];`),
    ).toEqual(['C7', 'Contacts']);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#setcolumnwidthsstartcolumn,-numcolumns,-width
  it('setColumnWidths sets the width of several columns in pixels', () => {
    expect(
      run(
        `${SHEET} sh.setColumnWidths(2, 3, 180); return [sh.getColumnWidth(2), sh.getColumnWidth(4), sh.getColumnWidth(5)];`,
      ),
    ).toEqual([180, 180, 100]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#setfontcolorcolor
  it('setFontColor sets the text colour of every cell in the range', () => {
    expect(
      run(`${SHEET} var r = sh.getRange('A1:B1'); r.setFontColor('#d93025'); return r.getFontColor();`),
    ).toBe('#d93025');
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#setnotesnotes
  it('setNotes/getNotes: a grid of notes, empty string for none', () => {
    expect(
      run(`${SHEET} var r = sh.getRange('A1:B1'); r.setNotes([['Stable id', '']]); return r.getNotes();`),
    ).toEqual([['Stable id', '']]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatsnumberformats
  it('setNumberFormats sets a format per cell; "@" keeps typed text as text', () => {
    expect(
      run(`${SHEET} var r = sh.getRange('A1:B1'); r.setNumberFormats([['@', 'yyyy-mm-dd']]);
        r.setValues([['01234', '2026-03-04']]);
        var v = r.getValues()[0];
        return [r.getNumberFormats()[0], v[0], v[1] instanceof Date];`),
    ).toEqual([['@', 'yyyy-mm-dd'], '01234', true]);
  });
});

describe('cell size', () => {
  // Google's reference pages do not state it; the Sheets API refuses more than 50,000 characters in one cell
  // (https://qiita.com/koshilife/items/5aff56c1bb9e5d31067f) and Apps Script reports the same limit.
  it('refuses a string over 50,000 characters in one cell, whether written with setValue or setValues', () => {
    expect(() => run(`${SHEET} sh.getRange('A1').setValue('${'x'.repeat(10)}'.repeat(5001));`)).toThrow(
      /more than the maximum of 50000 characters in a single cell/,
    );
    expect(() => run(`${SHEET} sh.getRange('A1:B1').setValues([['ok', 'y'.repeat(50001)]]);`)).toThrow(
      /50000/,
    );
    expect(
      run(
        `${SHEET} sh.getRange('A1').setValue('z'.repeat(50000)); return sh.getRange('A1').getValue().length;`,
      ),
    ).toBe(50000);
  });
});
