// The mutation run (`npm run test:soak`, or `tsx test/support/mutation/runMutations.ts [--only <text>]`): each bug of
// mutations.ts applied to a temporary copy of the repository, its end-to-end suites run there, the copy restored.
//
// A mutation is "caught" when at least one test fails on it while the same selection passes unmutated (the baseline
// run, so a broken or flaky suite never counts as a catch); "survived" when all pass; "error" when the suites could
// not run (the bundle did not build, a suite failed to load). Exit code 0 only when every mutation was caught.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyEdits, MUTATIONS, type Mutation } from './mutations';

const ROOT = path.resolve(__dirname, '../../..');
/** Never copied: dependencies are linked, build output and local state are rebuilt or irrelevant. */
const SKIP = new Set(['node_modules', '.git', 'dist', '.workbench', 'coverage']);

interface JestOutcome {
  status: 'passed' | 'failed' | 'error';
  failed: string[];
  /** Tests that ran (passed or failed): tests the -t pattern leaves out are not counted. */
  total: number;
  detail: string;
}

/** A copy of the working tree (uncommitted files included) with node_modules linked. */
function copyOfRepository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scn-mutation-'));
  for (const entry of fs.readdirSync(ROOT)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true, dereference: false });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function runJest(dir: string, m: Mutation): JestOutcome {
  const out = path.join(dir, '.mutation-result.json');
  fs.rmSync(out, { force: true });
  const args = [
    path.join(ROOT, 'node_modules/jest/bin/jest.js'),
    '--ci',
    '--json',
    `--outputFile=${out}`,
    ...(m.testName ? ['-t', m.testName] : []),
    ...m.suites,
  ];
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['SOAK_SEEDS']; // the default sampling: enough to catch each bug, far quicker than the soak run
  delete env['SEED'];
  if (!m.browser) env['SKIP_BROWSER_TESTS'] = '1';
  else delete env['SKIP_BROWSER_TESTS'];
  const r = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (!fs.existsSync(out))
    return { status: 'error', failed: [], total: 0, detail: (r.stderr || r.stdout).slice(-2000) };
  const json = JSON.parse(fs.readFileSync(out, 'utf8')) as {
    numFailedTests: number;
    numPassedTests: number;
    testResults: {
      name: string;
      testExecError?: { message: string } | null;
      failureMessage?: string;
      assertionResults: { fullName: string; status: string }[];
    }[];
  };
  const broken = json.testResults.filter((t) => t.testExecError || t.assertionResults.length === 0);
  const failed = json.testResults.flatMap((t) =>
    t.assertionResults.filter((a) => a.status === 'failed').map((a) => a.fullName),
  );
  const ran = json.numFailedTests + json.numPassedTests;
  if (broken.length > 0 || ran === 0)
    return {
      status: 'error',
      failed,
      total: ran,
      detail:
        ran === 0
          ? `no test ran: ${m.suites.join(' ')}${m.testName ? ` -t '${m.testName}'` : ''} selects none`
          : broken.map((b) => `${b.name}: ${(b.failureMessage ?? '').slice(0, 1500)}`).join('\n'),
    };
  return { status: json.numFailedTests > 0 ? 'failed' : 'passed', failed, total: ran, detail: '' };
}

type Verdict = { verdict: 'caught' | 'survived' | 'error'; note: string };

/**
 * Applies `m` to the copy in `dir`, runs its suites and restores the files. A patch that does not apply (its text
 * is gone from today's code) is an error, never a skip: the run reports it and fails.
 */
function judge(dir: string, m: Mutation, baselines: Map<string, JestOutcome>): Verdict {
  const patched = new Map<string, { original: string; mutated: string }>();
  try {
    for (const file of new Set(m.edits.map((e) => e.file))) {
      const original = fs.readFileSync(path.join(dir, file), 'utf8');
      patched.set(file, { original, mutated: applyEdits(original, file, m.edits) });
    }
  } catch (e) {
    return { verdict: 'error', note: `the patch does not apply: ${(e as Error).message}` };
  }
  const selection = JSON.stringify([m.suites, m.testName, m.browser]);
  const started = Date.now();
  let base = baselines.get(selection);
  if (!base) {
    base = runJest(dir, m);
    baselines.set(selection, base);
  }
  if (base.status !== 'passed')
    return {
      verdict: 'error',
      note: `the unmutated suites do not pass (${base.status}): ${base.failed.slice(0, 3).join('; ')}${base.detail}`,
    };
  try {
    for (const [file, p] of patched) fs.writeFileSync(path.join(dir, file), p.mutated);
    const r = runJest(dir, m);
    const seconds = Math.round((Date.now() - started) / 1000);
    if (r.status === 'failed')
      return {
        verdict: 'caught',
        note: `${r.failed.length}/${r.total} tests failed in ${seconds} s, e.g. "${r.failed[0]}"`,
      };
    if (r.status === 'passed') return { verdict: 'survived', note: `all ${r.total} tests passed` };
    return { verdict: 'error', note: r.detail };
  } finally {
    for (const [file, p] of patched) fs.writeFileSync(path.join(dir, file), p.original);
  }
}

function main(): number {
  const only = process.argv.indexOf('--only');
  const filter = only >= 0 ? process.argv[only + 1] : undefined;
  const chosen = MUTATIONS.filter((m) => !filter || m.name.includes(filter));
  const dir = copyOfRepository();
  const results: ({ name: string } & Verdict)[] = [];
  if (chosen.length === 0) console.log(`[mutation] no mutation's name contains ${JSON.stringify(filter)}`);
  const baselines = new Map<string, JestOutcome>();
  try {
    for (const m of chosen) {
      results.push({ name: m.name, ...judge(dir, m, baselines) });
      const last = results[results.length - 1]!;
      console.log(`[mutation] ${last.verdict.toUpperCase()}: ${last.name} — ${last.note}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const count = (v: string) => results.filter((r) => r.verdict === v).length;
  console.log(
    `\n[mutation] ${results.length} mutations: ${count('caught')} caught, ${count('survived')} survived, ` +
      `${count('error')} could not be judged`,
  );
  for (const r of results) console.log(`  ${r.verdict === 'caught' ? '✓' : '✗'} ${r.verdict}: ${r.name}`);
  return count('caught') === results.length && results.length > 0 ? 0 : 1;
}

process.exitCode = main();
