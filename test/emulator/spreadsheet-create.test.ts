// Fidelity of SpreadsheetApp.create / openById with several spreadsheets beside the bound one, and Range.sort.
// Sources: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)
//          https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
//          https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getId()
//          https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getUrl()
//          https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
import { Emulator } from '../../src/emulator';

function run(body: string, args: unknown[] = [], emu?: Emulator): unknown {
  const e = emu ?? new Emulator({ source: `function t(a){ ${body} }` });
  const r = e.run('t', args);
  if (r.status !== 'ok') throw new Error(r.error);
  return r.value;
}

describe('SpreadsheetApp.create and openById', () => {
  it('create makes a new spreadsheet with one empty "Sheet1"; the bound workbook stays the active one', () => {
    const v = run(`var ss = SpreadsheetApp.create('SCN CRM archive 2023');
      return [ss.getName(), ss.getSheets().map(function(s){ return s.getName(); }), ss.getSheets()[0].getLastRow(),
        SpreadsheetApp.getActiveSpreadsheet().getName(), ss.getId() !== SpreadsheetApp.getActive().getId()];`);
    expect(v).toEqual(['SCN CRM archive 2023', ['Sheet1'], 0, 'Strong Cities CRM', true]);
  });

  it('getId and getUrl: the URL is the docs.google.com/spreadsheets/d/<id>/edit link; openById opens the same file', () => {
    const emu = new Emulator({
      source: `function t(){ var ss = SpreadsheetApp.create('Book'); ss.getSheets()[0].getRange(1,1).setValue('kept');
        return [ss.getId(), ss.getUrl()]; }
        function u(id){ var ss = SpreadsheetApp.openById(id); return [ss.getName(), ss.getSheets()[0].getRange(1,1).getValue()]; }`,
    });
    const [id, url] = emu.run<[string, string]>('t').value!;
    expect(url).toBe(`https://docs.google.com/spreadsheets/d/${id}/edit`);
    // A later execution opens it by id: it is the same spreadsheet, values and all.
    expect(emu.run('u', [id]).value).toEqual(['Book', 'kept']);
  });

  it('openById of an unknown id, or of a spreadsheet the user cannot edit, fails with the service’s generic message', () => {
    const emu = new Emulator({
      source: `function t(){ return SpreadsheetApp.create('Private').getId(); }
        function u(id){ try { SpreadsheetApp.openById(id); return 'opened'; } catch (e) { return String(e); } }`,
    });
    const id = emu.run<string>('t', [], { user: 'owner@strongcities.org' }).value!;
    const message =
      'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.';
    expect(emu.run('u', ['no-such-id']).value).toBe(message);
    expect(emu.run('u', [id], { user: 'someone@strongcities.org' }).value).toBe(message);
    expect(emu.run('u', [id], { user: 'owner@strongcities.org' }).value).toBe('opened');
  });
});

describe('Range.sort', () => {
  it('sorts rows by a column ascending (numbers and dates before text, empty cells last), moving whole rows', () => {
    const v = run(`var s = SpreadsheetApp.getActive().getSheets()[0];
      s.getRange(1, 1, 6, 3).setValues([
        ['c', new Date(2023, 4, 1), 1], ['a', '', 2], ['b', new Date(2021, 0, 1), 3],
        ['d', new Date(2022, 6, 1), 4], ['e', 'text', 5], ['f', new Date(2021, 0, 1), 6]]);
      s.getRange(1, 1, 6, 3).sort({ column: 2, ascending: true });
      return s.getRange(1, 1, 6, 3).getValues().map(function(r){ return r[0] + r[2]; });`);
    // Ties (b and f on the same date) keep their order.
    expect(v).toEqual(['b3', 'f6', 'd4', 'c1', 'e5', 'a2']);
  });

  it('descending keeps empty cells last; a column number alone sorts ascending; only the range moves', () => {
    const v = run(`var s = SpreadsheetApp.getActive().getSheets()[0];
      s.getRange(1, 1, 4, 3).setValues([[2, 'x', 'left1'], ['', 'y', 'left2'], [9, 'z', 'left3'], [5, 'w', 'left4']]);
      s.getRange(1, 1, 4, 2).sort({ column: 1, ascending: false });
      var desc = s.getRange(1, 1, 4, 3).getValues().map(function(r){ return [r[0], r[1], r[2]].join(':'); });
      s.getRange(1, 1, 4, 2).sort(1);
      var asc = s.getRange(1, 1, 4, 1).getValues().map(function(r){ return r[0]; });
      return [desc, asc];`);
    expect(v).toEqual([
      ['9:z:left1', '5:w:left2', '2:x:left3', ':y:left4'],
      [2, 5, 9, ''],
    ]);
  });

  it('a sort column outside the range is refused; the sort counts as one write with no cells moved to the script', () => {
    const emu = new Emulator({
      source: `function t(){ var s = SpreadsheetApp.getActive().getSheets()[0]; s.getRange(1,1,3,2).setValues([[3,'a'],[1,'b'],[2,'c']]);
        s.getRange(1,1,3,2).sort({ column: 1 }); try { s.getRange(1,1,3,2).sort(5); return 'sorted'; } catch (e) { return String(e); } }`,
    });
    const r = emu.run('t');
    expect(r.value).toMatch(/^Exception: /);
    const sort = r.execution.records.find((c) => c.method === 'sort')!;
    expect([sort.class, sort.cellsRead, sort.cellsWritten]).toEqual(['write', 0, 0]);
  });

  it('row-by-row formats move with their rows (a whole-column format stays)', () => {
    const emu = new Emulator({
      source: `function t(){ var s = SpreadsheetApp.getActive().getSheets()[0]; s.getRange(1,1,2,1).setValues([[2],[1]]);
        s.getRange(1,2,2,1).setNumberFormat('@'); s.getRange(1,2).setValue('01'); s.getRange(1,1).setNumberFormat('0.00');
        s.getRange(1,1,2,2).sort(1); return [s.getRange(1,1).getNumberFormat(), s.getRange(2,1).getNumberFormat(), s.getRange(2,2).getValue(), s.getRange(1,2).getNumberFormat()]; }`,
    });
    const r = emu.run('t');
    expect(r.status).toBe('ok');
    const [first, second, moved, text] = r.value as string[];
    expect(second).toBe('0.00');
    expect(first).not.toBe('0.00');
    expect([moved, text]).toEqual(['01', '@']);
  });
});
