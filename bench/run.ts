// `npm run bench`: runs each operation on the shipped bundle in the emulator and prints calls, cells, modelled time and ratio.
// `npm run bench -- --json` prints the same rows as one JSON array; `--scale N` multiplies the bench workbook by N
// (10: 3,000 cities, 300,000 engagements, 200,000 sends); `--only=text` runs the operations whose name has it;
// `--calls` prints on stderr, for each row, its modelled time per service method (bench/measure.ts breakdown).
import fs from 'node:fs';
import path from 'node:path';
import { type BenchRow, formatTable } from './measure';
import { operations } from './operations';

process.env.TZ = require('../appsscript.json').timeZone;

function scaleArg(argv: readonly string[]): number {
  const i = argv.findIndex((a) => a === '--scale' || a.startsWith('--scale='));
  if (i < 0) return 1;
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--scale takes a whole number ≥ 1 (got ${raw}).`);
  return n;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const scale = scaleArg(process.argv);
  const rows: BenchRow[] = [];
  const bundleBytes = fs.statSync(path.resolve(__dirname, '..', 'dist', 'Code.js')).size;
  rows.push({
    operation: 'bundle',
    calls: 0,
    ioCalls: 0,
    cellsRead: 0,
    cellsWritten: 0,
    modelledSeconds: 0,
    lowerBound: 0,
    ratio: 1,
    bundleBytes,
    note: 'dist/Code.js size; target ≤ 250 KB',
  });
  for (const op of operations(scale)) {
    if (only && !op.name.includes(only)) continue;
    const started = Date.now();
    rows.push(...(await op.run()));
    // Wall time and memory per operation on stderr, so a slow or large step shows where it is.
    const rss = Math.round(process.memoryUsage().rss / 1e6);
    process.stderr.write(`${op.name}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${rss} MB resident\n`);
  }
  for (const r of rows) r.scale = scale;
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log(`scale ${scale}`);
  console.log(formatTable(rows));
  const over = rows.filter((r) => r.ratio > 1.5);
  console.log(
    over.length === 0
      ? '\nAll operations within ratio 1.5 of the lower bound.'
      : `\nOver ratio 1.5: ${over.map((r) => r.operation).join(', ')}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
