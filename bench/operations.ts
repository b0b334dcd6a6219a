// The benchmarked operations: each builds its workbook in the emulator, runs the shipped bundle and returns its rows.
import type { DemoSize } from '../src/demo/generate';
import { Emulator } from '../src/emulator';
import { BENCH_USER, benchEmulator } from './benchWorkbook';
import { cliOperations } from './cliOperations';
import { dashboardOperations } from './dashboardOperations';
import { intakeOperations } from './intakeOperations';
import { mailingOperations } from './mailingOperations';
import { type BenchRow, summarise } from './measure';
import { peerOperations } from './peerOperations';
import { privacyOperations } from './privacyOperations';
import { sidebarOperations } from './sidebarOperations';
import { workbookOperations } from './workbookOperations';
import { workbookSizeOperation } from './workbookSize';

export interface BenchOperation {
  name: string;
  run(): BenchRow[];
}

/** An operation that talks over HTTP (the CLI against the local fake Google): its rows come as a promise. */
export interface AsyncBenchOperation {
  name: string;
  run(): Promise<BenchRow[]>;
}

/** Every operation at `scale`: the 'bench' workbook is DESIGN §7's ×10 network times `scale` (the demo stays as is). */
export function operations(scale: number): (BenchOperation | AsyncBenchOperation)[] {
  const build = (size: DemoSize) => benchEmulator(size, size === 'bench' ? scale : 1);
  return [
    {
      name: 'open workbook (onOpen builds the menu)',
      run() {
        const emu = new Emulator();
        const r = emu.run('onOpen', [], { authMode: 'LIMITED' });
        if (r.status !== 'ok') throw new Error(`onOpen failed: ${r.error}`);
        return [summarise(this.name, r.execution.records, 0)];
      },
    },
    ...workbookOperations(build, BENCH_USER),
    ...intakeOperations(build, BENCH_USER),
    ...sidebarOperations(build, BENCH_USER),
    ...mailingOperations(build, BENCH_USER),
    ...privacyOperations(build, BENCH_USER),
    ...peerOperations(build, BENCH_USER),
    // Issue 18: the command line's backup and restore, over HTTP to the local fake Google.
    ...cliOperations(() => build('bench'), BENCH_USER),
    ...dashboardOperations(build, BENCH_USER),
    // Last: the size of a bench workbook after the operations above have run on it.
    workbookSizeOperation(build, BENCH_USER),
  ];
}
