// Which functions of a bundle google.script.run can call: top-level functions whose names do not end in "_".
import vm from 'node:vm';
import type { CompiledBundle } from '../runtime/execution';

const cache = new WeakMap<CompiledBundle, string[]>();

/**
 * "Server-side functions whose names end with an underscore are considered private. These functions
 * cannot be called by google.script.run and their names are never sent to the user."
 * https://developers.google.com/apps-script/guides/html/communication#private_functions
 * The bundle is evaluated in a bare context to list its global functions; declarations are hoisted,
 * so they are listed even if later top-level code fails there for want of services.
 */
export function callableFunctionNames(bundle: CompiledBundle): string[] {
  const known = cache.get(bundle);
  if (known) return known;
  const context = vm.createContext(Object.create(null));
  try {
    bundle.script.runInContext(context, { timeout: 10_000 });
  } catch {
    // Top-level code touched something absent here; the hoisted function declarations are still defined.
  }
  const names = Object.getOwnPropertyNames(context)
    .filter((name) => typeof (context as Record<string, unknown>)[name] === 'function')
    .filter((name) => !isPrivateName(name))
    .sort();
  cache.set(bundle, names);
  return names;
}

export function isPrivateName(name: string): boolean {
  return name.endsWith('_');
}
