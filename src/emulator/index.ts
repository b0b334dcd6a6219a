// The emulator's front door for tests, the benchmark and the workbench: an emulated Google plus the shipped bundle.
import fs from 'node:fs';
import path from 'node:path';
import { type BackendOptions, GoogleBackend } from './backend';
import { CompiledBundle, type RunResult, runExecution } from './runtime/execution';
import type { ExecutionOptions } from './runtime/executionState';

export { GoogleBackend } from './backend';
export type { RunResult } from './runtime/execution';
export { CompiledBundle } from './runtime/execution';
export type { CallRecord, ExecutionOptions } from './runtime/executionState';

export interface EmulatorOptions extends BackendOptions {
  /** The folder holding Code.js, appsscript.json and the HTML files; default `dist`. */
  distDir?: string;
  /** Script source to run instead of `dist/Code.js` (fidelity tests run small scripts this way). */
  source?: string;
}

const bundleCache = new Map<string, CompiledBundle>();

/** Reads the built project from `dist/`: the bundle, the manifest and the HTML files. */
export function readDist(distDir = 'dist'): {
  source: string;
  manifest: {
    timeZone: string;
    oauthScopes?: string[];
    dependencies?: { enabledAdvancedServices?: { userSymbol: string }[] };
  };
  htmlFiles: Record<string, string>;
} {
  const dir = path.resolve(distDir);
  const codePath = path.join(dir, 'Code.js');
  if (!fs.existsSync(codePath)) throw new Error(`No ${codePath}: run \`npm run build\` first.`);
  const htmlFiles: Record<string, string> = {};
  for (const f of fs.readdirSync(dir)) {
    if (f.endsWith('.html')) htmlFiles[f.slice(0, -5)] = fs.readFileSync(path.join(dir, f), 'utf8');
  }
  return {
    source: fs.readFileSync(codePath, 'utf8'),
    manifest: JSON.parse(fs.readFileSync(path.join(dir, 'appsscript.json'), 'utf8')),
    htmlFiles,
  };
}

export class Emulator {
  readonly backend: GoogleBackend;
  readonly bundle: CompiledBundle;

  constructor(options: EmulatorOptions = {}) {
    let source = options.source;
    let htmlFiles = options.htmlFiles ?? {};
    let timeZone = options.timeZone;
    let advancedServices = options.advancedServices;
    if (source === undefined) {
      const dist = readDist(options.distDir);
      source = dist.source;
      htmlFiles = { ...dist.htmlFiles, ...htmlFiles };
      timeZone = timeZone ?? dist.manifest.timeZone;
      advancedServices =
        advancedServices ?? dist.manifest.dependencies?.enabledAdvancedServices?.map((s) => s.userSymbol);
    }
    let bundle = bundleCache.get(source);
    if (!bundle) {
      bundle = new CompiledBundle(source);
      bundleCache.set(source, bundle);
    }
    this.bundle = bundle;
    this.backend = new GoogleBackend({ ...options, htmlFiles, timeZone, advancedServices });
  }

  /** Runs one top-level function of the script in a new execution. */
  run<T = unknown>(fnName: string, args: unknown[] = [], options: ExecutionOptions = {}): RunResult<T> {
    return runExecution<T>(this.backend, this.bundle, fnName, args, options);
  }

  /** Like `run`, but throws when the execution did not return normally. */
  call<T = unknown>(fnName: string, args: unknown[] = [], options: ExecutionOptions = {}): T {
    const r = this.run<T>(fnName, args, options);
    if (r.status !== 'ok') throw new Error(`${fnName} ${r.status}: ${r.error}`);
    return r.value as T;
  }
}
