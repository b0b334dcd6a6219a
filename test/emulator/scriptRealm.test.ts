// Fidelity of the script realm inside `new Emulator({ source })`: no Node or browser globals, and the 6-minute execution limit.
import { Emulator } from '../../src/emulator';

const source = `
function globalsSeen() {
  return [typeof URL, typeof TextEncoder, typeof setTimeout, typeof require, typeof process, typeof global];
}
function sleepTwice() {
  Utilities.sleep(200000);
  Utilities.sleep(200000);
  return 'finished';
}
function sleepOnce() {
  Utilities.sleep(200000);
  return 'finished';
}
`;

describe('the script realm of an emulated execution', () => {
  // Source: DESIGN §6 (Apps Script V8 "lacks setTimeout, URL, TextEncoder"); the runtime itself is described at
  // https://developers.google.com/apps-script/guides/v8-runtime, which documents ECMAScript support but lists none
  // of these host globals. `require`, `process` and `global` are Node's, which a script on Google's servers never has.
  it('sees URL, TextEncoder, setTimeout, require, process and global as undefined', () => {
    const emu = new Emulator({ source });
    expect(emu.call('globalsSeen')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  // Source: https://developers.google.com/apps-script/guides/services/quotas ("Script runtime: 6 min / execution";
  // exceeding it throws "Exceeded maximum execution time") and
  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  it('kills an execution that passes 6 modelled minutes with "Exceeded maximum execution time"', () => {
    const emu = new Emulator({ source });
    const r = emu.run('sleepTwice');
    expect(r.status).toBe('killed');
    expect(r.error).toContain('Exceeded maximum execution time');
    expect(r.value).toBeUndefined();
  });

  // Source: https://developers.google.com/apps-script/guides/services/quotas ("Script runtime: 6 min / execution")
  it('lets an execution under 6 modelled minutes finish', () => {
    const emu = new Emulator({ source });
    expect(emu.run('sleepOnce')).toMatchObject({ status: 'ok', value: 'finished' });
  });
});
