// Fidelity: protections, their editors and warning-only mode, and whose rights an edit trigger writes with.
import { Emulator } from '../../src/emulator';
import { fireEdit } from '../../src/emulator/events';

const OWNER = 'owner@strongcities.org';
const ED = 'ed@strongcities.org';

const source = `
function build() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var locked = ss.getSheets()[0].setName('Locked');
  var p = locked.protect().setDescription('admins only');
  p.removeEditors(p.getEditors());
  p.addEditor(Session.getEffectiveUser());
  p.addEditors([Session.getEffectiveUser().getEmail()]);
  p.setDomainEdit(false);
  if (p.canDomainEdit()) throw new Error('domain edit stayed on');
  var warned = ss.insertSheet('Warned');
  warned.protect().setDescription('written by the script').setWarningOnly(true);
  ss.insertSheet('Open');
  ScriptApp.newTrigger('edited').forSpreadsheet(ss).onEdit().create();
}
function asUser() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var p = ss.getSheetByName('Locked').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  var out = { canEdit: p.canEdit(), warningOnly: p.isWarningOnly() };
  try { p.getEditors(); out.editors = 'listed'; } catch (e) { out.editors = 'refused'; }
  try { p.addEditor('me@strongcities.org'); out.addEditor = 'done'; } catch (e) { out.addEditor = 'refused'; }
  try { ss.getSheetByName('Locked').getRange('A1').setValue('x'); out.write = 'done'; } catch (e) { out.write = 'refused'; }
  ss.getSheetByName('Warned').getRange('A1').setValue('script row');
  out.warnedWrite = ss.getSheetByName('Warned').getRange('A1').getValue();
  return out;
}
function onEdit(e) {
  try { e.source.getSheetByName('Locked').getRange('B1').setValue('simple'); return 'wrote'; } catch (err) { return 'refused'; }
}
function edited(e) {
  e.source.getSheetByName('Locked').getRange('C1').setValue('installable');
  return { active: Session.getActiveUser().getEmail(), effective: Session.getEffectiveUser().getEmail(),
           user: e.user.getEmail(), value: e.value };
}
`;

/** A workbook ED may edit, built by the owner with `builder` (named in each test, so the coverage check sees it). */
function setUp(builder: string): Emulator {
  const emu = new Emulator({ source });
  emu.backend.stores.spreadsheets.bound.editors.push(ED);
  emu.call(builder);
  return emu;
}

describe('protections and edit triggers', () => {
  // Source: https://developers.google.com/apps-script/reference/spreadsheet/protection (canEdit, getEditors:
  // "Throws an exception if the user does not have permission to edit the protected range or sheet"; addEditor)
  it('a protection stops a file editor who is not among its editors, in the grid and in scripts run as them', () => {
    const emu = setUp('build');
    expect(() => fireEdit(emu, { user: ED, sheetName: 'Locked', a1: 'A1', values: [['typed']] })).toThrow(
      /protected cell/,
    );
    const r = emu.run('asUser', [], { user: ED });
    expect(r.value).toEqual({
      canEdit: false,
      warningOnly: false,
      editors: 'refused',
      addEditor: 'refused',
      write: 'refused',
      warnedWrite: 'script row',
    });
    expect(emu.run('asUser', [], { user: OWNER }).value).toMatchObject({ canEdit: true, editors: 'listed' });
  });

  // Source: https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean) and
  // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange ("every user can
  // edit data in the protected range, except editing will prompt a warning")
  it('a warning-only protection lets everyone type after the warning', () => {
    const emu = setUp('build');
    fireEdit(emu, { user: ED, sheetName: 'Warned', a1: 'B2', values: [['typed']] });
    expect(emu.backend.stores.spreadsheets.bound.sheetByName('Warned')!.getValues(2, 2, 1, 1)).toEqual([
      ['typed'],
    ]);
  });

  // Source: https://developers.google.com/apps-script/guides/triggers/installable ("Installable triggers always run
  // under the account of the person who created them"); https://developers.google.com/apps-script/guides/triggers
  // (simple triggers run as the user at the keyboard); …/triggers/events#edit (e.user is the editing user)
  it('the simple onEdit writes with the typist’s rights, the installable trigger with its owner’s', () => {
    const emu = setUp('build');
    const [simple, installable] = fireEdit(emu, {
      user: ED,
      sheetName: 'Open',
      a1: 'A1',
      values: [['hello']],
    });
    expect(simple!.value).toBe('refused');
    expect(installable!.value).toEqual({ active: ED, effective: OWNER, user: ED, value: 'hello' });
    const locked = emu.backend.stores.spreadsheets.bound.sheetByName('Locked')!;
    expect(locked.getValues(1, 1, 1, 3)).toEqual([['', '', 'installable']]);
  });
});
