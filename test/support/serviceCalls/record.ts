// The dynamic half of the service-method coverage check: which Apps Script Type.method each fidelity test file of
// test/emulator/ actually runs on an emulated object of that type, recorded while the files run (recorder.ts).
//
// Why a child jest run: jest runs test files in two workers and in any order, so the coverage test cannot count on
// the fidelity files having run before it, in its process or at all (`npx jest test/acceptance/foundation` alone).
// The child run takes whole files (no -t, so no test is left out of a record) and a file's record is kept only when
// every test of it passed. Records are cached in node_modules/.cache, keyed by the file's text and by everything the
// calls it makes depend on (src/emulator, the recorder, package-lock.json): after an emulator change the check runs
// test/emulator once (about a minute on two cores), then only the fidelity files that changed.

import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CACHE = path.join(ROOT, 'node_modules/.cache/scn-service-calls');
const RECORDER = path.join(__dirname, 'recorder.ts');

export interface ServiceCallRecord {
  /** `Range.setValues` → the fidelity files (repository-relative) whose scripts called it. */
  byMethod: Map<string, string[]>;
  /** `file` → the Type.method its scripts called. */
  byFile: Map<string, string[]>;
  /** Fidelity files with no record: they failed or did not run in the record run, with what jest said. */
  notRecorded: string[];
  /** How many files the record run ran now (the others came from the cache). */
  ranNow: number;
}

function walk(dir: string, keep: (name: string) => boolean): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? walk(p, keep) : keep(e.name) ? [p] : [];
    })
    .sort();
}

const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
/** Names a file's record by its path (the same name recorder.ts writes). */
const recordName = (rel: string) => `${sha(rel).slice(0, 16)}.json`;

/** What every record depends on besides its own test file. */
function sharedKey(): string {
  const inputs = [
    ...walk(path.join(ROOT, 'src/emulator'), (n) => n.endsWith('.ts')),
    RECORDER,
    __filename,
    path.join(ROOT, 'package-lock.json'),
  ];
  return sha(
    inputs.map((f) => `${path.relative(ROOT, f)}\u0000${fs.readFileSync(f, 'utf8')}`).join('\u0001'),
  );
}

/**
 * The fidelity test files: every test file of test/emulator/, and the fidelity-*.test.ts files of issue 10's
 * hardening folder (item 11's fixes, kept with the other items' tests as the issue asks).
 */
export function fidelityFiles(): string[] {
  return [
    ...walk(path.join(ROOT, 'test/emulator'), (n) => n.endsWith('.test.ts')),
    ...walk(path.join(ROOT, 'test/acceptance/hardening'), (n) => /^fidelity-.*\.test\.ts$/.test(n)),
  ];
}

/** The record of every fidelity file, from the cache or from a child jest run of the files whose inputs changed. */
export function recordedServiceCalls(): ServiceCallRecord {
  const shared = sharedKey();
  const byFile = new Map<string, string[]>();
  const notRecorded: string[] = [];
  const stale: { file: string; rel: string; key: string }[] = [];
  fs.mkdirSync(CACHE, { recursive: true });
  for (const file of fidelityFiles()) {
    const rel = path.relative(ROOT, file);
    const key = sha(`${shared}\u0002${fs.readFileSync(file, 'utf8')}`);
    const cached = path.join(CACHE, recordName(rel));
    const entry = fs.existsSync(cached)
      ? (JSON.parse(fs.readFileSync(cached, 'utf8')) as { key: string; calls: string[] })
      : undefined;
    if (entry?.key === key) byFile.set(rel, entry.calls);
    else stale.push({ file, rel, key });
  }
  if (stale.length > 0) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'scn-service-calls-'));
    try {
      const results = runRecording(
        stale.map((s) => s.file),
        out,
      );
      for (const s of stale) {
        const result = results.get(s.file);
        const recorded = path.join(out, recordName(s.rel));
        if (result !== 'passed' || !fs.existsSync(recorded)) {
          notRecorded.push(`${s.rel}: ${result ?? 'did not run'}`);
          continue;
        }
        const { calls } = JSON.parse(fs.readFileSync(recorded, 'utf8')) as { calls: string[] };
        byFile.set(s.rel, calls);
        fs.writeFileSync(path.join(CACHE, recordName(s.rel)), JSON.stringify({ key: s.key, calls }));
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }
  const byMethod = new Map<string, string[]>();
  for (const [file, calls] of byFile)
    for (const c of calls) byMethod.set(c, [...(byMethod.get(c) ?? []), file]);
  return { byMethod, byFile, notRecorded, ranNow: stale.length };
}

/** Runs the files in a child jest with the recorder; each file's outcome ('passed', or why not) by absolute path. */
function runRecording(files: string[], out: string): Map<string, string> {
  const json = path.join(out, 'jest-result.json');
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/jest/bin/jest.js'),
      '--ci',
      '--json',
      `--outputFile=${json}`,
      '--setupFilesAfterEnv',
      RECORDER,
      '--runTestsByPath',
      ...files,
    ],
    {
      cwd: ROOT,
      // dist/ was built by the global setup of the run this check belongs to (or is fresh by the caller's SKIP_BUILD).
      env: { ...process.env, SKIP_BUILD: '1', SERVICE_CALL_RECORD_DIR: out },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  if (!fs.existsSync(json))
    throw new Error(`the service-call record run did not report: ${(r.stderr || r.stdout).slice(-2000)}`);
  const result = JSON.parse(fs.readFileSync(json, 'utf8')) as {
    testResults: {
      name: string;
      status: string;
      message?: string;
      testExecError?: { message: string } | null;
    }[];
  };
  return new Map(
    result.testResults.map((t) => [
      t.name,
      t.status === 'passed'
        ? 'passed'
        : `${t.status}: ${(t.testExecError?.message ?? t.message ?? '').slice(0, 300)}`,
    ]),
  );
}
