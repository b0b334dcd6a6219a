// Fidelity: a simple trigger is stopped at 30 seconds; an installable trigger doing the same work runs on.
import { Emulator } from '../../../src/emulator';
import { fireEdit } from '../../../src/emulator/events';

const source = `
function slowWork() {
  var range = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
  for (var i = 0; i < 1500; i++) range.getValue();
  return 'finished';
}
function onEdit(e) { return slowWork(); }
function installEdit(id) { ScriptApp.newTrigger('edited').forSpreadsheet(id).onEdit().create(); }
function edited(e) { return slowWork(); }
`;

describe('simple trigger time limit', () => {
  // Source: https://developers.google.com/apps-script/guides/triggers#restrictions — simple triggers "cannot run
  // for longer than 30 seconds"; other executions have 6 minutes
  // (https://developers.google.com/apps-script/guides/services/quotas#current_limitations).
  it('stops the simple onEdit past 30 modelled seconds and lets the installable edit trigger finish', () => {
    const emu = new Emulator({ source });
    emu.call('installEdit', [emu.backend.stores.spreadsheets.boundId]);
    const [simple, installable] = fireEdit(emu, {
      user: 'ed@x.org',
      sheetName: 'Sheet1',
      a1: 'B2',
      values: [['x']],
    });
    expect(simple!.status).toBe('killed');
    expect(simple!.error).toBe('Exceeded maximum execution time');
    expect(simple!.execution.ms).toBeGreaterThan(30_000);
    expect(simple!.execution.ms).toBeLessThan(31_000);
    expect(installable!.status).toBe('ok');
    expect(installable!.value).toBe('finished');
    expect(installable!.execution.ms).toBeGreaterThan(30_000);
  });
});
