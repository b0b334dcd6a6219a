// Shared helpers for the workbook acceptance tests: an emulator on dist/Code.js and host-side views of the workbook.

import type { CallRecord } from '../../../src/emulator';
import { Emulator } from '../../../src/emulator';
import type { SheetModel, SpreadsheetModel } from '../../../src/emulator/services/spreadsheet/install';

export const OWNER = 'owner@strongcities.org';
export const COORDINATOR = 'coordinator@strongcities.org';

export function bound(emu: Emulator): SpreadsheetModel {
  return emu.backend.stores.spreadsheets.bound;
}

export function sheet(emu: Emulator, name: string): SheetModel {
  const s = bound(emu).sheetByName(name);
  if (!s) throw new Error(`no tab ${name}`);
  return s;
}

/** Every value of a tab's used range, as getValues would return it. */
export function values(emu: Emulator, name: string): unknown[][] {
  const s = sheet(emu, name);
  const rows = s.lastRow();
  const cols = s.lastColumn();
  return rows === 0 ? [] : s.getValues(1, 1, rows, cols);
}

export function headers(emu: Emulator, name: string): string[] {
  return (values(emu, name)[0] ?? []).map(String);
}

/** Calls that changed something in the workbook (cells, formats, structure) or in script state. */
export function writeCalls(records: CallRecord[]): CallRecord[] {
  return records.filter(
    (r) =>
      r.class === 'write' ||
      r.class === 'flush' ||
      /^(setProperty|setProperties|deleteProperty|deleteAllProperties|create|deleteTrigger|remove|setDescription|setWarningOnly)$/.test(
        r.method,
      ),
  );
}

/** Runs an entry point and fails the test with the script's error when it did not return. */
export function ok<T>(emu: Emulator, fn: string, args: unknown[] = [], user = OWNER) {
  const r = emu.run<T>(fn, args, { user });
  if (r.status !== 'ok') throw new Error(`${fn} ${r.status}: ${r.error}`);
  return r;
}

/** A set-up workbook with the owner as admin. */
export function setUpWorkbook(): Emulator {
  const emu = new Emulator();
  ok(emu, 'setupWorkbook');
  return emu;
}
