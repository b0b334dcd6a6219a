// The emulated Google: all state shared by executions (workbooks, properties, mail, triggers…) and the call dispatcher.
import { costOf, EXECUTION_LIMIT_MS, FLUSHED_WRITES } from './latency';
import { VirtualClock } from './runtime/clock';
import {
  type AuthMode,
  type CallRecord,
  type ExecutionOptions,
  ExecutionState,
} from './runtime/executionState';
import { GoogleError, ServiceObject, scriptMethodsOf } from './runtime/serviceObject';
import { type CallReply, type CallRequest, copyIntoHostRealm, type WireHandle } from './runtime/wire';
import { installServices, type ServiceStores } from './services';

export interface BackendOptions {
  /** The script's time zone (appsscript.json `timeZone`). */
  timeZone?: string;
  /** Where the virtual clock starts. */
  start?: Date;
  /** The owner of the script and of the bound workbook. */
  owner?: string;
  /** HTML files the script can load with HtmlService (name without `.html` → content). */
  htmlFiles?: Record<string, string>;
  /** The advanced services enabled in appsscript.json (`dependencies.enabledAdvancedServices[].userSymbol`). */
  advancedServices?: string[];
  /** The web app's deployed URL (ScriptApp.getService().getUrl()); the workbench sets its local one. */
  webAppUrl?: string;
}

export class GoogleBackend {
  /**
   * Test-only: told of each call a script makes that reaches its method (after the fault and authorization checks),
   * with the execution. The dynamic service-method coverage record sets it (test/support/serviceCalls/recorder.ts).
   */
  static observeScriptCall: ((type: string, method: string, state: ExecutionState) => void) | undefined;
  readonly clock: VirtualClock;
  readonly timeZone: string;
  readonly owner: string;
  /** Every call made by every execution, in order. */
  readonly calls: CallRecord[] = [];
  readonly stores: ServiceStores;
  /** The root objects scripts see as globals (SpreadsheetApp, MailApp…), by global name. */
  readonly roots = new Map<string, ServiceObject>();
  /** Method names per Apps Script type, for the script-side facades. */
  readonly methodTable: Record<string, string[]> = {};
  /** The execution whose call is being served; service objects read it through `_g.current`. */
  private currentExec: ExecutionState | undefined;
  /**
   * Decides whether the current execution may make a call (authorization mode, scopes); returns the
   * error message to throw, or undefined. Installed by the script services (ScriptApp owns AuthMode).
   */
  authPolicy:
    | ((state: ExecutionState, target: ServiceObject, method: string) => string | undefined)
    | undefined;
  private nextExecutionId = 1;
  readonly executions: ExecutionState[] = [];

  constructor(options: BackendOptions = {}) {
    this.clock = new VirtualClock(options.start);
    this.timeZone = options.timeZone ?? 'Europe/London';
    this.owner = options.owner ?? 'owner@strongcities.org';
    this.stores = installServices(this, options);
  }

  /** Registers a global service object (done by `installServices`). */
  registerRoot(name: string, obj: ServiceObject): void {
    this.roots.set(name, obj);
    this.learnType(obj);
  }

  get current(): ExecutionState {
    if (!this.currentExec)
      throw new Error('Emulator: no execution is being served (a service used outside a call).');
    return this.currentExec;
  }

  /** The execution being served, or undefined when a test or the workbench touches state directly. */
  get currentOrNone(): ExecutionState | undefined {
    return this.currentExec;
  }

  /** Starts the bookkeeping of an execution of the script whose source is `scriptSource`. */
  beginExecution(options: ExecutionOptions = {}, scriptSource = ''): ExecutionState {
    const user = options.user ?? this.owner;
    const authMode: AuthMode = options.authMode ?? 'FULL';
    const state = new ExecutionState(
      this.nextExecutionId++,
      user,
      options.effectiveUser ?? user,
      authMode,
      options,
    );
    state.scriptSource = scriptSource;
    this.executions.push(state);
    return state;
  }

  /** Ends an execution: its locks are released and its handles forgotten. */
  endExecution(state: ExecutionState): void {
    if (state.ended) return;
    state.ended = true;
    const prev = this.currentExec;
    this.currentExec = state;
    try {
      for (const hook of state.onEnd.splice(0)) hook();
    } finally {
      this.currentExec = prev;
    }
    state.handles.clear();
  }

  /** Kills an execution as a timeout or crash would: every later call fails. */
  kill(state: ExecutionState, reason: string): void {
    if (state.killed) return;
    state.killed = true;
    state.killReason = reason;
  }

  /** The wire handle of a root service for this execution. */
  rootHandle(state: ExecutionState, name: string): WireHandle {
    const obj = this.roots.get(name);
    if (!obj) throw new Error(`Emulator: no service named ${name}`);
    return this.toWire(obj, state) as WireHandle;
  }

  /** Serves one call from a script. */
  invoke(state: ExecutionState, req: CallRequest): CallReply {
    if (state.killed || state.ended) {
      return {
        ok: false,
        error: { name: 'Exception', message: state.killReason || 'Execution ended.' },
        killed: true,
      };
    }
    state.calls++;
    const k = state.calls;
    if (state.options.stopAtCall !== undefined && k >= state.options.stopAtCall) {
      this.kill(state, `Execution stopped by the emulator before call ${k}.`);
      return { ok: false, error: { name: 'Exception', message: state.killReason }, killed: true };
    }
    const target = state.handles.get(req.h);
    if (!target) return { ok: false, error: { name: 'Exception', message: 'Invalid object handle.' } };
    const method = (target as unknown as Record<string, unknown>)[req.m];
    if (req.m.startsWith('_') || typeof method !== 'function' || req.m === 'constructor') {
      return {
        ok: false,
        error: { name: 'TypeError', message: `${req.m} is not a function (on ${target._type})` },
      };
    }
    const fault = state.options.faults?.find((f) => f.atCall === k);
    let value: unknown;
    let error: Error | undefined;
    const prev = this.currentExec;
    this.currentExec = state;
    state.pendingRead = 0;
    state.pendingWritten = 0;
    state.pendingScanned = 0;
    try {
      if (fault) throw new GoogleError(fault.message);
      const refusal = this.authPolicy?.(state, target, req.m);
      if (refusal) throw new GoogleError(refusal);
      const args = copyIntoHostRealm(req.args, (h) => {
        const obj = state.handles.get(h.__h);
        if (!obj) throw new GoogleError('Invalid argument: an object from another execution.');
        return obj;
      }) as unknown[];
      GoogleBackend.observeScriptCall?.(target._type, req.m, state);
      value = (method as (...a: unknown[]) => unknown).apply(target, args);
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    } finally {
      this.currentExec = prev;
    }
    const isFlush = target._service === 'SpreadsheetApp' && req.m === 'flush';
    if (target._service === 'SpreadsheetApp' && FLUSHED_WRITES.test(req.m))
      state.unflushedCells += state.pendingWritten;
    // A flush is charged for the writes it applies (latency.ts LATENCY.flushMs); other calls for the cells they moved.
    const cells = isFlush ? state.unflushedCells : state.pendingRead + state.pendingWritten;
    if (isFlush) state.unflushedCells = 0;
    const cost = costOf(target._service, target._type, req.m, cells, state.pendingScanned);
    this.clock.advance(cost.ms);
    state.ms += cost.ms;
    state.cellsRead += state.pendingRead;
    state.cellsWritten += state.pendingWritten;
    const record: CallRecord = {
      execution: state.id,
      service: target._service,
      type: target._type,
      method: req.m,
      class: cost.class,
      cellsRead: state.pendingRead,
      cellsWritten: state.pendingWritten,
      ...(state.pendingScanned > 0 ? { cellsScanned: state.pendingScanned } : {}),
      ms: cost.ms,
      ...(error ? { error: error.message } : {}),
    };
    state.records.push(record);
    this.calls.push(record);
    const limit = state.options.limitMs ?? EXECUTION_LIMIT_MS;
    if (state.ms > limit) this.kill(state, 'Exceeded maximum execution time');
    if (error) {
      const name = error instanceof TypeError ? 'TypeError' : 'Exception';
      return { ok: false, error: { name, message: error.message } };
    }
    return { ok: true, value: this.toWire(value, state) };
  }

  /** Converts a backend value for the script: service objects become handles, data is copied. */
  toWire(value: unknown, state: ExecutionState): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof ServiceObject) {
      this.learnType(value);
      const props = value._properties();
      const handle: WireHandle = { __h: state.handleFor(value), __t: value._type };
      // Properties may hold service objects too (the advanced services' Gmail.Users.Messages): sent as handles.
      if (Object.keys(props).length > 0) handle.__p = this.toWire(props, state) as Record<string, unknown>;
      return handle;
    }
    if (Array.isArray(value)) return value.map((v) => this.toWire(v, state));
    if (value instanceof Date) return new Date(value.getTime());
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = this.toWire(v, state);
    return out;
  }

  private learnType(obj: ServiceObject): void {
    if (!this.methodTable[obj._type]) this.methodTable[obj._type] = scriptMethodsOf(obj);
  }

  /** Runs `fn` as if inside a call of `state` (for events built by the emulator that need the current execution). */
  withExecution<T>(state: ExecutionState, fn: () => T): T {
    const prev = this.currentExec;
    this.currentExec = state;
    try {
      return fn();
    } finally {
      this.currentExec = prev;
    }
  }
}
