// Fidelity of a plain-text ('@') cell: text written by setValue(s) is kept exactly, a leading apostrophe and CR LF included.
import { Emulator } from '../../src/emulator';

function run(body: string): unknown {
  const r = new Emulator({ source: `function t(){ ${body} }` }).run('t');
  if (r.status !== 'ok') throw new Error(r.error);
  return r.value;
}

describe("plain-text ('@') cells", () => {
  // Plain text format keeps what is written as text: https://developers.google.com/sheets/api/guides/formats.
  // BELIEVED, not documented by Google: in a cell already formatted as plain text, a leading apostrophe is not taken
  // as the hidden "treat as text" marker (https://support.google.com/docs/answer/58515 describes it for ordinary
  // cells) but kept as a character, as unparsed writes keep it (public reports:
  // https://github.com/theoephraim/node-google-spreadsheet/issues/323,
  // https://github.com/robin900/gspread-dataframe/issues/26). The product's text rule rests on this (README
  // "Text kept as typed"); the ordinary-cell behaviour is checked in spreadsheet-values.test.ts.
  it('keeps a leading apostrophe, formula-like text and CR LF exactly, and evaluates nothing', () => {
    const v = run(`
      var r = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:D1');
      r.setNumberFormat('@');
      r.setValues([["'=1+1", "''+44", ' a\\r\\nb ', '=SUM(1,2)']]);
      return [r.getValues()[0], r.getFormulas()[0]];
    `);
    expect(v).toEqual([
      ["'=1+1", "''+44", ' a\r\nb ', '=SUM(1,2)'],
      ['', '', '', ''],
    ]);
  });
});
