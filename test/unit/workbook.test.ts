// Pure workbook logic: header matching and repair planning, ids, duplicates, validation of tab data.

import { HUBS } from '../../sheets-templates';
import { duplicateGroups } from '../../src/core/workbook/duplicates';
import { matchHeaders, structureProblem } from '../../src/core/workbook/headerMatch';
import { planHeaderRepair } from '../../src/core/workbook/headerRepair';
import { idNumber, nextIds } from '../../src/core/workbook/ids';
import { validateTabs } from '../../src/core/workbook/validation';

const H = HUBS.columns.map((c) => c.header);
const fitsAll = () => true;

describe('header matching', () => {
  it('maps by header text, ignoring case and spacing, wherever the column is', () => {
    const m = matchHeaders(HUBS, ['  hub id', 'My column', ...H.slice(1).reverse()]);
    expect(m.index['id']).toBe(0);
    expect(m.index['name']).toBe(H.length); // reversed: Name ends up last
    expect(m.unknown).toEqual([1]);
    expect(m.missing).toEqual([]);
  });

  it('names the tab and the column of a missing required header or a doubled one', () => {
    expect(
      structureProblem(
        HUBS,
        matchHeaders(
          HUBS,
          H.filter((h) => h !== 'Name'),
        ),
      ),
    ).toMatch(/Tab "Hubs" has no column "Name" \(required\)/);
    expect(structureProblem(HUBS, matchHeaders(HUBS, [...H, 'Name']))).toMatch(
      /column "Name" twice \(columns B and /,
    );
  });
});

describe('header repair plan', () => {
  it('writes all headers on an empty tab', () => {
    const p = planHeaderRepair(HUBS, [], fitsAll);
    expect(p.headers).toEqual(H);
    expect([p.writeFrom, p.writeTo]).toEqual([0, H.length - 1]);
  });

  it('changes nothing when the row is complete, even reordered', () => {
    const p = planHeaderRepair(HUBS, [...H].reverse(), fitsAll);
    expect(p.writeFrom).toBeUndefined();
    expect(p.changes).toEqual([]);
  });

  it('restores a renamed header in place when its values fit, else keeps it and appends the column', () => {
    const renamed = H.map((h) => (h === 'Hub email' ? 'Email address' : h));
    const fit = planHeaderRepair(HUBS, renamed, fitsAll);
    expect(fit.renamed.map((r) => [r.column.key, r.index, r.from])).toEqual([['email', 3, 'Email address']]);
    expect(fit.headers).toEqual(H);
    const noFit = planHeaderRepair(HUBS, renamed, () => false);
    expect(noFit.headers).toEqual([...renamed, 'Hub email']);
    expect([noFit.writeFrom, noFit.writeTo]).toEqual([H.length, H.length]);
  });

  it('does not guess when two columns are missing from the same gap', () => {
    const damaged = H.map((h) => (h === 'Hub email' ? 'X' : h === 'Lead' ? '' : h));
    const p = planHeaderRepair(HUBS, damaged, fitsAll);
    expect(p.renamed).toEqual([]);
    expect(p.appended.map((c) => c.key)).toEqual(['email', 'leadStaffId']);
  });
});

describe('ids', () => {
  it('continues after the highest id, never refilling gaps, and honours a floor', () => {
    expect(nextIds('HUB', ['HUB-000002', 'HUB-000009', 'CTY-000050', 'junk'], 2)).toEqual([
      'HUB-000010',
      'HUB-000011',
    ]);
    expect(nextIds('HUB', ['HUB-000002'], 1, 7)).toEqual(['HUB-000008']);
    expect(idNumber('HUB', 'HUB-1234567')).toBe(1234567);
    expect(idNumber('HUB', 'CTY-000001')).toBeUndefined();
  });

  it('groups duplicates and ignores empty keys', () => {
    expect(duplicateGroups(['a', '', 'b', 'a', ''], (x) => x)).toEqual([['a', 'a']]);
  });
});

describe('validateTabs', () => {
  const lists = { languages: ['en', 'fr'], topics: [] };
  it('reports a missing tab, a missing optional column once, and cell problems with their position', () => {
    const headers = H.filter((h) => h !== 'Notes');
    const row = (id: string, name: string, email = '') =>
      headers.map((h) =>
        h === 'Hub ID' ? id : h === 'Name' ? name : h === 'Hub email' ? email : h === 'Version' ? 1 : '',
      );
    const problems = validateTabs(
      [
        {
          def: HUBS,
          headers,
          rows: [
            { row: 2, cells: row('HUB-000001', 'MENA') },
            { row: 3, cells: row('HUB-000002', '', 'x@') },
          ],
        },
        { def: { ...HUBS, name: 'Gone' }, headers: null, rows: [] },
      ],
      lists,
    );
    expect(problems.map((p) => [p.tab, p.row, p.col, p.column])).toEqual([
      ['Hubs', 1, 0, 'Notes'],
      ['Hubs', 3, 2, 'Name'],
      ['Hubs', 3, 4, 'Hub email'],
      ['Gone', 0, 0, ''],
    ]);
  });
});
