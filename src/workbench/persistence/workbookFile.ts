// The workbench's file pair: `<name>.xlsx` (the workbook) and `<name>.state.json` (what xlsx cannot hold, and the rows
// changed since the .xlsx was last written), loaded into the emulator at start and saved after changes.
import fs from 'node:fs';
import type { GoogleBackend } from '../../emulator/backend';
import { SheetModel, type SpreadsheetModel } from '../../emulator/services/spreadsheet/install';
import { removeStaleTemps, writeFileAtomicSync } from './atomicFile';
import {
  type ContentJournal,
  type ContentSnapshot,
  journalOf,
  replayJournal,
  snapshotOf,
  snapshotOfFile,
} from './contentJournal';
import { CreatedFiles, type CreatedFilesState, loadCreatedFiles } from './createdFiles';
import { decodeJson, encodeJson } from './jsonCodec';
import { readField, writeFields } from './privateFields';
import { captureState, restoreServices, STATE_FORMAT, type WorkbookState } from './serviceState';
import { restoreConditionalRules, restoreSheet } from './sheetMetadata';
import { type LoadedSheet, readXlsx } from './xlsxRead';
import { XlsxThread } from './xlsxThread';
import { planWorkbook, sheetContents } from './xlsxWrite';

/** The state file as written by the saver: the services' state plus the journal of rows not yet in the .xlsx. */
type SavedState = WorkbookState & { journal?: ContentJournal; files?: CreatedFilesState };

export function statePathOf(xlsxPath: string): string {
  return xlsxPath.replace(/\.xlsx$/i, '') + '.state.json';
}

/** The state file beside the workbook, if there is a valid one. */
export function readStateFile(xlsxPath: string): SavedState | undefined {
  const file = statePathOf(xlsxPath);
  if (!fs.existsSync(file)) return undefined;
  const state = decodeJson<SavedState>(fs.readFileSync(file, 'utf8'));
  if (state.format !== STATE_FORMAT) throw new Error(`${file} is not a workbench state file.`);
  return state;
}

function sheetIdAllocator(model: SpreadsheetModel, used: Set<number>): () => number {
  // The emulator's own sequence (SpreadsheetModel.insertSheet), continued past ids already taken.
  let n = readField<number>(model, 'nextSheetId');
  return () => {
    for (;;) {
      const id = n === 0 ? 0 : 100_000_000 + n * 7919;
      n++;
      if (!used.has(id)) {
        used.add(id);
        writeFields(model, { nextSheetId: n });
        return id;
      }
    }
  };
}

/** Formatting read from the file, for a sheet the state file does not describe (added in Excel, or no state file). */
function deriveMetadata(sheet: SheetModel, loaded: LoadedSheet): void {
  sheet.frozenRows = loaded.frozenRows;
  sheet.frozenColumns = loaded.frozenColumns;
  sheet.hidden = loaded.hidden;
  for (const [c, w] of loaded.widths) sheet.columnWidths.set(c, w);
  if (loaded.values.length === 0) return;
  if (loaded.numberFormats.some((l) => l.some((f) => f !== undefined)))
    sheet.formats.numberFormat.setGrid(1, 1, loaded.numberFormats);
  if (loaded.bold.some((l) => l.some(Boolean)))
    sheet.formats.fontWeight.setGrid(
      1,
      1,
      loaded.bold.map((l) => l.map((b) => (b ? 'bold' : undefined))),
    );
  for (const n of loaded.notes)
    sheet.formats.note.set({ row: n.row, col: n.col, numRows: 1, numCols: 1 }, n.text);
}

/** Rebuilds the bound workbook from the file's sheets, with the state file's metadata where it has the sheet. */
export function applyWorkbook(
  g: GoogleBackend,
  sheets: LoadedSheet[],
  state: WorkbookState | undefined,
): void {
  applySpreadsheet(g.stores.spreadsheets.bound, sheets, state?.spreadsheet);
  if (state) restoreServices(g, state);
}

/** Rebuilds one spreadsheet (the bound one, or one the script created) from a file's sheets and its saved metadata. */
export function applySpreadsheet(
  model: SpreadsheetModel,
  sheets: LoadedSheet[],
  saved: WorkbookState['spreadsheet'] | undefined,
): void {
  if (saved) {
    model.name = saved.name;
    model.locale = saved.locale;
    model.timeZone = saved.timeZone;
    model.editors.splice(0, model.editors.length, ...saved.editors);
    writeFields(model, saved.counters);
  }
  const metaByName = new Map((saved?.sheets ?? []).map((s) => [s.name, s]));
  const used = new Set<number>();
  for (const ls of sheets) {
    const id = metaByName.get(ls.name)?.id;
    if (id !== undefined) used.add(id);
  }
  const newId = sheetIdAllocator(model, used);
  model.sheets.splice(0, model.sheets.length);
  model.namedRanges.clear();
  for (const ls of sheets) {
    const meta = metaByName.get(ls.name);
    const width = ls.values.reduce((w, l) => Math.max(w, l.length), 0);
    const rows = Math.max(meta?.maxRows ?? 1000, ls.values.length);
    const cols = Math.max(meta?.maxColumns ?? 26, width);
    const sheet = new SheetModel(model, meta?.id ?? newId(), ls.name, rows, cols);
    model.sheets.push(sheet);
    if (ls.values.length > 0)
      sheet.writeContents(
        1,
        1,
        ls.values.map((line, r) =>
          line.map((value, c) => {
            const formula = ls.formulas[r]?.[c];
            return formula === undefined ? { value } : { value, formula };
          }),
        ),
      );
    if (meta) restoreSheet(sheet, meta);
    else deriveMetadata(sheet, ls);
  }
  if (model.sheets.length === 0) model.insertSheet('Sheet1');
  for (const sheet of model.sheets) {
    const meta = metaByName.get(sheet.name);
    if (meta) restoreConditionalRules(model, sheet, meta);
  }
  for (const nr of saved?.namedRanges ?? []) {
    const sheet = model.sheetByName(nr.sheet);
    if (sheet) model.namedRanges.set(nr.name, { name: nr.name, sheet, rect: nr.rect });
  }
  model.activeSheetId = model.sheetById(saved?.activeSheetId ?? -1)?.id ?? model.sheets[0].id;
}

export interface LoadedWorkbook {
  /** Worth printing. */
  warnings: string[];
  /** What the .xlsx on disk holds (the saver's starting point for its journal). */
  onDisk: ContentSnapshot;
  /** The spreadsheets the script created, as loaded (the saver's starting point for theirs). */
  created: Awaited<ReturnType<typeof loadCreatedFiles>>['loaded'];
}

/** Loads `xlsxPath` (and its state file, replaying the rows saved since the .xlsx was written) into the emulator. */
export async function loadWorkbookFile(
  g: GoogleBackend,
  xlsxPath: string,
  state: SavedState | undefined,
): Promise<LoadedWorkbook> {
  removeStaleTemps(xlsxPath);
  removeStaleTemps(statePathOf(xlsxPath));
  const timeZone = state?.spreadsheet.timeZone ?? g.stores.spreadsheets.bound.timeZone;
  const file = await readXlsx(xlsxPath, timeZone);
  const warnings: string[] = [];
  const generation = file.generation ?? -1;
  const onDisk = snapshotOfFile(generation, file.sheets);
  const journal = state?.journal;
  let sheets = file.sheets;
  if (journal && journal.bases.includes(generation)) sheets = replayJournal(file.sheets, journal);
  else if (state && file.generation !== undefined && file.generation !== state.generation) {
    warnings.push(
      `The workbook (save ${file.generation}) and its state file (save ${state.generation}) come from different saves; ` +
        "the workbook's values are used with the state file's forms, triggers and formatting.",
    );
  }
  applyWorkbook(g, sheets, state);
  const created = await loadCreatedFiles(g, xlsxPath, state?.files, applySpreadsheet);
  warnings.push(...created.warnings);
  return { warnings, onDisk, created: created.loaded };
}

/**
 * Saves after changes. After every execution, synchronously: the state file (services, formatting, and the journal of
 * rows that differ from the .xlsx on disk), replaced atomically — so a killed process loses nothing saved. The .xlsx
 * is rebuilt in a worker thread, one at a time, coalescing the changes made meanwhile; once it is on disk the
 * journal shrinks back to what changed after it.
 */
export class WorkbookSaver {
  generation: number;
  /** .xlsx files written. */
  saves = 0;
  lastError: Error | undefined;
  private running: Promise<void> | undefined;
  private dirty = false;
  private onDisk: ContentSnapshot | undefined;
  private inFlight: ContentSnapshot | undefined;
  private latest: ContentSnapshot | undefined;
  private readonly thread = new XlsxThread();
  /** The spreadsheets the script created (archives), saved beside the workbook. */
  readonly files: CreatedFiles;

  constructor(
    private readonly g: GoogleBackend,
    readonly xlsxPath: string,
    private readonly currentUser: () => string,
    generation = 0,
    /** What the .xlsx on disk holds; unknown (no file yet) makes the first journal hold every row. */
    onDisk?: ContentSnapshot,
    created?: LoadedWorkbook['created'],
  ) {
    this.generation = generation;
    this.onDisk = onDisk;
    this.files = new CreatedFiles(g, xlsxPath, created);
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  /**
   * Records the current state: the state file now (synchronously), the .xlsx in the background. Returns when an
   * .xlsx including every change made so far is on disk too.
   */
  request(): Promise<void> {
    try {
      this.saveState();
      this.lastError = undefined;
    } catch (e) {
      this.lastError = e as Error;
      console.error(`Workbench: saving ${statePathOf(this.xlsxPath)} failed: ${(e as Error).message}`);
    }
    this.dirty = true;
    this.running ??= this.xlsxLoop().finally(() => {
      this.running = undefined;
    });
    return this.flush();
  }

  /** Waits until every requested save is written. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stops the save thread after the pending saves. */
  async close(): Promise<void> {
    await this.flush();
    await this.thread.stop();
  }

  /** Writes the state file; `generation` is the next one, or the current one to rewrite it unchanged but smaller. */
  private saveState(generation = this.generation + 1): void {
    const contents = sheetContents(this.g.stores.spreadsheets.bound);
    const bases = [this.onDisk, this.inFlight].filter((b): b is ContentSnapshot => b !== undefined);
    const state: SavedState = {
      ...captureState(this.g, generation, this.currentUser()),
      journal: journalOf(contents, bases),
      files: this.files.capture(generation),
    };
    writeFileAtomicSync(statePathOf(this.xlsxPath), encodeJson(state));
    this.generation = generation;
    if (this.latest?.generation !== generation) this.latest = snapshotOf(generation, contents);
  }

  private async xlsxLoop(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      const latest = this.latest;
      if (!latest) return;
      // Read now, in the same turn as the latest state file: no execution runs in between.
      const plan = planWorkbook(this.g.stores.spreadsheets.bound, latest.generation, [
        ...latest.sheets.values(),
      ]);
      this.inFlight = latest;
      try {
        await this.thread.write(this.xlsxPath, plan);
        this.onDisk = latest;
        this.saves++;
        await this.files.writeChanged(this.thread);
      } catch (e) {
        this.lastError = e as Error;
        console.error(`Workbench: saving ${this.xlsxPath} failed: ${(e as Error).message}`);
      } finally {
        this.inFlight = undefined;
      }
    }
    // Everything is in the .xlsx now: rewrite the state file with an empty journal (it held every row after a start).
    if (this.onDisk && this.onDisk === this.latest && this.files.allOnDisk) {
      try {
        this.saveState(this.generation);
      } catch (e) {
        this.lastError = e as Error;
      }
    }
  }
}
