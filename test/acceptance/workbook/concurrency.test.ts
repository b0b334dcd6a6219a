// Issue 3 "Done when": executions creating records at the same time, interleaved call by call, get unique ids.

import { runConcurrently, seedLabel, seedsToRun } from '../../../src/emulator/concurrent';
import { OWNER, setUpWorkbook, values } from './harness';

const SEEDS = seedsToRun(3);

describe.each([2, 20])('%i executions creating records at once', (n) => {
  it.each(SEEDS.map((s) => [seedLabel(s), s] as const))(
    'each record is saved once with its own id (%s)',
    async (label, seed) => {
      const emu = setUpWorkbook();
      const jobs = Array.from({ length: n }, (_, i) => ({
        fn: 'saveRecord',
        args: [{ tab: 'Hubs', fields: { name: `Hub ${i}` } }],
        options: { user: OWNER },
      }));
      const results = await runConcurrently(emu, jobs, { seed });
      const failed = results.filter((r) => r.status !== 'ok').map((r) => `job ${r.job}: ${r.error}`);
      expect({ label, failed }).toEqual({ label, failed: [] });
      const ids = results.map((r) => (r.value as { id: string }).id);
      expect({ label, unique: new Set(ids).size }).toEqual({ label, unique: n });
      const rows = values(emu, 'Hubs').slice(1);
      expect({ label, rows: rows.length, idsInTab: new Set(rows.map((r) => r[0])).size }).toEqual({
        label,
        rows: n,
        idsInTab: n,
      });
      expect({ label, names: rows.map((r) => r[1]).sort() }).toEqual({
        label,
        names: jobs.map((j) => j.args[0]!.fields.name).sort(),
      });
    },
  );
});
