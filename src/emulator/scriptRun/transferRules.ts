// Host-side access to the google.script.run value rules (the same source the browser shim runs).
import vm from 'node:vm';
import { TRANSFER_RULES_SOURCE } from './transferRulesSource';

interface TransferRules {
  toServerArgs(args: readonly unknown[]): unknown[];
  toClientValue(value: unknown): { value: unknown; droppedForDate: boolean };
}

// Evaluated once in Node's own realm; the rules judge values from any realm alike.
const rules = vm.runInThisContext(TRANSFER_RULES_SOURCE, {
  filename: 'scriptRun-transferRules.js',
}) as TransferRules;

/** Copies page arguments as the server receives them; throws the client's error for illegal values. */
export function toServerArgs(args: readonly unknown[]): unknown[] {
  return rules.toServerArgs(args);
}

/** The value a success handler receives for a server return value (null when it held a Date). */
export function toClientValue(value: unknown): { value: unknown; droppedForDate: boolean } {
  return rules.toClientValue(value);
}
