// Fidelity tests: Utilities.parseCsv(csv) and parseCsv(csv, delimiter).
// Source: https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String)
// and https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String,Char)
// The reference page was not in the stored docs corpus when this was written (searched: "Utilities.parseCsv",
// "parseCsv String delimiter"), so everything here is believed: the page's examples as recalled ("a,b,c\nd,e,f" →
// [[a, b, c], [d, e, f]]; "a\tb\nc\td" with "\t"), RFC 4180 quoting (delimiters, line breaks and doubled quotes
// inside quotes), blank lines, and the error for an unterminated quote, from public reports.
import { Emulator } from '../../src/emulator';

const source = String.raw`
function parse(text) { return Utilities.parseCsv(text); }
function parseWith(text, delimiter) { return Utilities.parseCsv(text, delimiter); }
`;

describe('Utilities.parseCsv', () => {
  const emu = new Emulator({ source });
  const parse = (text: string) => emu.call<string[][]>('parse', [text]);
  const parseWith = (text: string, d: string) => emu.call<string[][]>('parseWith', [text, d]);

  it("parses the reference page's examples (believed, as recalled)", () => {
    expect(parse('a,b,c\nd,e,f')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(parseWith('a\tb\nc\td', '\t')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps delimiters, line breaks and doubled quotes inside quoted fields', () => {
    expect(parse('"Said, Amina","line one\nline two","she said ""hi"""\r\nx,,z\r\n')).toEqual([
      ['Said, Amina', 'line one\nline two', 'she said "hi"'],
      ['x', '', 'z'],
    ]);
  });

  it('splits on a semicolon delimiter and keeps commas as text', () => {
    expect(parseWith('Name;Duration\n"Roux; Paul";1,5', ';')).toEqual([
      ['Name', 'Duration'],
      ['Roux; Paul', '1,5'],
    ]);
  });

  it('keeps a blank line as a row of one empty cell and adds no row for a final line break', () => {
    expect(parse('a,b\n\nc,d\n')).toEqual([['a', 'b'], [''], ['c', 'd']]);
  });

  it('refuses an unterminated quote and a delimiter that is not one character', () => {
    expect(emu.run('parse', ['a,"b\nc']).status).toBe('error');
    expect(emu.run('parseWith', ['a;b', ';;']).status).toBe('error');
  });
});
