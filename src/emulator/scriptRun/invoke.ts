// One google.script.run call on the host: the documented rules checked, one new execution of the bundle, the outcome as the page sees it.
import type { Emulator } from '../index';
import type { ExecutionState } from '../runtime/executionState';
import { callableFunctionNames, isPrivateName } from './callableFunctions';
import { toClientValue, toServerArgs } from './transferRules';

export interface ScriptRunRequest {
  name: string;
  args?: readonly unknown[];
  /** The user at the keyboard (Session.getActiveUser). */
  user?: string;
  /**
   * Make a return value holding a Date fail the call instead of delivering null as Apps Script does.
   * Off by default (fidelity); a test may turn it on to catch the mistake early.
   */
  strictReturnValues?: boolean;
}

export interface ScriptRunError {
  /** 'Error', 'TypeError', 'Exception'… as thrown on the server; 'ScriptError' for platform failures. */
  name: string;
  message: string;
}

export type ScriptRunOutcome =
  | {
      ok: true;
      value: unknown;
      /** Set when the server returned a Date somewhere and the page received null instead. */
      warning?: string;
      execution?: ExecutionState;
    }
  | {
      ok: false;
      error: ScriptRunError;
      /** 'client': rejected before sending (thrown by the call itself, no failure handler runs). */
      stage: 'client' | 'server';
      execution?: ExecutionState;
    };

function platformFailure(message: string, execution?: ExecutionState): ScriptRunOutcome {
  return { ok: false, stage: 'server', error: { name: 'ScriptError', message }, execution };
}

/** The error a failure handler receives: the server error's own name and message. */
function errorOf(thrown: unknown, fallback: string): ScriptRunError {
  if (thrown && typeof thrown === 'object' && 'message' in thrown) {
    const e = thrown as { name?: unknown; message?: unknown };
    return { name: typeof e.name === 'string' ? e.name : 'Error', message: String(e.message) };
  }
  if (thrown !== undefined) return { name: 'Error', message: String(thrown) };
  return { name: 'ScriptError', message: fallback };
}

/**
 * Runs `name(...args)` as google.script.run would: a new execution of the bundle per call
 * (https://developers.google.com/apps-script/guides/html/communication), with `origin: 'google.script.run'`.
 */
export function invokeScriptRun(emu: Emulator, request: ScriptRunRequest): ScriptRunOutcome {
  const { name } = request;
  // The real page has no method for these (names are never sent to the client); a direct request is refused.
  if (isPrivateName(name)) {
    return platformFailure(
      `Script function not found: ${name} (functions whose names end in "_" are private to the server).`,
    );
  }
  if (!callableFunctionNames(emu.bundle).includes(name)) {
    return platformFailure(`Script function not found: ${name}`);
  }
  let args: unknown[];
  try {
    args = toServerArgs(request.args ?? []);
  } catch (e) {
    return { ok: false, stage: 'client', error: { name: 'Error', message: (e as Error).message } };
  }
  const run = emu.run(name, args, { user: request.user, origin: 'google.script.run' });
  const execution = run.execution;
  if (run.status === 'killed') return platformFailure(run.error ?? 'The execution was stopped.', execution);
  if (run.status === 'error') {
    return { ok: false, stage: 'server', error: errorOf(run.thrown, run.error ?? 'Server error'), execution };
  }
  let delivered: { value: unknown; droppedForDate: boolean };
  try {
    delivered = toClientValue(run.value);
  } catch (e) {
    return platformFailure(`The return value of ${name} cannot be sent to the page: ${(e as Error).message}`);
  }
  if (!delivered.droppedForDate) return { ok: true, value: delivered.value, execution };
  const warning =
    `${name} returned a Date (somewhere in its value); Apps Script delivers null to the page in that case. ` +
    'Return dates as strings or numbers.';
  if (request.strictReturnValues) return platformFailure(warning, execution);
  return { ok: true, value: null, warning, execution };
}
