// Lists Apps Script method names: those declared by @types/google-apps-script, those the bundle calls, those the emulator implements.
import fs from 'node:fs';
import path from 'node:path';
import { ServiceObject } from '../../src/emulator/runtime/serviceObject';

const TYPES_DIR = path.resolve(__dirname, '../../node_modules/@types/google-apps-script');
/** The type file of each emulated service, by the global a script reaches it through ('' = always available). */
const SERVICE_TYPE_FILES: Record<string, string> = {
  base: '',
  cache: 'CacheService',
  forms: 'FormApp',
  gmail: 'GmailApp',
  html: 'HtmlService',
  lock: 'LockService',
  mail: 'MailApp',
  properties: 'PropertiesService',
  script: 'ScriptApp',
  spreadsheet: 'SpreadsheetApp',
  utilities: 'Utilities',
};

/** Method names declared in @types/google-apps-script for the services the bundle reaches (all emulated ones by default). */
export function appsScriptMethodNames(bundle?: string): Set<string> {
  const names = new Set<string>();
  for (const [f, global] of Object.entries(SERVICE_TYPE_FILES)) {
    if (bundle !== undefined && global !== '' && !new RegExp(`\\b${global}\\.`).test(bundle)) continue;
    const text = fs.readFileSync(path.join(TYPES_DIR, `google-apps-script.${f}.d.ts`), 'utf8');
    for (const m of text.matchAll(/^\s+(\w+)\(.*\):/gm)) names.add(m[1]);
  }
  return names;
}

/** Names that JavaScript's own objects use too: a `.map(` in the bundle says nothing about a service. */
function javascriptMethodNames(): Set<string> {
  const names = new Set<string>();
  const protos: object[] = [
    Object.prototype,
    Array.prototype,
    String.prototype,
    Number.prototype,
    Date.prototype,
    RegExp.prototype,
    Map.prototype,
    Set.prototype,
    Promise.prototype,
    Function.prototype,
    Error.prototype,
    JSON,
    Math,
    Object,
    Array,
    Date,
    String,
    Number,
    Promise,
    console,
  ];
  for (const p of protos) for (const n of Object.getOwnPropertyNames(p)) names.add(n);
  return names;
}

/** `.name(` calls written in the project's own shipped sources (not in bundled libraries such as zod). */
function namesCalledByProjectSources(): Set<string> {
  const root = path.resolve(__dirname, '../..');
  const names = new Set<string>();
  for (const dir of ['src/server', 'src/core', 'sheets-templates']) {
    for (const file of walk(path.join(root, dir))) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/\.(\w+)\(/g)) names.add(m[1]);
    }
  }
  return names;
}

/**
 * Apps Script methods the bundle calls: a `.name(` in dist/Code.js whose name Apps Script services declare,
 * that the project's own code writes (so a library's `.check(` does not count) and that JavaScript's own
 * objects do not also use.
 */
/**
 * Names the project's own code calls on objects that are not Apps Script services, although some
 * service also declares a method of that name. Each entry says where the call is.
 */
const NOT_SERVICE_CALLS = new Set([
  // zod/mini schemas: `schema.check(z.minLength(1))` in src/core/schema and src/core/intake.
  'check',
]);

export function methodsCalledByBundle(bundle: string): string[] {
  const gas = appsScriptMethodNames(bundle);
  const js = javascriptMethodNames();
  const ours = namesCalledByProjectSources();
  const used = new Set<string>();
  for (const m of bundle.matchAll(/\.(\w+)\(/g)) {
    if (gas.has(m[1]) && !js.has(m[1]) && ours.has(m[1]) && !NOT_SERVICE_CALLS.has(m[1])) used.add(m[1]);
  }
  return [...used].sort();
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Method names the emulator's service classes implement (every exported ServiceObject subclass). */
export function methodsImplementedByEmulator(): Set<string> {
  const names = new Set<string>();
  for (const file of walk(path.resolve(__dirname, '../../src/emulator/services'))) {
    const mod = require(file) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (typeof value !== 'function' || !(value.prototype instanceof ServiceObject)) continue;
      let proto = value.prototype;
      while (proto && proto !== ServiceObject.prototype) {
        for (const n of Object.getOwnPropertyNames(proto)) {
          if (n !== 'constructor' && !n.startsWith('_')) names.add(n);
        }
        proto = Object.getPrototypeOf(proto);
      }
    }
  }
  return names;
}

/** The text of every fidelity test, to check that each method the bundle calls is exercised by one. */
export function fidelityTestSources(): string {
  return walk(path.resolve(__dirname, '../emulator'))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
}
