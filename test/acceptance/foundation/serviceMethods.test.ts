// Every Apps Script Type.method the shipped sources call is implemented by the emulator and called, on an object of
// that type, by a fidelity test's script (recorded while the fidelity tests run: test/support/serviceCalls/record.ts).
import { Emulator } from '../../../src/emulator';
import { GoogleBackend } from '../../../src/emulator/backend';
import { recordedServiceCalls } from '../../support/serviceCalls/record';
import { methodsImplementedByEmulator, serviceCallsOfShippedSources } from '../../support/serviceMethods';

describe('Apps Script methods called by the shipped sources (src/server, src/core, sheets-templates)', () => {
  // The type checker resolves each call's receiver; see serviceCallsOfShippedSources for the rule.
  const calls = serviceCallsOfShippedSources();
  const used = [...calls.keys()].sort();
  /** `Range.setValues (src/server/…:12)`: a failure names where the shipped code makes the call. */
  const where = (typeMethod: string) => `${typeMethod} (${calls.get(typeMethod)?.[0]})`;

  it('are found by type, including names JavaScript objects also have', () => {
    expect(used).toEqual(
      expect.arrayContaining([
        'SpreadsheetApp.getUi',
        'Ui.createMenu',
        'Menu.addItem',
        'Menu.addToUi',
        'Range.setValues',
        'Sheet.getRange',
        'FormApp.create',
        'Properties.getProperty',
      ]),
    );
    // A JavaScript Date (typed Base.Date by @types/google-apps-script) is not a service object.
    expect(used.filter((m) => m.startsWith('Date.'))).toEqual([]);
  });

  it('are all implemented by the emulator class whose _type is that type', () => {
    const implemented = methodsImplementedByEmulator();
    expect(used.filter((m) => !implemented.get(m.split('.')[0])?.has(m.split('.')[1])).map(where)).toEqual(
      [],
    );
  });

  it('are all called on an object of that type by a fidelity test of test/emulator/, recorded as it runs', () => {
    const record = recordedServiceCalls();
    console.log(
      `[coverage] ${record.byFile.size} fidelity files recorded (${record.ranNow} run now, the rest cached), ` +
        `${record.byMethod.size} Type.method called by their scripts`,
    );
    expect(record.notRecorded).toEqual([]);
    expect(used.filter((m) => !record.byMethod.has(m)).map(where)).toEqual([]);
    // The record is of scripts' calls by the type of the object called, not of text in the tests.
    expect(record.byMethod.get('Range.setValues')).toEqual(
      expect.arrayContaining(['test/emulator/spreadsheet-values.test.ts']),
    );
  }, 900_000);
});

describe('the service-call record (GoogleBackend.observeScriptCall)', () => {
  const SOURCE = `
    function twoCalls() { return SpreadsheetApp.getActive().getSheets().length; }
    function notAMethod() { return SpreadsheetApp.getActive().getSheetByName('Sheet1').setValuesNowhere(); }
  `;
  const observed = (run: (emu: Emulator) => void) => {
    const seen: string[] = [];
    GoogleBackend.observeScriptCall = (type, method, state) => {
      seen.push(`${type}.${method}${state.scriptSource === SOURCE ? '' : ' (another script)'}`);
    };
    try {
      run(new Emulator({ source: SOURCE }));
    } finally {
      GoogleBackend.observeScriptCall = undefined;
    }
    return seen;
  };

  it('sees each method a script ran, by the type of the object it ran on, with the script run', () => {
    expect(observed((emu) => emu.call('twoCalls'))).toEqual([
      'SpreadsheetApp.getActive',
      'Spreadsheet.getSheets',
    ]);
  });

  it('does not see a call that never reached its method: an injected fault, a name the type does not have', () => {
    expect(observed((emu) => emu.run('twoCalls', [], { faults: [{ atCall: 2, message: 'x' }] }))).toEqual([
      'SpreadsheetApp.getActive',
    ]);
    expect(observed((emu) => emu.run('notAMethod'))).toEqual([
      'SpreadsheetApp.getActive',
      'Spreadsheet.getSheetByName',
    ]);
  });
});
