// Jest reporter: one block summing the reliability suites' tallies (kill points, faults, interleavings, strings, violations).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ENV = 'SCN_RELIABILITY_TALLY_FILE'; // same name as TALLY_FILE_ENV in tallyFile.ts

class ReliabilitySummaryReporter {
  onRunStart() {
    // Workers are started after this and inherit the environment, so every suite appends to this run's file.
    const file = path.join(os.tmpdir(), `scn-reliability-${process.pid}-${Date.now()}.jsonl`);
    fs.writeFileSync(file, '');
    process.env[ENV] = file;
  }

  onRunComplete() {
    const file = process.env[ENV];
    if (!file || !fs.existsSync(file)) return;
    const lines = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    fs.rmSync(file, { force: true });
    delete process.env[ENV];
    if (lines.length === 0) return;
    const sum = (k) => lines.reduce((n, l) => n + l[k], 0);
    const violations = lines.flatMap((l) => l.violations.map((v) => `${l.suite}: ${v}`));
    const known = lines.flatMap((l) =>
      l.known.map((k) => `  known limit (${k.count}×, ${l.suite}): ${k.reason}`),
    );
    const out = [
      `[reliability] ${lines.length} suites: ${sum('killPoints')} kill points, ${sum('faultPoints')} fault points, ` +
        `${sum('interleavings')} interleavings, ${sum('strings')} strings tried, ${violations.length} violations`,
      ...lines.map(
        (l) =>
          `  ${l.suite}: ${l.killPoints} kill, ${l.faultPoints} fault, ${l.interleavings} interleavings, ` +
          `${l.strings} strings, ${l.violations.length} violations`,
      ),
      ...known,
      ...violations.slice(0, 20).map((v) => `  ✗ ${v}`),
    ];
    process.stdout.write(`\n${out.join('\n')}\n`);
  }
}

module.exports = ReliabilitySummaryReporter;
