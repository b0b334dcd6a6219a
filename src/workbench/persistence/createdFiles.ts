// The spreadsheets the script created (yearly archives) and Drive's folders, kept beside the workbook: each
// spreadsheet as its own .xlsx in `<workbook> files/`, its id, owner, editors, folder and unsaved rows in the state file.
import fs from 'node:fs';
import path from 'node:path';
import type { GoogleBackend } from '../../emulator/backend';
import { DriveItem } from '../../emulator/services/drive/driveStore';
import { SpreadsheetModel } from '../../emulator/services/spreadsheet/install';
import { removeStaleTemps } from './atomicFile';
import {
  type ContentJournal,
  type ContentSnapshot,
  journalOf,
  replayJournal,
  snapshotOf,
  snapshotOfFile,
} from './contentJournal';
import { readField, readFields, writeFields } from './privateFields';
import { captureSpreadsheet, type WorkbookState } from './serviceState';
import { readXlsx } from './xlsxRead';
import type { XlsxThread } from './xlsxThread';
import { planWorkbook, sheetContents } from './xlsxWrite';

/** One created spreadsheet in the state file: its metadata, file name, and the rows its .xlsx does not hold yet. */
export interface SavedFile extends Omit<WorkbookState['spreadsheet'], 'sheets'> {
  sheets: WorkbookState['spreadsheet']['sheets'];
  owner: string;
  /** The .xlsx's name inside the files folder. */
  file: string;
  journal: ContentJournal;
}

export interface SavedDriveItem {
  id: string;
  mimeType: string;
  owner: string;
  parentId: string;
  name: string;
}

export interface CreatedFilesState {
  spreadsheets: SavedFile[];
  drive: SavedDriveItem[];
  counters: { spreadsheets: Record<string, unknown>; drive: Record<string, unknown> };
}

/** `.workbench/workbook.xlsx` → `.workbench/workbook files/`. */
export function filesDirOf(xlsxPath: string): string {
  return `${xlsxPath.replace(/\.xlsx$/i, '')} files`;
}

/** A name Windows, macOS and Linux all accept, without path separators or a leading dot. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 100);
  return cleaned || 'spreadsheet';
}

/** Spreadsheets other than the bound one, in creation order. */
export function createdSpreadsheets(g: GoogleBackend): SpreadsheetModel[] {
  const store = g.stores.spreadsheets;
  return store.all().filter((m) => m.id !== store.boundId);
}

interface Track {
  file: string;
  onDisk?: ContentSnapshot;
  inFlight?: ContentSnapshot;
  latest?: ContentSnapshot;
}

/** The saver's side: state-file sections after every execution, .xlsx files in the save thread. */
export class CreatedFiles {
  private readonly tracks = new Map<string, Track>();

  constructor(
    private readonly g: GoogleBackend,
    private readonly xlsxPath: string,
    loaded: Map<string, { file: string; onDisk?: ContentSnapshot }> = new Map(),
  ) {
    for (const [id, t] of loaded) this.tracks.set(id, { ...t });
  }

  /** Where a created spreadsheet's .xlsx is (undefined for one not saved yet). */
  pathOf(id: string): string | undefined {
    const t = this.tracks.get(id);
    return t ? path.join(filesDirOf(this.xlsxPath), t.file) : undefined;
  }

  private trackOf(model: SpreadsheetModel): Track {
    let t = this.tracks.get(model.id);
    if (!t) {
      // Two spreadsheets may share a name; the file name is fixed at first save, so a rename moves no file.
      const taken = new Set([...this.tracks.values()].map((x) => x.file.toLowerCase()));
      const base = safeFileName(model.name);
      let file = `${base}.xlsx`;
      for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${base} (${n}).xlsx`;
      t = { file };
      this.tracks.set(model.id, t);
    }
    return t;
  }

  /** The state file's section at `generation`: every created spreadsheet with its journal, and Drive's items. */
  capture(generation: number): CreatedFilesState {
    const g = this.g;
    const spreadsheets = createdSpreadsheets(g).map((model): SavedFile => {
      const t = this.trackOf(model);
      const contents = sheetContents(model);
      const bases = [t.onDisk, t.inFlight].filter((b): b is ContentSnapshot => b !== undefined);
      t.latest = snapshotOf(generation, contents);
      return {
        ...captureSpreadsheet(model),
        owner: model.owner,
        file: t.file,
        journal: journalOf(contents, bases),
      };
    });
    const items = readField<Map<string, DriveItem>>(g.stores.drive, 'items');
    const drive = [...items.values()].map((i) => ({
      id: i.id,
      mimeType: i.mimeType,
      owner: i.owner,
      parentId: i.parentId,
      name: i.name(),
    }));
    return {
      spreadsheets,
      drive,
      counters: {
        spreadsheets: readFields(g.stores.spreadsheets, ['counter']),
        drive: readFields(g.stores.drive, ['counter']),
      },
    };
  }

  /** Whether every created spreadsheet's .xlsx holds its latest captured rows (the journals can then be emptied). */
  get allOnDisk(): boolean {
    return [...this.tracks.values()].every((t) => !t.latest || t.onDisk === t.latest);
  }

  /** Writes the .xlsx of each created spreadsheet whose rows changed since its file was written. */
  async writeChanged(thread: XlsxThread): Promise<void> {
    for (const model of createdSpreadsheets(this.g)) {
      const t = this.tracks.get(model.id);
      const latest = t?.latest;
      if (!t || !latest || t.onDisk === latest) continue;
      if (t.onDisk && sameContents(t.onDisk, latest)) {
        // Unchanged: the file on disk (its own generation) stays the journal's base.
        t.latest = t.onDisk;
        continue;
      }
      const plan = planWorkbook(model, latest.generation, [...latest.sheets.values()]);
      t.inFlight = latest;
      try {
        await thread.write(path.join(filesDirOf(this.xlsxPath), t.file), plan);
        t.onDisk = latest;
      } finally {
        t.inFlight = undefined;
      }
    }
  }
}

/** Whether two snapshots hold the same sheets and rows (an unchanged archive is not rewritten). */
function sameContents(a: ContentSnapshot, b: ContentSnapshot): boolean {
  if (a.sheets.size !== b.sheets.size) return false;
  const journal = journalOf([...b.sheets.values()], [a]);
  return journal.sheets.every((s) => s.lines.length === 0 && a.sheets.get(s.name)?.values.length === s.rows);
}

/**
 * Puts the created spreadsheets back under their own ids (so openById and the archive's recorded ids still work),
 * from their .xlsx files with the state file's journal replayed, and Drive's folders and files as they were.
 */
export async function loadCreatedFiles(
  g: GoogleBackend,
  xlsxPath: string,
  state: CreatedFilesState | undefined,
  apply: (
    model: SpreadsheetModel,
    sheets: Awaited<ReturnType<typeof readXlsx>>['sheets'],
    saved: SavedFile,
  ) => void,
): Promise<{ loaded: Map<string, { file: string; onDisk?: ContentSnapshot }>; warnings: string[] }> {
  const loaded = new Map<string, { file: string; onDisk?: ContentSnapshot }>();
  const warnings: string[] = [];
  if (!state) return { loaded, warnings };
  const store = g.stores.spreadsheets;
  const byId = readField<Map<string, SpreadsheetModel>>(store, 'byId');
  for (const saved of state.spreadsheets) {
    const file = path.join(filesDirOf(xlsxPath), saved.file);
    removeStaleTemps(file);
    let sheets: Awaited<ReturnType<typeof readXlsx>>['sheets'] = [];
    let onDisk: ContentSnapshot | undefined;
    if (fs.existsSync(file)) {
      const read = await readXlsx(file, saved.timeZone);
      const generation = read.generation ?? -1;
      onDisk = snapshotOfFile(generation, read.sheets);
      sheets = read.sheets;
      if (saved.journal.bases.includes(generation)) sheets = replayJournal(read.sheets, saved.journal);
      else
        warnings.push(
          `${saved.file} (save ${generation}) is not the file the state file expects; its own rows are used.`,
        );
    } else {
      // Not written yet: the journal then holds every row (it had no base file).
      if (saved.journal.bases.length > 0)
        warnings.push(`${saved.file} is missing; "${saved.name}" keeps only the state file's rows.`);
      sheets = replayJournal([], saved.journal);
    }
    const model = new SpreadsheetModel(store, saved.id, saved.name, {
      owner: saved.owner,
      locale: saved.locale,
      timeZone: saved.timeZone,
    });
    apply(model, sheets, saved);
    byId.set(model.id, model);
    loaded.set(model.id, { file: saved.file, ...(onDisk ? { onDisk } : {}) });
  }
  writeFields(store, state.counters.spreadsheets);
  const drive = g.stores.drive;
  const items = readField<Map<string, DriveItem>>(drive, 'items');
  for (const i of state.drive)
    items.set(i.id, new DriveItem(drive, i.id, i.mimeType, i.owner, i.parentId, i.name));
  writeFields(drive, state.counters.drive);
  return { loaded, warnings };
}
