// The narrow port through which a script realm reaches the backend, and the realm set-up both runners share.
import type { GoogleBackend } from '../backend';
import type { ExecutionState } from './executionState';
import type { CallReply, WireHandle } from './wire';

/**
 * What the context bridge inside a script realm needs from the emulated Google. In-process the
 * port calls the backend directly; in a worker thread (concurrent executions) each `call` is a
 * synchronous request to the main thread, where the one shared backend serves it.
 */
export interface BackendPort {
  /** Serves one service call: target handle, method name, arguments in wire form. */
  call(h: number, m: string, args: unknown[]): CallReply;
  /** The virtual clock, read by `new Date()` and `Date.now()` in the script. */
  now(): number;
  /** Method names per Apps Script type; the bridge builds facades from it lazily. */
  methods: Record<string, string[]>;
  /** The handles of the global services (SpreadsheetApp, LockService…) for this execution. */
  rootHandles: Record<string, WireHandle>;
  log(level: string, message: string): void;
}

/** Apps Script V8 has no WebAssembly, SharedArrayBuffer/Atomics for scripts; removes what vm adds. */
export const REALM_CLEANUP_SOURCE =
  'delete globalThis.WebAssembly; delete globalThis.SharedArrayBuffer; delete globalThis.Atomics;';

/** The vm context options of a script realm (eval allowed, as in Apps Script; no wasm). */
export const REALM_CODE_GENERATION = { strings: true, wasm: false } as const;

/** The port of an execution run on this thread: every call goes straight to `backend.invoke`. */
export function inProcessPort(backend: GoogleBackend, state: ExecutionState): BackendPort {
  const rootHandles: Record<string, WireHandle> = {};
  for (const name of backend.roots.keys()) rootHandles[name] = backend.rootHandle(state, name);
  return {
    call: (h, m, args) => backend.invoke(state, { h, m, args }),
    now: () => backend.clock.now(),
    methods: backend.methodTable,
    rootHandles,
    log: (level, message) => {
      state.logs.push({ level, message });
    },
  };
}
