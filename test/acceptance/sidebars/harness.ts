// Shared helpers for the sidebar acceptance tests: a demo workbook in the emulator, staff by role, host-side record views.
import { benchEmulator } from '../../../bench/benchWorkbook';
import { columnByHeader, STAFF, type TabDef } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { invokeScriptRun, type ScriptRunOutcome } from '../../../src/emulator/scriptRun';
import type { DialogRecord, SpreadsheetModel } from '../../../src/emulator/services/spreadsheet/install';

/** The admin setup adds (bench/benchWorkbook.ts keeps it as the last Staff row). */
export const OWNER = 'owner@strongcities.org';
export const STRANGER = 'stranger@example.org';

/** A set-up workbook holding the demo network (200 cities, 1,500 contacts, 3,000 engagements…). */
export function demoEmulator(): Emulator {
  return benchEmulator('demo');
}

export function bound(emu: Emulator): SpreadsheetModel {
  return emu.backend.stores.spreadsheets.bound;
}

/** A tab's rows as objects keyed by field (host side, as getValues returns them), with their sheet row. */
export function records(emu: Emulator, def: TabDef): (Record<string, unknown> & { _row: number })[] {
  const sheet = bound(emu).sheetByName(def.name);
  if (!sheet) throw new Error(`no tab ${def.name}`);
  const values = sheet.getValues(1, 1, sheet.lastRow(), sheet.lastColumn());
  const headers = values[0]!.map(String);
  return values.slice(1).map((row, i) => {
    const out: Record<string, unknown> & { _row: number } = { _row: i + 2 };
    headers.forEach((h, c) => {
      const col = columnByHeader(def, h);
      if (col) out[col.key] = row[c];
    });
    return out;
  });
}

export function recordById(
  emu: Emulator,
  def: TabDef,
  id: string,
): Record<string, unknown> & { _row: number } {
  const r = records(emu, def).find((x) => x.id === id);
  if (!r) throw new Error(`${def.name}: no ${id}`);
  return r;
}

export interface StaffByRole {
  admin: string;
  coordinator: string;
  /** Hub staff of `hubId`, and of another hub. */
  hub: string;
  otherHub: string;
  hubId: string;
  comms: string;
  viewer: string;
  /** A former hub officer (Active unticked): known to the Staff tab but without access. */
  inactive: string;
}

export function staffByRole(emu: Emulator, hubId: string): StaffByRole {
  const staff = records(emu, STAFF);
  const pick = (f: (s: Record<string, unknown>) => boolean) => {
    const s = staff.find(f);
    if (!s) throw new Error('demo staff missing');
    return String(s.email);
  };
  const active = (s: Record<string, unknown>) => s.active === true;
  return {
    admin: OWNER,
    coordinator: pick((s) => s.role === 'coordinator' && active(s)),
    hub: pick((s) => s.role === 'hub' && s.hubId === hubId && active(s)),
    otherHub: pick((s) => s.role === 'hub' && s.hubId !== hubId && active(s)),
    hubId,
    comms: pick((s) => s.role === 'comms' && active(s)),
    viewer: pick((s) => s.role === 'viewer' && active(s)),
    inactive: pick((s) => s.active !== true),
  };
}

/** A google.script.run call as a page makes it (documented transfer rules, a new execution). */
export function scriptRun(emu: Emulator, user: string, name: string, ...args: unknown[]): ScriptRunOutcome {
  return invokeScriptRun(emu, { name, args, user, strictReturnValues: true });
}

/** Like scriptRun, but fails the test with the server's message when the call did not succeed. */
export function runOk<T>(emu: Emulator, user: string, name: string, ...args: unknown[]): T {
  const r = scriptRun(emu, user, name, ...args);
  if (!r.ok) throw new Error(`${name} as ${user}: ${r.error.message}`);
  return r.value as T;
}

/** The last sidebar the script showed. */
export function lastSidebar(emu: Emulator): DialogRecord {
  const dialogs = bound(emu).ui.dialogs.filter((d) => d.kind === 'sidebar');
  const last = dialogs[dialogs.length - 1];
  if (!last) throw new Error('no sidebar was shown');
  return last;
}

/** The context JSON the server appended to a shown sidebar. */
export function sidebarContext(dialog: DialogRecord): Record<string, string> {
  const m = /<script type="application\/json" id="scn-context">([^<]*)<\/script>/.exec(dialog.html);
  return m ? JSON.parse(m[1]!) : {};
}

/** Selects a record's row in the emulated workbook, as a user clicking on it would. */
export function selectRow(emu: Emulator, tab: string, row: number): void {
  const book = bound(emu);
  const sheet = book.sheetByName(tab)!;
  book.activeSheetId = sheet.id;
  book.activeRange = { sheetId: sheet.id, rect: { row, col: 1, numRows: 1, numCols: 1 } };
}
