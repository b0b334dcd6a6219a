// Fidelity: a script's own writes to cells fire no edit trigger, simple or installable; only a user's edit does.
import { Emulator } from '../../src/emulator';
import { fireEdit } from '../../src/emulator/events';

const source = `
function onEdit(e) { return 'simple onEdit ran'; }
function edited(e) { return 'installable edit trigger ran'; }
function install(id) { ScriptApp.newTrigger('edited').forSpreadsheet(id).onEdit().create(); }
function write() {
  var sh = SpreadsheetApp.getActive().getSheets()[0];
  sh.getRange('A1').setValue('one');
  sh.getRange('A2:B2').setValues([['two', 'three']]);
  return sh.getRange('A1:B2').getValues();
}
`;

describe('edit triggers and script writes', () => {
  // Source: https://developers.google.com/apps-script/guides/triggers#onedite ("onEdit(e) runs when a user changes a
  // value in a spreadsheet"), https://developers.google.com/apps-script/guides/triggers/installable ("Script
  // executions and API requests do not cause triggers to run") and
  // https://developers.google.com/apps-script/guides/triggers/events#edit
  it('Range.setValue and setValues run no onEdit and no installable edit trigger; a user edit runs both', () => {
    const emu = new Emulator({ source });
    const g = emu.backend;
    emu.call('install', [g.stores.spreadsheets.boundId]);
    const before = g.executions.length;
    expect(emu.call('write')).toEqual([
      ['one', ''],
      ['two', 'three'],
    ]);
    // Only the `write` execution itself: no trigger execution was started by its writes.
    expect(g.executions.length).toBe(before + 1);
    // The same handlers do run when a user edits (so the count above would have seen them).
    const runs = fireEdit(emu, { user: 'ed@x.org', sheetName: 'Sheet1', a1: 'C3', values: [['typed']] });
    expect(runs.map((r) => r.value)).toEqual(['simple onEdit ran', 'installable edit trigger ran']);
    expect(g.executions.length).toBe(before + 3);
  });
});
