// Every Apps Script method the shipped bundle calls is implemented by the emulator and exercised by a fidelity test.
import fs from 'node:fs';
import path from 'node:path';
import {
  fidelityTestSources,
  methodsCalledByBundle,
  methodsImplementedByEmulator,
} from '../../support/serviceMethods';

const code = fs.readFileSync(path.resolve(__dirname, '../../../dist/Code.js'), 'utf8');

describe('service methods used by dist/Code.js', () => {
  const used = methodsCalledByBundle(code);

  it('finds the methods the bundle calls', () => {
    expect(used).toEqual(expect.arrayContaining(['getUi', 'createMenu', 'addItem', 'addSubMenu', 'addToUi']));
  });

  it('are all implemented by the emulator', () => {
    const implemented = methodsImplementedByEmulator();
    expect(used.filter((m) => !implemented.has(m))).toEqual([]);
  });

  it('are all exercised by a fidelity test in test/emulator/', () => {
    const tests = fidelityTestSources();
    expect(used.filter((m) => !tests.includes(`.${m}(`))).toEqual([]);
  });
});
