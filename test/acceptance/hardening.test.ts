// Hardening (issue 10): the install item, and the index of where every other item's tests live.
//
// The other items run from test/acceptance/hardening/*.test.ts; `npx jest test/acceptance/hardening` runs them all.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

/** Where node would resolve `dep` from the lock entry at `from`: its own node_modules, then each parent's. */
function resolvedIn(packages: Record<string, LockPackage>, from: string, dep: string): boolean {
  let base = from;
  for (;;) {
    if (packages[`${base === '' ? '' : `${base}/`}node_modules/${dep}`]) return true;
    if (base === '') return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut >= 0 ? base.slice(0, cut) : '';
  }
}

describe('item 12: a fresh clone installs with npm ci and stays clean', () => {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockPackage>;
  };

  it('the lock lists every optional per-platform package (npm ci refuses a lock without them)', () => {
    // npm ci compares the lock with the tree it would build, which includes every optional dependency of every
    // platform; the old lock lacked Biome's and unrs-resolver's and npm ci stopped with "not in sync".
    const missing: string[] = [];
    for (const [at, pkg] of Object.entries(lock.packages)) {
      for (const dep of Object.keys(pkg.optionalDependencies ?? {})) {
        if (!resolvedIn(lock.packages, at, dep)) missing.push(`${at || '(root)'} → ${dep}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('CI installs with npm ci, exactly the lock', () => {
    const ci = fs.readFileSync(path.join(root, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).not.toMatch(/^npm install\b/m);
  });
});
