// Turns the calls an operation made in the emulator into the benchmark's figures (DESIGN §7).
import type { CallRecord } from '../src/emulator';

export interface BenchRow {
  operation: string;
  /** Every service call the operation made. */
  calls: number;
  /** Calls that moved cells or sent mail (class read/write/send/flush): what the lower bound counts. */
  ioCalls: number;
  cellsRead: number;
  cellsWritten: number;
  modelledSeconds: number;
  /** The fewest I/O calls the operation could make: one read per table touched, one write per contiguous block, one send per recipient. */
  lowerBound: number;
  /** ioCalls / lowerBound (1 when both are 0). */
  ratio: number;
  bundleBytes?: number;
  /** The bench's scale (`--scale N`): the 'bench' workbook is the ×10 network times N. */
  scale?: number;
  /** On the `workbook size` row: cells within each tab's used range, and every tab's whole grid. */
  usedCells?: number;
  gridCells?: number;
  note?: string;
}

/**
 * `--calls`: where an operation's modelled time goes, one line per service method (calls, ms, cells read and
 * searched), on stderr so that `--json` output stays one array.
 */
export function breakdown(operation: string, records: CallRecord[]): string {
  const by = new Map<string, { n: number; ms: number; read: number; scanned: number }>();
  for (const r of records) {
    const key = `${r.service}.${r.type}.${r.method}`;
    const g = by.get(key) ?? { n: 0, ms: 0, read: 0, scanned: 0 };
    g.n++;
    g.ms += r.ms;
    g.read += r.cellsRead;
    g.scanned += r.cellsScanned ?? 0;
    by.set(key, g);
  }
  const lines = [...by]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(
      ([k, g]) =>
        `  ${g.ms.toFixed(1).padStart(9)} ms ${String(g.n).padStart(5)} calls ${String(g.read).padStart(9)} read ${String(g.scanned).padStart(9)} searched  ${k}`,
    );
  return [`${operation}:`, ...lines].join('\n');
}

export function summarise(
  operation: string,
  records: CallRecord[],
  lowerBound: number,
  note?: string,
): BenchRow {
  if (process.argv.includes('--calls')) process.stderr.write(`${breakdown(operation, records)}\n`);
  const io = records.filter((r) => r.class !== 'other').length;
  const ms = records.reduce((s, r) => s + r.ms, 0);
  let ratio: number;
  if (lowerBound === 0) ratio = io === 0 ? 1 : Number.POSITIVE_INFINITY;
  else ratio = io / lowerBound;
  return {
    operation,
    calls: records.length,
    ioCalls: io,
    cellsRead: records.reduce((s, r) => s + r.cellsRead, 0),
    cellsWritten: records.reduce((s, r) => s + r.cellsWritten, 0),
    modelledSeconds: Math.round(ms) / 1000,
    lowerBound,
    ratio: Math.round(ratio * 100) / 100,
    ...(note ? { note } : {}),
  };
}

export function formatTable(rows: BenchRow[]): string {
  const head = [
    'operation',
    'calls',
    'io calls',
    'cells read',
    'cells written',
    'modelled s',
    'lower bound',
    'ratio',
  ];
  const body = rows.map((r) => [
    r.operation +
      (r.bundleBytes !== undefined ? ` (${(r.bundleBytes / 1024).toFixed(1)} KB)` : '') +
      (r.gridCells !== undefined ? ` (${r.usedCells} used, ${r.gridCells} grid cells)` : ''),
    String(r.calls),
    String(r.ioCalls),
    String(r.cellsRead),
    String(r.cellsWritten),
    r.modelledSeconds.toFixed(3),
    String(r.lowerBound),
    Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '∞',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
