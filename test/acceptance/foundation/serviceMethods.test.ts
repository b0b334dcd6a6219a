// Every Apps Script Type.method the shipped sources call is implemented by the emulator and exercised by a fidelity test.
import {
  exercises,
  fidelityTests,
  methodsImplementedByEmulator,
  producersOfAppsScriptTypes,
  serviceCallsOfShippedSources,
} from '../../support/serviceMethods';

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

  it('are all exercised by a fidelity test in test/emulator/ (see `exercises` for the rule)', () => {
    const tests = fidelityTests();
    const producers = producersOfAppsScriptTypes();
    expect(used.filter((m) => !tests.some((t) => exercises(t, m, producers))).map(where)).toEqual([]);
  });
});
