// A private copy of dist/ per test process, so a rebuild running meanwhile (it empties dist/ first) cannot break a suite.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Emulator } from '../../../src/emulator';

let copied: string | undefined;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** dist/ copied once (waiting up to a minute for a build in progress to finish writing it). */
export function stableDist(): string {
  if (copied) return copied;
  const dist = path.resolve('dist');
  const needed = ['Code.js', 'appsscript.json', 'city.html'];
  for (let waited = 0; ; waited += 250) {
    if (needed.every((f) => fs.existsSync(path.join(dist, f)))) break;
    if (waited > 60_000) throw new Error('No complete dist/: run `npm run build` first.');
    sleep(250);
  }
  sleep(300); // a build writes its files within moments of each other
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scn-reliability-dist-'));
  for (const f of fs.readdirSync(dist)) {
    if (f.endsWith('.js') || f.endsWith('.json') || f.endsWith('.html'))
      fs.copyFileSync(path.join(dist, f), path.join(dir, f));
  }
  copied = dir;
  return dir;
}

/** An emulator on the private copy of the shipped bundle. */
export function newEmulator(): Emulator {
  return new Emulator({ distDir: stableDist() });
}
