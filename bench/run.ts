// `npm run bench`: runs each operation on the shipped bundle in the emulator and prints calls, cells, modelled time and ratio.
// `npm run bench -- --json` prints the same rows as one JSON array.
import fs from 'node:fs';
import path from 'node:path';
import { type BenchRow, formatTable } from './measure';
import { OPERATIONS } from './operations';

process.env.TZ = require('../appsscript.json').timeZone;

function main(): void {
  const json = process.argv.includes('--json');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
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
  for (const op of OPERATIONS) {
    if (only && !op.name.includes(only)) continue;
    rows.push(...op.run());
  }
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log(formatTable(rows));
  const over = rows.filter((r) => r.ratio > 1.5);
  console.log(
    over.length === 0
      ? '\nAll operations within ratio 1.5 of the lower bound.'
      : `\nOver ratio 1.5: ${over.map((r) => r.operation).join(', ')}`,
  );
}

main();
