// Turns a demo workbook into sheet values (header row + one row per record) for seeding a workbook or a test.

import { TABLE_TABS, type TabDef } from '../../sheets-templates/index';
import { SETTINGS } from '../../sheets-templates/tabs/admin';
import { type CellValue, toCell } from '../core/schema/cells';
import type { DemoWorkbook } from './generate';

/** One tab's values as setValues expects them: headers first, then records in column order. */
export function recordsToValues(tab: TabDef, records: readonly object[]): CellValue[][] {
  const columns = tab.columns;
  const rows: CellValue[][] = [columns.map((c) => c.header)];
  for (const record of records) {
    const r = record as Record<string, unknown>;
    rows.push(columns.map((c) => toCell(c, r[c.key])));
  }
  return rows;
}

/** Every table tab and Settings, keyed by tab name. */
export function demoSheetValues(workbook: DemoWorkbook): Record<string, CellValue[][]> {
  const out: Record<string, CellValue[][]> = {};
  const rowsByTab = workbook as unknown as Record<string, object[]>;
  for (const tab of TABLE_TABS) out[tab.name] = recordsToValues(tab, rowsByTab[tab.name] ?? []);
  out[SETTINGS.name] = recordsToValues(SETTINGS, workbook.Settings);
  return out;
}
