// Builds what ships to Apps Script into dist/: Code.js (one classic script), appsscript.json, one HTML file per sidebar/dialog.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { scopeProblems } from './scopes';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const uiPages = path.join(root, 'src', 'ui', 'pages');

/** The global that holds the bundled module inside Code.js; entry points forward to it. */
export const BUNDLE_GLOBAL = 'SCN';
/** Apps Script V8 supports ES2019 syntax safely; esbuild lowers anything newer (DESIGN §6). */
const TARGET = 'es2019';

async function bundleServer(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src', 'server', 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: BUNDLE_GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: TARGET,
    // Fully minified: Apps Script parses the whole file on every execution (DESIGN §7 aims at ≤ 250 KB;
    // unminified identifiers put it at ≈250 KB, mostly zod). Exported entry-point names are kept as they are.
    minifySyntax: true,
    minifyWhitespace: true,
    minifyIdentifiers: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    define: { __APP_VERSION__: JSON.stringify(require(path.join(root, 'package.json')).version) },
  });
  return result.outputFiles[0].text;
}

/**
 * Lists the bundle's exports by evaluating it in a bare context. Top-level code that touches a
 * service (which Apps Script would run on every execution) fails here, loudly, at build time.
 */
export function exportedNames(bundle: string): string[] {
  const context = vm.createContext({});
  try {
    vm.runInContext(bundle, context, { timeout: 10_000 });
  } catch (e) {
    throw new Error(`The bundle's top-level code must not use services or globals: ${(e as Error).message}`);
  }
  const mod = (context as Record<string, unknown>)[BUNDLE_GLOBAL] as Record<string, unknown>;
  const names = Object.keys(mod).sort();
  for (const name of names) {
    if (typeof mod[name] !== 'function')
      throw new Error(`Export ${name} of src/server/main.ts is not a function.`);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
      throw new Error(`Entry point ${name}: names must be plain identifiers not ending in "_" (private).`);
    }
  }
  return names;
}

/** Top-level function declarations: Apps Script only sees (and triggers, menus and google.script.run only call) these. */
export function entryPointWrappers(names: string[]): string {
  return names
    .map((n) => `function ${n}() {\n  return ${BUNDLE_GLOBAL}.${n}.apply(this, arguments);\n}`)
    .join('\n');
}

/**
 * Replaces a file in one step (write beside it, then rename), so a test or the workbench reading dist/ while a
 * build runs sees the old file or the new one, never a missing or half-written one.
 */
function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

function escapeForInlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** One self-contained HTML file per folder in src/ui/pages: its TypeScript and CSS inlined, no CDN. */
async function buildPages(): Promise<string[]> {
  if (!fs.existsSync(uiPages)) return [];
  const built: string[] = [];
  for (const name of fs.readdirSync(uiPages).sort()) {
    const dir = path.join(uiPages, name);
    const entry = path.join(dir, 'index.ts');
    if (!fs.existsSync(entry)) continue;
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      outdir: path.join(dist, '.pages'),
      format: 'iife',
      platform: 'browser',
      target: TARGET,
      minify: true,
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'silent',
    });
    const js = result.outputFiles
      .filter((f) => f.path.endsWith('.js'))
      .map((f) => f.text)
      .join('\n');
    const css = result.outputFiles
      .filter((f) => f.path.endsWith('.css'))
      .map((f) => f.text)
      .join('\n');
    const bodyPath = path.join(dir, 'index.html');
    const body = fs.existsSync(bodyPath) ? fs.readFileSync(bodyPath, 'utf8') : '<div id="app"></div>';
    const html = [
      '<!DOCTYPE html>',
      '<html>',
      '<head>',
      '<base target="_top">',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<style>${css}</style>`,
      '</head>',
      '<body>',
      body.trim(),
      `<script>${escapeForInlineScript(js)}</script>`,
      '</body>',
      '</html>',
      '',
    ].join('\n');
    writeAtomically(path.join(dist, `${name}.html`), html);
    built.push(`${name}.html`);
  }
  return built;
}

export async function build(): Promise<{ codeBytes: number; entryPoints: string[]; pages: string[] }> {
  fs.mkdirSync(dist, { recursive: true });
  const bundle = await bundleServer();
  const names = exportedNames(bundle);
  if (!names.includes('onOpen'))
    throw new Error('src/server/main.ts must export onOpen (it builds the menu).');
  const code = [
    '// Strong Cities CRM: built from src/ by `npm run build`. Do not edit: changes are overwritten on deploy.',
    bundle,
    '// Entry points: triggers, menu items and functions called from sidebars.',
    entryPointWrappers(names),
    '',
  ].join('\n');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'appsscript.json'), 'utf8'));
  const problems = scopeProblems(bundle, manifest.oauthScopes);
  if (problems.length > 0) throw new Error(`OAuth scopes (least privilege):\n  ${problems.join('\n  ')}`);
  writeAtomically(path.join(dist, 'Code.js'), code);
  writeAtomically(path.join(dist, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const pages = await buildPages();
  // Pages that no longer exist go; everything else was replaced in place.
  for (const f of fs.readdirSync(dist)) {
    if (f.endsWith('.html') && !pages.includes(f)) fs.rmSync(path.join(dist, f), { force: true });
  }
  return { codeBytes: Buffer.byteLength(code), entryPoints: names, pages };
}

if (require.main === module) {
  build()
    .then((r) => {
      console.log(
        `dist/Code.js ${(r.codeBytes / 1024).toFixed(1)} KB, ${r.entryPoints.length} entry points; pages: ${r.pages.join(', ') || 'none'}`,
      );
    })
    .catch((e) => {
      console.error(`Build failed: ${e.message}`);
      process.exit(1);
    });
}
