// Runs one Apps Script execution: a fresh vm context with no Node globals, the bundle evaluated in it, one function called.
import vm from 'node:vm';
import type { GoogleBackend } from '../backend';
import { type BackendPort, inProcessPort, REALM_CLEANUP_SOURCE, REALM_CODE_GENERATION } from './backendPort';
import { CONTEXT_BRIDGE_SOURCE } from './contextBridge';
import type { ExecutionOptions, ExecutionState } from './executionState';
import { copyIntoHostRealm } from './wire';

export interface RunResult<T = unknown> {
  /** `ok`: the function returned; `error`: it threw; `killed`: stopped (timeout, injected stop). */
  status: 'ok' | 'error' | 'killed';
  value?: T;
  /** The error's message, as `String(e)` shows it in the Apps Script log. */
  error?: string;
  /** The error thrown inside the script (its realm), for tests that inspect it. */
  thrown?: unknown;
  execution: ExecutionState;
}

/** A compiled bundle, evaluated afresh in every execution as Apps Script does. */
export class CompiledBundle {
  readonly script: vm.Script;
  constructor(
    readonly source: string,
    filename = 'Code.js',
  ) {
    this.script = new vm.Script(source, { filename });
  }
}

const bridgeScript = new vm.Script(CONTEXT_BRIDGE_SOURCE, { filename: 'emulator-bridge.js' });

/**
 * Builds the global scope of an execution: the bundle's top-level declarations plus the
 * Apps Script services, and nothing from Node (no require, process, global, setTimeout, URL, TextEncoder).
 */
export function createExecutionContext(
  backend: GoogleBackend,
  state: ExecutionState,
  bundle: CompiledBundle,
) {
  const context = vm.createContext(Object.create(null), {
    name: `execution-${state.id}`,
    codeGeneration: REALM_CODE_GENERATION,
  });
  vm.runInContext(REALM_CLEANUP_SOURCE, context);
  const install = bridgeScript.runInContext(context) as (host: BackendPort) => {
    imp: (v: unknown) => unknown;
    wrap: (h: unknown) => unknown;
    handleOf: (v: unknown) => unknown;
  };
  // The same narrow port a worker-thread execution uses (src/emulator/concurrent), served directly here.
  const port = inProcessPort(backend, state);
  const bridge = install(port);
  state.evalInScript = (code, wireArgs) => {
    const fn = vm.runInContext(code, context) as (...a: unknown[]) => unknown;
    return fn.apply(undefined, bridge.imp(wireArgs) as unknown[]);
  };
  const globals = context as Record<string, unknown>;
  for (const [name, handle] of Object.entries(port.rootHandles)) globals[name] = bridge.wrap(handle);
  bundle.script.runInContext(context, { timeout: 30_000 });
  return { context: globals, bridge };
}

/** Runs `fnName(...args)` from the bundle in a new execution. `args` may contain backend service objects. */
export function runExecution<T = unknown>(
  backend: GoogleBackend,
  bundle: CompiledBundle,
  fnName: string,
  args: unknown[] = [],
  options: ExecutionOptions = {},
): RunResult<T> {
  const state = backend.beginExecution(options, bundle.source);
  try {
    const { context, bridge } = createExecutionContext(backend, state, bundle);
    const fn = context[fnName];
    if (typeof fn !== 'function') {
      return {
        status: 'error',
        error: `Script function not found: ${fnName}`,
        execution: state,
      };
    }
    const scriptArgs = bridge.imp(backend.toWire(args, state)) as unknown[];
    try {
      const raw = (fn as (...a: unknown[]) => unknown).apply(undefined, scriptArgs);
      if (state.killed) return { status: 'killed', error: state.killReason, execution: state };
      const value = copyIntoHostRealm(bridge.handleOf(raw), (h) => state.handles.get(h.__h)) as T;
      return { status: 'ok', value, execution: state };
    } catch (e) {
      if (state.killed) return { status: 'killed', error: state.killReason, thrown: e, execution: state };
      const err = e as { name?: string; message?: string };
      const text =
        err && typeof err === 'object' && 'message' in err ? `${err.name}: ${err.message}` : String(e);
      return { status: 'error', error: text, thrown: e, execution: state };
    }
  } finally {
    backend.endExecution(state);
  }
}
