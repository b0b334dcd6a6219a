// Runs a server function that is not an entry point (one the sending run will call, such as attachmentsForSend)
// against an emulator's workbook: the module is bundled the way scripts/build.ts bundles main.ts, and run in a new
// execution of the same backend, so it sees the same services, properties and counts.

import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Emulator } from '../../src/emulator';
import { CompiledBundle, type RunResult, runExecution } from '../../src/emulator/runtime/execution';
import type { ExecutionOptions } from '../../src/emulator/runtime/executionState';

const root = path.resolve(__dirname, '../..');
const cache = new Map<string, CompiledBundle>();

/** `entry`: TypeScript exporting the functions to call (imports relative to the repository root). */
export function serverModule(entry: string): CompiledBundle {
  let bundle = cache.get(entry);
  if (!bundle) {
    const out = esbuild.buildSync({
      stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'testEntry.ts' },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'TEST_MODULE',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'es2019',
      define: { __APP_VERSION__: '"test"' },
      logLevel: 'silent',
    });
    const source = `${out.outputFiles[0]!.text}\nfunction callModule(name, args) { return TEST_MODULE[name].apply(null, args); }\n`;
    bundle = new CompiledBundle(source, 'testEntry.js');
    cache.set(entry, bundle);
  }
  return bundle;
}

export function runServerFunction<T>(
  emu: Emulator,
  bundle: CompiledBundle,
  name: string,
  args: unknown[],
  options: ExecutionOptions = {},
): RunResult<T> {
  return runExecution<T>(emu.backend, bundle, 'callModule', [name, args], options);
}
