// A set-up workbook for the weekly snapshot tests, and host-side views of its Drive folder and record.

import { Emulator, type RunResult } from '../../../src/emulator';
import { BOUND_DOCUMENT_KEY } from '../../../src/emulator/services/script/install';
import { stableDist } from '../../support/reliability/stableDist';
import { OWNER } from '../../support/reliability/workbookView';

export { OWNER };
/** Monday 1 June 2026, 09:00 London: the weekly trigger's first run is the next Monday 04:00. */
export const START = Date.UTC(2026, 5, 1, 8, 0, 0);
export const WEEK_MS = 7 * 24 * 3_600_000;
export const FOLDER = 'SCN CRM snapshots';

export function call<T>(emu: Emulator, fn: string, args: unknown[] = [], user = OWNER): T {
  const r = emu.run<T>(fn, args, { user });
  if (r.status !== 'ok') throw new Error(`${fn} ${r.status}: ${r.error}`);
  return r.value as T;
}

/** Writes a Settings value host-side, as an admin typing in the grid would. */
export function setSetting(emu: Emulator, key: string, value: string | number): void {
  const settings = emu.backend.stores.spreadsheets.bound.sheetByName('Settings')!;
  const keys = settings.getValues(1, 1, settings.lastRow(), 1).map((r) => String(r[0]));
  const row = keys.indexOf(key) + 1;
  if (row === 0) throw new Error(`no Settings key ${key}`);
  settings.setValuesRaw(row, 2, [[value]]);
}

/** A set-up workbook with a city saved; the snapshot folder made in the owner's Drive unless told otherwise. */
export function snapshotWorkbook(opts: { folder?: boolean; keep?: number } = {}): Emulator {
  const emu = new Emulator({ distDir: stableDist(), start: new Date(START) });
  call(emu, 'setupWorkbook');
  call(emu, 'saveRecord', [{ tab: 'Hubs', fields: { name: 'MENA' } }]);
  if (opts.folder !== false) {
    emu.backend.stores.drive.addFolder(FOLDER, OWNER);
    setSetting(emu, 'Snapshot folder', FOLDER);
  }
  if (opts.keep !== undefined) setSetting(emu, 'Snapshots kept', opts.keep);
  return emu;
}

/** The weekly trigger's uid (setup installed it). */
export function snapshotTrigger(emu: Emulator): string {
  const t = emu.backend.stores.script.triggers.triggers.find((x) => x.handler === 'runWeeklySnapshot');
  if (!t) throw new Error('no weekly snapshot trigger');
  return t.uid;
}

/** Runs the weekly handler as its trigger would, `weeks` after the start (options: a kill point). */
export function runWeek(
  emu: Emulator,
  weeks: number,
  stopAtCall?: number,
  faults?: { atCall: number; message: string }[],
): RunResult {
  const at = START + weeks * WEEK_MS;
  if (emu.backend.clock.now() < at) emu.backend.clock.set(at);
  return emu.run('runWeeklySnapshot', [{ triggerUid: snapshotTrigger(emu) }], {
    user: OWNER,
    ...(stopAtCall === undefined ? {} : { stopAtCall }),
    ...(faults ? { faults } : {}),
  });
}

export interface FolderFile {
  id: string;
  name: string;
  trashed: boolean;
}

/** Every file in the snapshot folder, trashed or not (host side: no service call counted). */
export function folderFiles(emu: Emulator, folder = FOLDER): FolderFile[] {
  const drive = emu.backend.stores.drive;
  const f = drive.visibleTo(OWNER).find((i) => i.name() === folder && i.mimeType.endsWith('folder'));
  if (!f) return [];
  const all: FolderFile[] = [];
  for (const s of emu.backend.stores.spreadsheets.all()) {
    const item = drive.get(s.id);
    if (item && item.parentId === f.id) all.push({ id: s.id, name: item.name(), trashed: item.trashed });
  }
  return all;
}

/** The untrashed snapshot copies in the folder (named "… — snapshot …"). */
export function liveSnapshots(emu: Emulator): FolderFile[] {
  return folderFiles(emu).filter((f) => !f.trashed && f.name.includes(' — snapshot '));
}

/** The record kept in the document properties. */
export function recorded(emu: Emulator): { copies: { id: string }[]; pending: unknown } {
  const raw = emu.backend.stores.script.properties.forDocument(BOUND_DOCUMENT_KEY).get('scn.snapshot.state');
  return raw ? JSON.parse(raw) : { copies: [], pending: null };
}

/** The Audit tab's snapshot lines (their Summary cells). */
export function auditSummaries(emu: Emulator): string[] {
  const audit = emu.backend.stores.spreadsheets.bound.sheetByName('Audit')!;
  const rows = audit.getValues(1, 1, audit.lastRow(), audit.lastColumn());
  const head = rows[0]!.map(String);
  const action = head.indexOf('Action');
  const summary = head.indexOf('Summary');
  return rows.filter((r) => r[action] === 'snapshot').map((r) => String(r[summary]));
}
