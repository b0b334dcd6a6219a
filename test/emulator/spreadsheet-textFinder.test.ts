// Fidelity of Range/Sheet.createTextFinder and TextFinder (findAll, findNext, options), against the reference page.
// Source: https://developers.google.com/apps-script/reference/spreadsheet/text-finder
import { Emulator } from '../../src/emulator';

function run(body: string) {
  const r = new Emulator({ source: `function t(){ ${body} }` }).run('t');
  if (r.status !== 'ok') throw new Error(r.error);
  return r;
}

const SHEET = `var sh = SpreadsheetApp.getActive().getSheets()[0];
  sh.getRange('A1:B5').setValues([['id', 'name'], ['CON-000001', 'Ana'], ['CON-000010', 'ana maria'],
    ['CON-000100', 'Zoë'], ['con-000001', 'Bob']]);`;
const A1 = 'function (r) { return r.getA1Notation(); }';

describe('Range.createTextFinder and TextFinder', () => {
  // "If true, configures the search to match the entire contents of a cell; otherwise, the search defaults to
  // partial matching." …/text-finder#matchentirecellmatchentirecell
  it('matches part of a cell by default and the whole cell with matchEntireCell(true)', () => {
    const r = run(`${SHEET} var col = sh.getRange('A2:A5');
      return [col.createTextFinder('00001').findAll().map(${A1}),
        col.createTextFinder('CON-000001').matchEntireCell(true).findAll().map(${A1})];`);
    expect(r.value).toEqual([
      ['A2', 'A3', 'A5'],
      ['A2', 'A5'],
    ]);
  });

  // "…otherwise the search defaults to case-insensitive matching." …/text-finder#matchcasematchcase
  it('is case-insensitive unless matchCase(true)', () => {
    const r = run(`${SHEET} var col = sh.getRange('A2:A5');
      return col.createTextFinder('CON-000001').matchEntireCell(true).matchCase(true).findAll().map(${A1});`);
    expect(r.value).toEqual(['A2']);
  });

  // …/text-finder#useregularexpressionuseregex and #ignorediacriticsignorediacritics
  it('interprets the text as a regular expression with useRegularExpression(true); ignoreDiacritics folds accents', () => {
    const r = run(`${SHEET} var col = sh.getRange('A2:A5');
      return [col.createTextFinder('^CON-0000(01|10)$').useRegularExpression(true).matchCase(true).findAll().map(${A1}),
        sh.getRange('B2:B5').createTextFinder('zoe').ignoreDiacritics(true).findAll().map(${A1}),
        sh.getRange('B2:B5').createTextFinder('zoe').findAll().length];`);
    expect(r.value).toEqual([['A2', 'A3'], ['B4'], 0]);
  });

  // A range's finder searches only that range; a sheet's searches every cell with content, row by row.
  // …/range#createtextfinderfindtext, …/sheet#createtextfinderfindtext
  it('searches only its range (a sheet finder the whole sheet), in row order; findNext walks the matches then gives null', () => {
    const r = run(`${SHEET} var f = sh.getRange('B1:B5').createTextFinder('an');
      var walked = [f.findNext().getA1Notation(), f.findNext().getA1Notation(), f.findNext()];
      return [sh.createTextFinder('a').findAll().map(${A1}), walked];`);
    expect(r.value).toEqual([
      ['B1', 'B2', 'B3'],
      ['B2', 'B3', null],
    ]);
  });

  it('is one read call; the searched cells are charged as scanned, not as cells read', () => {
    const r = run(
      `${SHEET} return sh.getRange('A2:A5').createTextFinder('x').matchEntireCell(true).findAll().length;`,
    );
    const find = r.execution.records.filter((c) => c.type === 'TextFinder' && c.method === 'findAll');
    expect(find.map((c) => [c.class, c.cellsRead, c.cellsScanned])).toEqual([['read', 0, 4]]);
    const config = r.execution.records.filter((c) => c.method === 'matchEntireCell');
    expect(config.map((c) => c.class)).toEqual(['other']);
  });
});
