// Bench row of issue 15: "Refresh dashboard" on the bench workbook (every indicator for two periods, the chart tables,
// the four charts), one read per source tab and one write per output block.

import type { DemoSize } from '../src/demo/generate';
import type { Emulator } from '../src/emulator';
import { WHOLE_READ } from './lowerBound';
import { summarise } from './measure';
import type { BenchOperation } from './operations';

/** Source tabs read once each (header, then the block of the columns needed). */
const SOURCE_TABS = 12; // Hubs, Indicators, Cities, Contacts, Engagements, Applications, Mailings, Sends, Matches, Events, Participants, History summary

export function dashboardOperations(build: (size: DemoSize) => Emulator, user: string): BenchOperation[] {
  return [
    {
      name: 'refresh dashboard (bench workbook, first refresh then a second)',
      run() {
        const emu = build('bench');
        const first = emu.run<{ indicators: number }>('refreshDashboard', [], { user });
        if (first.status !== 'ok') throw new Error(`refreshDashboard failed: ${first.error}`);
        const started = process.hrtime.bigint();
        const r = emu.run<{ indicators: number; charts: number }>('refreshDashboard', [], { user });
        const hostMs = Number(process.hrtime.bigint() - started) / 1e6;
        if (r.status !== 'ok') throw new Error(`refreshDashboard failed: ${r.error}`);
        // Lower bound: Staff and Settings read whole, the two filter cells, each source tab's header and block; the
        // title lines and the output block written (a clear is needed only when the block shrinks); the charts listed
        // once and each updated in place.
        const lb = 2 * WHOLE_READ + 1 + 2 * SOURCE_TABS + 2 + 1 + r.value!.charts;
        return [
          summarise(
            this.name,
            r.execution.records,
            lb,
            `second refresh measured (charts updated in place): ${r.value!.indicators} indicators, ${r.value!.charts} charts; host ms in the emulator: ${Math.round(hostMs)}`,
          ),
        ];
      },
    },
  ];
}
