// Fidelity of Sheet.getRangeList and RangeList (getRanges, setNumberFormat, setBackground), against their reference pages.
import { Emulator } from '../../src/emulator';

function run(body: string) {
  const r = new Emulator({ source: `function t(){ ${body} }` }).run('t');
  if (r.status !== 'ok') throw new Error(r.error);
  return r;
}

const SHEET = `var sh = SpreadsheetApp.getActive().getSheets()[0];`;

describe('Sheet.getRangeList and RangeList', () => {
  // Source: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangelista1notations
  // and https://developers.google.com/apps-script/reference/spreadsheet/range-list#getranges
  it('getRangeList gives the ranges of the A1 notations, in the same sheet', () => {
    const r = run(`${SHEET} var list = sh.getRangeList(['B2', 'D3:D5']);
      return list.getRanges().map(function (x) { return x.getA1Notation(); });`);
    expect(r.value).toEqual(['B2', 'D3:D5']);
    // An invalid notation throws (its exact wording for getRangeList is not documented; getRange's is used).
    expect(() => run(`${SHEET} sh.getRangeList(['B2', 'not a range']);`)).toThrow();
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range-list#setnumberformatformat
  // (sets the format of each range in the list); the plain-text format '@' keeps typed text as text:
  // https://developers.google.com/sheets/api/guides/formats
  it('setNumberFormat formats every range in one call; text written afterwards stays text', () => {
    const r = run(`${SHEET} sh.getRangeList(['A1', 'C2:C3']).setNumberFormat('@');
      sh.getRange('A1:C3').setValues([['=1+1', '01234', 'x'], ['', '', '=2+2'], ['', '', '1/2']]);
      return [sh.getRange('A1:C3').getNumberFormats(), sh.getRange('A1:C3').getValues(), sh.getRange('A1').getFormula()];`);
    const [formats, values, formula] = r.value as [string[][], unknown[][], string];
    expect(formats.map((l) => l.map((f) => f === '@'))).toEqual([
      [true, false, false],
      [false, false, true],
      [false, false, true],
    ]);
    expect(values[0]).toEqual(['=1+1', 1234, 'x']);
    expect(values.map((l) => l[2])).toEqual(['x', '=2+2', '1/2']);
    expect(formula).toBe('');
    const calls = r.execution.records.filter((c) => c.method === 'setNumberFormat');
    expect(calls.map((c) => [c.type, c.class])).toEqual([['RangeList', 'write']]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range-list#setbackgroundcolor
  // ("Sets the background color for each Range in the range list"; null resets it, as Range.setBackground does:
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setbackgroundcolor).
  it('setBackground colours every range in one call, counting only their cells; null resets', () => {
    const r = run(`${SHEET} sh.getRangeList(['B2', 'D3:D5']).setBackground('#fbd9d6');
      var after = sh.getRange('A1:D5').getBackgrounds();
      sh.getRangeList(['D4']).setBackground(null);
      return [after, sh.getRange('D3:D5').getBackgrounds()];`);
    const [after, reset] = r.value as [string[][], string[][]];
    const lit = after
      .flatMap((l, i) => l.map((c, j) => (c === '#fbd9d6' ? `${i + 1}:${j + 1}` : '')))
      .filter(Boolean);
    expect(lit).toEqual(['2:2', '3:4', '4:4', '5:4']);
    expect(reset.map((l) => l[0])).toEqual(['#fbd9d6', '#ffffff', '#fbd9d6']);
    const calls = r.execution.records.filter((c) => c.method === 'setBackground');
    expect(calls.map((c) => [c.type, c.class, c.cellsWritten])).toEqual([
      ['RangeList', 'write', 4],
      ['RangeList', 'write', 1],
    ]);
  });
});
