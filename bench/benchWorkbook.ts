// Builds the benchmark workbook: setup through the bundle on an empty workbook, then the demo generator's rows
// loaded host-side straight into the spreadsheet model (fast: no script calls for hundreds of thousands of rows).

import { STAFF, TABLE_TABS } from '../sheets-templates';
import { demoSheetValues, generateDemoWorkbook } from '../src/demo';
import type { DemoSize } from '../src/demo/generate';
import { Emulator } from '../src/emulator';
import { BOUND_DOCUMENT_KEY } from '../src/emulator/services/script/install';
import type { SheetModel } from '../src/emulator/services/spreadsheet/sheetModel';
import type { CellValue } from '../src/emulator/services/spreadsheet/valueConversion';

export const BENCH_USER = 'owner@strongcities.org';

/** Years of history the 'bench' workbook spreads over (so that archiving has rows older than its window). */
export const BENCH_HISTORY_YEARS = 5;

const cache = new Map<string, Record<string, unknown[][]>>();

function sheetValues(size: DemoSize, scale: number): Record<string, unknown[][]> {
  const key = `${size}×${scale}`;
  let v = cache.get(key);
  if (!v) {
    // One cached workbook at a time: a 10× workbook is large and the bench never mixes scales.
    if (scale > 1) cache.clear();
    v = demoSheetValues(
      generateDemoWorkbook(size === 'bench' ? { size, scale, historyYears: BENCH_HISTORY_YEARS } : { size }),
    );
    cache.set(key, v);
  }
  return v;
}

/**
 * An emulator whose bound workbook is set up and holds the demo data of `size` (the 'bench' size × `scale`:
 * DESIGN §7's ×10 network at scale 1, 3,000 cities and 300,000 engagements at scale 10); the bench user is an admin.
 */
export function benchEmulator(
  size: DemoSize,
  scale = 1,
  /** The advanced services on (default: those appsscript.json enables); a test turns one off to check a fallback. */
  advancedServices?: string[],
): Emulator {
  const emu = new Emulator(advancedServices ? { advancedServices } : {});
  const setup = emu.run('setupWorkbook', [], { user: BENCH_USER });
  if (setup.status !== 'ok') throw new Error(`setup failed: ${setup.error}`);
  const book = emu.backend.stores.spreadsheets.bound;
  const data = sheetValues(size, scale);
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
    loadRows(sheet, body);
  }
  return emu;
}

/**
 * Moves every table's id counter to the highest id in its tab, as the store leaves a workbook in use (it saves the
 * counter before the rows that carry its ids). The load above puts rows in behind the counters' back, so the first
 * id issue of each tab takes the rare path (a last-row read and a second search): right for the tests of that path
 * (test/acceptance/hardening/ids.test.ts), wrong for a row measuring an operation in a workbook in use.
 */
export function idCountersAhead(emu: Emulator): void {
  const book = emu.backend.stores.spreadsheets.bound;
  const props = emu.backend.stores.script.properties.forDocument(BOUND_DOCUMENT_KEY);
  for (const def of TABLE_TABS) {
    const sheet = book.sheetByName(def.name);
    if (!def.prefix || !sheet || sheet.lastRow() < 2) continue;
    const pattern = new RegExp(`^${def.prefix}-(\\d+)$`);
    let highest = 0;
    for (const [id] of sheet.getValues(2, 1, sheet.lastRow() - 1, 1)) {
      const m = pattern.exec(String(id ?? ''));
      if (m && Number(m[1]) > highest) highest = Number(m[1]);
    }
    const key = `scn.lastId.${def.prefix}`;
    if (highest > (Number(props.get(key)) || 0)) props.set(key, String(highest));
  }
}

/**
 * Puts the data rows (from row 2) straight into the tab's model, as setValuesRaw would store them, with one
 * array copy per row: at scale 10 the bench loads 8 million cells for each operation, and wrapping each cell
 * first (as the general write path does) cost most of the bench's time and memory.
 */
function loadRows(sheet: SheetModel, body: readonly unknown[][]): void {
  let widest = 0;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const copy: CellValue[] = new Array(line.length);
    for (let j = 0; j < line.length; j++) copy[j] = (line[j] ?? '') as CellValue;
    sheet.rows[i + 1] = copy;
    if (sheet.formulas[i + 1]) sheet.formulas[i + 1] = undefined;
    if (line.length > widest) widest = line.length;
  }
  if (body.length + 1 > sheet.maxRows) sheet.maxRows = body.length + 1;
  if (widest > sheet.maxColumns) sheet.maxColumns = widest;
}
