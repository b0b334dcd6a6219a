// Concurrent executions of the shipped bundle (dist/Code.js): each worker realm loads the same artifact as emu.run.
import { Emulator } from '../../src/emulator';
import { runConcurrently } from '../../src/emulator/concurrent';

describe('concurrent executions of the shipped bundle', () => {
  it('return what the same functions return in-process', async () => {
    const inProcess = new Emulator();
    const expected = ['getAboutInfo', 'checkWorkbook'].map((fn) => {
      const r = inProcess.run(fn);
      return { status: r.status, value: r.value, error: r.error };
    });
    const emu = new Emulator();
    const results = await runConcurrently(emu, [{ fn: 'getAboutInfo' }, { fn: 'checkWorkbook' }], {
      seed: 1,
    });
    expect(results.map((r) => ({ status: r.status, value: r.value, error: r.error }))).toEqual(expected);
    expect(emu.backend.calls.map((c) => c.method).sort()).toEqual(
      inProcess.backend.calls.map((c) => c.method).sort(),
    );
  });
});
