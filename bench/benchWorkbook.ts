// Builds the benchmark workbook: setup through the bundle on an empty workbook, then the demo generator's rows
// loaded host-side straight into the spreadsheet model (fast: no script calls for 60,000 rows).

import { STAFF, TABLE_TABS } from '../sheets-templates';
import { demoSheetValues, generateDemoWorkbook } from '../src/demo';
import type { DemoSize } from '../src/demo/generate';
import { Emulator } from '../src/emulator';

export const BENCH_USER = 'owner@strongcities.org';

const cache = new Map<DemoSize, Record<string, unknown[][]>>();

function sheetValues(size: DemoSize): Record<string, unknown[][]> {
  let v = cache.get(size);
  if (!v) {
    v = demoSheetValues(generateDemoWorkbook({ size }));
    cache.set(size, v);
  }
  return v;
}

/** An emulator whose bound workbook is set up and holds the demo data of `size`; the bench user is an admin. */
export function benchEmulator(size: DemoSize): Emulator {
  const emu = new Emulator();
  const setup = emu.run('setupWorkbook', [], { user: BENCH_USER });
  if (setup.status !== 'ok') throw new Error(`setup failed: ${setup.error}`);
  const book = emu.backend.stores.spreadsheets.bound;
  const data = sheetValues(size);
  for (const def of TABLE_TABS) {
    const rows = data[def.name];
    if (!rows || rows.length < 2) continue;
    const sheet = book.sheetByName(def.name)!;
    const body = rows.slice(1);
    if (def.name === STAFF.name) {
      // Keep setup's first admin (the bench user), renumbered after the demo staff so ids stay unique.
      const admin = sheet.getValues(2, 1, 1, def.columns.length)[0]!;
      admin[0] = `STF-${String(body.length + 1).padStart(6, '0')}`;
      body.push(admin);
    }
    const need = body.length + 1;
    if (sheet.maxRows < need) sheet.insertRows(sheet.maxRows + 1, need - sheet.maxRows);
    sheet.setValuesRaw(2, 1, body as never);
  }
  return emu;
}
