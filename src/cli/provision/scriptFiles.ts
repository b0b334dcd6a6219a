// The built project as Apps Script API files (Code.js → SERVER_JS "Code", *.html → HTML, appsscript.json → the
// manifest, which must be a JSON file named "appsscript":
// https://developers.google.com/apps-script/api/reference/rest/v1/projects/updateContent), and the check that a
// project's files are exactly these.
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from '../google/apiCaller';

export interface ScriptFile {
  name: string;
  type: 'SERVER_JS' | 'HTML' | 'JSON';
  source: string;
}

export function filesOfDist(dist: string): ScriptFile[] {
  const dir = path.resolve(dist);
  if (!fs.existsSync(path.join(dir, 'Code.js')) || !fs.existsSync(path.join(dir, 'appsscript.json')))
    throw new CliError(`${dir} has no Code.js and appsscript.json: run \`npm run build\` first.`);
  const files: ScriptFile[] = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const source = fs.readFileSync(path.join(dir, f), 'utf8');
    if (f === 'appsscript.json') files.push({ name: 'appsscript', type: 'JSON', source });
    else if (f.endsWith('.js')) files.push({ name: f.slice(0, -3), type: 'SERVER_JS', source });
    else if (f.endsWith('.html')) files.push({ name: f.slice(0, -5), type: 'HTML', source });
  }
  return files;
}

/** Lines naming each file that differs between the project and dist/ (empty when they match exactly). */
export function compareFiles(pushed: readonly ScriptFile[], built: readonly ScriptFile[]): string[] {
  const out: string[] = [];
  const key = (f: ScriptFile) => `${f.name}.${f.type}`;
  const have = new Map(pushed.map((f) => [key(f), f]));
  const want = new Map(built.map((f) => [key(f), f]));
  // The manifest is compared as JSON: the Apps Script API may return it re-serialised.
  const same = (a: ScriptFile, b: ScriptFile) =>
    a.type === 'JSON'
      ? JSON.stringify(JSON.parse(a.source)) === JSON.stringify(JSON.parse(b.source))
      : a.source === b.source;
  for (const [k, f] of want) {
    const p = have.get(k);
    if (!p) out.push(`missing in the project: ${k}`);
    else if (!same(p, f)) out.push(`different in the project: ${k}`);
  }
  for (const k of have.keys()) if (!want.has(k)) out.push(`in the project but not in dist/: ${k}`);
  return out;
}
