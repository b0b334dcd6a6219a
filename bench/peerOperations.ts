// Bench row of issue 14: "Suggest peer matches" over the bench workbook (every open need against every offering side).

import type { DemoSize } from '../src/demo/generate';
import type { Emulator } from '../src/emulator';
import { idCountersAhead } from './benchWorkbook';
import { AUDITED_WRITE, gridGrowth, gridRows, rowsWhere, WHOLE_READ } from './lowerBound';
import { summarise } from './measure';
import type { BenchOperation } from './operations';
import { timeScoring } from './peerScoring';

export function peerOperations(build: (size: DemoSize) => Emulator, user: string): BenchOperation[] {
  return [
    {
      name: 'suggest peer matches (bench workbook)',
      run() {
        const emu = build('bench');
        idCountersAhead(emu); // a workbook in use: its id counters ahead of its rows
        // The scoring alone, on the same cells before the run (capacity from Settings' default, 2).
        const scoring = timeScoring(emu, new Date(emu.backend.clock.now()));
        const grids = gridRows(emu, ['Matches', 'Audit']);
        const started = process.hrtime.bigint();
        const r = emu.run<{ needs: number; written: number }>('suggestPeerMatches', [], { user });
        const hostMs = Number(process.hrtime.bigint() - started) / 1e6;
        if (r.status !== 'ok') throw new Error(`suggestPeerMatches failed: ${r.error}`);
        const partnerIds = rowsWhere(emu, 'Partners', 'Partner ID', (c) => String(c) !== '').length;
        // Lower bound: Staff and Settings read whole; Matches read whole; the columns needed of Cities, Partners, Offers,
        // Contacts (partners' languages), Needs and Engagements (peer exchanges), each a header read (the column
        // layout is the user's) and one block; the suggestions appended in one block, the audited write, and the
        // audit rows' id check (one search of the Audit id column: Matches' ids are checked in the copy read
        // whole); plus growing the Matches and Audit grids when the rows written pass their end (gridGrowth).
        const lb =
          3 * WHOLE_READ +
          6 * 2 +
          (r.value!.written > 0 ? 2 + AUDITED_WRITE + gridGrowth(emu, grids, ['Matches']) : 0);
        return [
          summarise(
            this.name,
            r.execution.records,
            lb,
            `${r.value!.needs} open needs × ${partnerIds} partners and the member cities; ${r.value!.written} written; CPU ms of the scoring itself (rank + optimal assignment, Node): ${scoring.ms} (greedy alone ${scoring.greedyMs} ms; total score greedy ${scoring.greedyTotal}, optimal ${scoring.optimalTotal}); host ms of the whole run in the emulator: ${Math.round(hostMs)}`,
          ),
        ];
      },
    },
  ];
}
