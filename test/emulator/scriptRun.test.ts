// Fidelity tests of google.script.run's documented rules, run host-side against small inline bundles.
import { Emulator } from '../../src/emulator';
import { callableFunctionNames, invokeScriptRun, type ScriptRunOutcome } from '../../src/emulator/scriptRun';

const SOURCE = `
function echo(x) { return x; }
function echoAll() { return Array.prototype.slice.call(arguments); }
function typeOfArg(x) { return Object.prototype.toString.call(x); }
function fail() { throw new Error('Contact not found'); }
function failType() { null.x; }
function failString() { throw 'plain text'; }
function serviceError() { return SpreadsheetApp.openById('no-such-id'); }
function returnsDate() { return new Date(2024, 0, 1); }
function returnsNestedDate() { return { rows: [['a', new Date(2024, 0, 1)]] }; }
function returnsNothing() {}
function returnsShaped() { return { keep: 1, drop: undefined, list: [1, undefined, NaN, Infinity] }; }
function whoAmI() { return Session.getActiveUser().getEmail(); }
var counter = 0;
function bump() { counter += 1; return counter; }
function mutate(o) { o.changed = true; return o; }
function secret_() { return 'hidden'; }
`;

function call(emu: Emulator, name: string, args: unknown[] = [], user?: string): ScriptRunOutcome {
  return invokeScriptRun(emu, { name, args, user });
}

function okValue(outcome: ScriptRunOutcome): unknown {
  if (!outcome.ok) throw new Error(`Expected success, got ${outcome.error.name}: ${outcome.error.message}`);
  return outcome.value;
}

describe('google.script.run (host side)', () => {
  const emu = new Emulator({ source: SOURCE });

  // Source: https://developers.google.com/apps-script/guides/html/communication#private_functions
  it('lists only top-level functions whose names do not end in "_"', () => {
    const names = callableFunctionNames(emu.bundle);
    expect(names).toContain('echo');
    expect(names).toContain('bump');
    expect(names).not.toContain('secret_');
    expect(names).not.toContain('counter');
  });

  // Source: https://developers.google.com/apps-script/guides/html/communication#private_functions
  it('refuses private and unknown functions', () => {
    const priv = call(emu, 'secret_');
    expect(priv.ok).toBe(false);
    if (!priv.ok) expect(priv.error.name).toBe('ScriptError');
    const unknown = call(emu, 'doesNotExist');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toBe('Script function not found: doesNotExist');
  });

  // Source: https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
  it('passes primitives, null, plain objects and arrays through unchanged', () => {
    const value = { n: 1.5, s: 'é', b: false, z: null, list: [1, 'two', [3]], nested: { deep: { x: 1 } } };
    expect(okValue(call(emu, 'echo', [value]))).toEqual(value);
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
  it('fails a call with a Date anywhere in its parameters, before it reaches the server', () => {
    const direct = call(emu, 'echo', [new Date()]);
    const nested = call(emu, 'echo', [{ when: [new Date()] }]);
    for (const outcome of [direct, nested]) {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.stage).toBe('client');
    }
    if (!direct.ok) expect(direct.error.message).toBe('Failed due to illegal value in property: 0');
    if (!nested.ok) expect(nested.error.message).toBe('Failed due to illegal value in property: 0');
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
  it('fails a call with a function, a class instance, a Map or a circular object in its parameters', () => {
    class Point {
      x = 1;
    }
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(call(emu, 'echo', [{ f: () => 1 }])).toMatchObject({
      ok: false,
      error: { message: 'Failed due to illegal value in property: f' },
    });
    expect(call(emu, 'echo', [new Point()]).ok).toBe(false);
    expect(call(emu, 'echo', [new Map()]).ok).toBe(false);
    expect(call(emu, 'echo', [circular])).toMatchObject({
      ok: false,
      error: { message: 'Failed due to circular reference.' },
    });
  });

  // Source: https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
  it('turns undefined in arrays into null and drops undefined object properties', () => {
    const received = okValue(call(emu, 'echo', [{ a: 1, gone: undefined, list: [1, undefined, 3] }]));
    expect(received).toEqual({ a: 1, list: [1, null, 3] });
    expect(Object.keys(received as object)).toEqual(['a', 'list']);
    expect(okValue(call(emu, 'echoAll', [1, undefined]))).toEqual([1, null]);
  });

  // Source: https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
  it('gives the server a copy: its changes to an argument do not reach the caller', () => {
    const original = { name: 'Lyon' };
    const returned = okValue(call(emu, 'mutate', [original]));
    expect(returned).toEqual({ name: 'Lyon', changed: true });
    expect(original).toEqual({ name: 'Lyon' });
  });

  // Source: https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
  it('gives the script its own realm values (arrays are Arrays there)', () => {
    expect(okValue(call(emu, 'typeOfArg', [[1, 2]]))).toBe('[object Array]');
  });

  // Source: https://github.com/enuchi/React-Google-Apps-Script/issues/28 (a return value holding dates arrives as null)
  it('delivers null, with a warning, when the return value holds a Date', () => {
    for (const name of ['returnsDate', 'returnsNestedDate']) {
      const outcome = call(emu, name);
      expect(outcome).toMatchObject({ ok: true, value: null });
      if (outcome.ok) expect(outcome.warning).toMatch(/returned a Date/);
    }
    const strict = invokeScriptRun(emu, { name: 'returnsDate', strictReturnValues: true });
    expect(strict.ok).toBe(false);
  });

  // Source: https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
  it('copies return values as data: undefined properties dropped, undefined and NaN in arrays become null', () => {
    expect(okValue(call(emu, 'returnsShaped'))).toEqual({ keep: 1, list: [1, null, null, null] });
    expect(okValue(call(emu, 'returnsNothing'))).toBeNull();
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/run#withFailureHandler(Function)
  it("fails with the server error's name and message when the function throws", () => {
    expect(call(emu, 'fail')).toMatchObject({
      ok: false,
      stage: 'server',
      error: { name: 'Error', message: 'Contact not found' },
    });
    const typeError = call(emu, 'failType');
    expect(typeError).toMatchObject({ ok: false, error: { name: 'TypeError' } });
    expect(call(emu, 'failString')).toMatchObject({ ok: false, error: { message: 'plain text' } });
  });

  // Source: https://developers.google.com/apps-script/guides/html/reference/run#withFailureHandler(Function)
  it('passes service exceptions through as failures', () => {
    const outcome = call(emu, 'serviceError');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message.length).toBeGreaterThan(0);
  });

  // Source: https://developers.google.com/apps-script/guides/html/communication (each call runs the server function anew)
  it('runs each call as a new execution: global state does not carry over', () => {
    expect(okValue(call(emu, 'bump'))).toBe(1);
    expect(okValue(call(emu, 'bump'))).toBe(1);
    const outcome = call(emu, 'bump');
    expect(outcome.execution?.options.origin).toBe('google.script.run');
  });

  // Source: https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  it('runs as the signed-in user given for the call', () => {
    expect(okValue(call(emu, 'whoAmI', [], 'hub.lead@strongcities.org'))).toBe('hub.lead@strongcities.org');
  });
});
