// The benchmarked operations: each builds its workbook in the emulator, runs the shipped bundle and returns its rows.
import { Emulator } from '../src/emulator';
import { BENCH_USER, benchEmulator } from './benchWorkbook';
import { intakeOperations } from './intakeOperations';
import { type BenchRow, summarise } from './measure';
import { sidebarOperations } from './sidebarOperations';
import { workbookOperations } from './workbookOperations';

export interface BenchOperation {
  name: string;
  run(): BenchRow[];
}

export const OPERATIONS: BenchOperation[] = [
  {
    name: 'open workbook (onOpen builds the menu)',
    run() {
      const emu = new Emulator();
      const r = emu.run('onOpen', [], { authMode: 'LIMITED' });
      if (r.status !== 'ok') throw new Error(`onOpen failed: ${r.error}`);
      return [summarise(this.name, r.execution.records, 0)];
    },
  },
  ...workbookOperations(benchEmulator, BENCH_USER),
  ...intakeOperations(benchEmulator, BENCH_USER),
  ...sidebarOperations(benchEmulator, BENCH_USER),
];
