// Fidelity of data validation and protections, for script writes and for people editing (userEditCells).
import { Emulator } from '../../src/emulator';
import { userEditCells } from '../../src/emulator/services/spreadsheet/install';

const OWNER = 'owner@strongcities.org';

function emulator(body: string): Emulator {
  return new Emulator({ source: body });
}

describe('data validation', () => {
  const source = `
    function setup(allow){
      var sh = SpreadsheetApp.getActive().getSheets()[0];
      var rule = SpreadsheetApp.newDataValidation().requireValueInList(['member','lapsed'], true)
        .setAllowInvalid(allow).setHelpText('Pick a status from the list.').build();
      sh.getRange('B2:B100').setDataValidation(rule);
    }
    function write(v){ SpreadsheetApp.getActive().getSheets()[0].getRange('B5').setValue(v); return SpreadsheetApp.getActive().getSheets()[0].getRange('B5').getValue(); }
    function describe(){
      var dv = SpreadsheetApp.getActive().getSheets()[0].getRange('B7').getDataValidation();
      return [dv.getCriteriaType(), dv.getCriteriaValues(), dv.getAllowInvalid(), dv.getHelpText(),
        dv.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST,
        SpreadsheetApp.getActive().getSheets()[0].getRange('A7').getDataValidation()];
    }`;

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/data-validation
  it('a rule reads back its criteria, values, allowInvalid and help text', () => {
    const emu = emulator(source);
    emu.call('setup', [false]);
    expect(emu.call('describe')).toEqual([
      'VALUE_IN_LIST',
      [['member', 'lapsed'], true],
      false,
      'Pick a status from the list.',
      true,
      null,
    ]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata
  it('a script writing invalid data into a rejecting rule throws; valid data and blanks pass', () => {
    const emu = emulator(source);
    emu.call('setup', [false]);
    expect(emu.run('write', ['member']).value).toBe('member');
    expect(emu.run('write', ['']).value).toBe('');
    expect(emu.run('write', ['gone']).error).toBe(
      'Exception: The data you entered in cell B5 violates the data validation rules set on this cell.',
    );
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata ("The default for new data validation rules is true")
  it('a rule that allows invalid data keeps the value (Sheets only marks the cell)', () => {
    const emu = emulator(source);
    emu.call('setup', [true]);
    expect(emu.run('write', ['gone']).value).toBe('gone');
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/range#getdatavalidations and
  // #setdatavalidationsrules: one rule (or null) per cell, as a grid the size of the range.
  it('getDataValidations gives a grid of rules or null, and setDataValidations lays one per cell', () => {
    const emu = emulator(`${source}
      function grid(){
        var sh = SpreadsheetApp.getActive().getSheets()[0];
        var rules = sh.getRange('A2:B3').getDataValidations();
        sh.getRange('C2:D3').setDataValidations(rules);
        var back = sh.getRange('C2:D3').getDataValidations();
        return [rules.length, rules[0].length, rules[0][0], rules[0][1].getCriteriaType(),
          back[0][0], back[1][1].getCriteriaValues()[0], sh.getRange('D3').getDataValidation().getHelpText()];
      }`);
    emu.call('setup', [false]);
    expect(emu.call('grid')).toEqual([
      2,
      2,
      null,
      'VALUE_IN_LIST',
      null,
      ['member', 'lapsed'],
      'Pick a status from the list.',
    ]);
  });

  it("a person typing an invalid value is refused with the rule's help text; a valid one is stored", () => {
    const emu = emulator(source);
    emu.call('setup', [false]);
    const g = emu.backend;
    expect(() =>
      userEditCells(g, { sheetName: 'Sheet1', a1: 'B3', values: [['nope']], user: OWNER }),
    ).toThrow('Pick a status from the list.');
    const r = userEditCells(g, { sheetName: 'Sheet1', a1: 'B3', values: [['lapsed']], user: OWNER });
    expect(r.value).toBe('lapsed');
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requirecheckbox
  it('checkbox, number and email rules', () => {
    const emu = emulator(`function t(){
      var sh = SpreadsheetApp.getActive().getSheets()[0];
      sh.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
      sh.getRange('B1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false).build());
      sh.getRange('C1').setDataValidation(SpreadsheetApp.newDataValidation().requireTextIsEmail().setAllowInvalid(false).build());
      var out = [];
      [['A1', 'TRUE'], ['A1', 'x'], ['B1', 3], ['B1', 9], ['C1', 'a@b.org'], ['C1', 'not-mail']].forEach(function(p){
        try { sh.getRange(p[0]).setValue(p[1]); out.push('ok'); } catch (e) { out.push('refused'); }
      });
      return out;
    }`);
    expect(emu.call('t')).toEqual(['ok', 'refused', 'ok', 'refused', 'ok', 'refused']);
  });
});

describe('protections', () => {
  const source = `
    function protect(warningOnly){
      var sh = SpreadsheetApp.getActive().getSheets()[0];
      var p = sh.getRange('A1:C1').protect().setDescription('Headers');
      p.removeEditors(p.getEditors());
      p.addEditor('admin@strongcities.org');
      p.setWarningOnly(warningOnly);
      return [p.getDescription(), p.getEditors().map(function(u){return u.getEmail();}).sort(), p.canEdit(), p.isWarningOnly(),
        SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE).length];
    }
    function write(){ SpreadsheetApp.getActive().getSheets()[0].getRange('B1').setValue('x'); return 'written'; }
    function canEdit(){ return SpreadsheetApp.getActive().getSheets()[0].getProtections(SpreadsheetApp.ProtectionType.RANGE)[0].canEdit(); }`;

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/protection#removeeditorsemailaddresses (the owner stays an editor)
  it('keeps the owner as an editor and records description and editors', () => {
    const emu = emulator(source);
    expect(emu.call('protect', [false])).toEqual([
      'Headers',
      ['admin@strongcities.org', OWNER],
      true,
      false,
      1,
    ]);
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/protection#canedit
  it('refuses script writes and user edits by people who are not editors of the protected range', () => {
    const emu = emulator(source);
    emu.call('protect', [false]);
    const other = { user: 'coordinator@strongcities.org' };
    expect(emu.run('canEdit', [], other).value).toBe(false);
    expect(emu.run('write', [], other).error).toBe(
      'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(emu.run('write', [], { user: 'admin@strongcities.org' }).value).toBe('written');
    expect(() =>
      userEditCells(emu.backend, {
        sheetName: 'Sheet1',
        a1: 'C1',
        values: [['x']],
        user: 'coordinator@strongcities.org',
      }),
    ).toThrow('You are trying to edit a protected cell or object.');
    expect(
      userEditCells(emu.backend, {
        sheetName: 'Sheet1',
        a1: 'C2',
        values: [['x']],
        user: 'coordinator@strongcities.org',
      }).value,
    ).toBe('x');
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/protection#setwarningonlywarningonly
  it('warning-only protections let everyone edit', () => {
    const emu = emulator(source);
    emu.call('protect', [true]);
    expect(emu.run('write', [], { user: 'coordinator@strongcities.org' }).value).toBe('written');
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/protection#setunprotectedrangesranges
  it('sheet protections leave their unprotected ranges editable', () => {
    const emu = emulator(`function t(){
      var sh = SpreadsheetApp.getActive().getSheets()[0];
      var p = sh.protect(); p.removeEditors(p.getEditors()); p.setUnprotectedRanges([sh.getRange('D:D')]);
    }`);
    emu.call('t');
    const user = 'hub@strongcities.org';
    expect(userEditCells(emu.backend, { sheetName: 'Sheet1', a1: 'D4', values: [['ok']], user }).value).toBe(
      'ok',
    );
    expect(() =>
      userEditCells(emu.backend, { sheetName: 'Sheet1', a1: 'A4', values: [['no']], user }),
    ).toThrow('protected cell');
  });
});

describe('userEditCells', () => {
  // Source: https://developers.google.com/apps-script/guides/triggers/events#edit (value/oldValue only for single cells)
  it('returns the range, old and new value for a single-cell edit, converting typed text', () => {
    const emu = new Emulator({ source: 'function t(){}' });
    const g = emu.backend;
    g.stores.spreadsheets.bound.sheets[0].setValuesRaw(2, 2, [['before']]);
    const one = userEditCells(g, { sheetName: 'Sheet1', a1: 'B2', values: [['42']], user: OWNER });
    expect([one.singleCell, one.oldValue, one.value]).toEqual([true, 'before', 42]);
    const many = userEditCells(g, { sheetName: 'Sheet1', row: 3, col: 1, values: [['a', 'b']], user: OWNER });
    expect([many.singleCell, many.oldValue, many.value, many.range._rect]).toEqual([
      false,
      undefined,
      undefined,
      { row: 3, col: 1, numRows: 1, numCols: 2 },
    ]);
    const empty = userEditCells(g, { sheetName: 'Sheet1', a1: 'Z9', values: [['x']], user: OWNER });
    expect(empty.oldValue).toBeUndefined();
  });
});
