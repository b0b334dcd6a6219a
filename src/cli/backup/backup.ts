// `crm backup --spreadsheet ID [--out DIR]`: every tab of the workbook, then every archive spreadsheet in the Drive
// folder its Settings name, into a timestamped folder: JSON per tab with checksums, and an .xlsx the workbench opens.
// An interrupted run is resumed by the same command (the chunks already saved are not read again).
import fs from 'node:fs';
import path from 'node:path';
import type { Session } from '../session';
import { ARCHIVE_FOLDER_KEY, findArchives } from './archives';
import {
  BACKUP_FORMAT,
  chunkFile,
  type Manifest,
  readChunkFile,
  readManifest,
  safeName,
  unfinishedBackup,
  writeAtomic,
  writeManifest,
  writeTab,
} from './backupFolder';
import { assemble, type ChunkData, planChunks, readChunk, readMeta, type TabData } from './snapshot';
import { xlsxOfBackup } from './xlsx';

export interface BackupResult {
  dir: string;
  resumed: boolean;
  tabs: number;
  archives: number;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/** Backs one spreadsheet up into `dir` (resuming what a manifest there says is done). */
async function backupInto(
  session: Session,
  spreadsheetId: string,
  dir: string,
  withXlsx: boolean,
): Promise<Manifest> {
  let manifest = readManifest(dir);
  if (!manifest || manifest.spreadsheetId !== spreadsheetId) {
    const meta = await readMeta(session, spreadsheetId);
    manifest = {
      format: BACKUP_FORMAT,
      spreadsheetId,
      title: meta.title,
      startedAt: new Date().toISOString(),
      complete: false,
      meta,
      tabs: [],
      archives: [],
    };
    writeManifest(dir, manifest);
  }
  if (manifest.complete) return manifest;
  const plans = manifest.meta.tabs.map((t) => ({ t, chunks: planChunks(t, session.chunkCells) }));
  const todo = plans.flatMap(({ t, chunks }) =>
    manifest.tabs.some((e) => e.title === t.title)
      ? []
      : chunks.filter((c) => !fs.existsSync(chunkFile(dir, t.index, c.row))),
  );
  session.progress.plan(todo.length);
  const tabs: TabData[] = [];
  for (const { t, chunks } of plans) {
    if (manifest.tabs.some((e) => e.title === t.title)) continue;
    const got: ChunkData[] = [];
    for (const c of chunks) {
      const file = chunkFile(dir, t.index, c.row);
      let data = readChunkFile(file);
      if (!data) {
        data = await readChunk(session, spreadsheetId, t, c);
        writeAtomic(file, JSON.stringify(data));
        session.progress.tick(`${manifest.title}: ${t.title} rows ${c.row}–${c.row + c.rows - 1}`);
      }
      got.push(data);
    }
    const tab = assemble(t, manifest.meta.protectedRanges[t.title] ?? [], got);
    manifest.tabs.push(writeTab(dir, tab));
    writeManifest(dir, manifest);
    tabs.push(tab);
    for (const c of chunks) fs.rmSync(chunkFile(dir, t.index, c.row), { force: true });
  }
  if (withXlsx) {
    const file = `${safeName(manifest.title)}.xlsx`;
    writeAtomic(path.join(dir, file), await xlsxOfBackup(dir));
    manifest.xlsx = file;
  }
  fs.rmSync(path.join(dir, 'chunks'), { recursive: true, force: true });
  return manifest;
}

export async function backup(
  session: Session,
  options: { spreadsheet: string; out?: string; xlsx?: boolean },
): Promise<BackupResult> {
  const root = path.resolve(options.out ?? 'backups');
  const existing = unfinishedBackup(root, options.spreadsheet);
  const dir = existing ?? path.join(root, `backup-${stamp(new Date())}-${options.spreadsheet.slice(0, 12)}`);
  if (existing) session.out(`Resuming the unfinished backup in ${existing}`);
  const withXlsx = options.xlsx !== false;
  const manifest = await backupInto(session, options.spreadsheet, dir, withXlsx);
  // Archive spreadsheets: those in the Drive folder named in Settings ("Archive folder").
  if (!manifest.complete) {
    const archives = await findArchives(session, dir, manifest);
    for (const a of archives) {
      const sub = path.join('archives', `${safeName(a.title)}-${a.spreadsheetId.slice(0, 12)}`);
      const m = await backupInto(session, a.spreadsheetId, path.join(dir, sub), withXlsx);
      m.complete = true;
      m.finishedAt = new Date().toISOString();
      writeManifest(path.join(dir, sub), m);
      if (!manifest.archives.some((x) => x.spreadsheetId === a.spreadsheetId))
        manifest.archives.push({ spreadsheetId: a.spreadsheetId, title: a.title, dir: sub });
      writeManifest(dir, manifest);
    }
    manifest.complete = true;
    manifest.finishedAt = new Date().toISOString();
    writeManifest(dir, manifest);
  }
  session.progress.note(
    `Backed up "${manifest.title}": ${manifest.tabs.length} tabs, ${manifest.archives.length} archive spreadsheets, into ${dir}`,
  );
  session.out(dir);
  return {
    dir,
    resumed: existing !== undefined,
    tabs: manifest.tabs.length,
    archives: manifest.archives.length,
  };
}

export { ARCHIVE_FOLDER_KEY };
