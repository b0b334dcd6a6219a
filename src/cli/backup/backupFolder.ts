// A backup on disk: manifest.json (what was backed up, how far the run got), one JSON file per tab with its
// SHA-256 in the manifest, the chunks of a run still under way (so a rerun resumes), the .xlsx, and the archive
// spreadsheets' own backups under archives/. Files are written to a temporary name and renamed, so an interrupted
// run never leaves half a file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from '../google/apiCaller';
import type { ChunkData, TabData, WorkbookMeta } from './snapshot';

export const BACKUP_FORMAT = 'scn-crm-backup/1';

export interface TabEntry {
  title: string;
  file: string;
  sha256: string;
  rows: number;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  spreadsheetId: string;
  title: string;
  startedAt: string;
  finishedAt?: string;
  complete: boolean;
  meta: WorkbookMeta;
  tabs: TabEntry[];
  archives: { spreadsheetId: string; title: string; dir: string }[];
  xlsx?: string;
}

export function safeName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80) || 'untitled';
}

export function writeAtomic(file: string, text: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

export function sha256(text: string | Buffer): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export function readManifest(dir: string): Manifest | undefined {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) return undefined;
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  return m.format === BACKUP_FORMAT ? m : undefined;
}

export function writeManifest(dir: string, m: Manifest): void {
  writeAtomic(path.join(dir, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
}

/** The newest unfinished backup of `spreadsheetId` directly under `root`, if any (a run to resume). */
export function unfinishedBackup(root: string, spreadsheetId: string): string | undefined {
  if (!fs.existsSync(root)) return undefined;
  const candidates = fs
    .readdirSync(root)
    .map((d) => path.join(root, d))
    .filter((d) => fs.statSync(d).isDirectory())
    .map((d) => ({ d, m: readManifest(d) }))
    .filter((x) => x.m && !x.m.complete && x.m.spreadsheetId === spreadsheetId)
    .sort((a, b) => b.m!.startedAt.localeCompare(a.m!.startedAt));
  return candidates[0]?.d;
}

export function chunkFile(dir: string, tabIndex: number, row: number): string {
  return path.join(
    dir,
    'chunks',
    `${String(tabIndex).padStart(2, '0')}-${String(row).padStart(8, '0')}.json`,
  );
}

export function readChunkFile(file: string): ChunkData | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ChunkData;
}

export function tabFileName(index: number, title: string): string {
  return path.join('tabs', `${String(index).padStart(2, '0')}-${safeName(title)}.json`);
}

/** Writes a tab's file and returns its manifest entry (with the file's checksum). */
export function writeTab(dir: string, tab: TabData): TabEntry {
  const file = tabFileName(tab.meta.index, tab.meta.title);
  const text = JSON.stringify(tab);
  writeAtomic(path.join(dir, file), text);
  return { title: tab.meta.title, file, sha256: sha256(text), rows: tab.rows.length };
}

/** A finished backup's tabs, each checked against its checksum. */
export function loadBackup(dir: string): { manifest: Manifest; tabs: TabData[] } {
  const manifest = readManifest(dir);
  if (!manifest) throw new CliError(`${dir} is not a backup made by this tool (no manifest.json).`);
  if (!manifest.complete)
    throw new CliError(
      `The backup in ${dir} is unfinished: run the same backup command again to complete it.`,
    );
  const tabs = manifest.tabs.map((t) => {
    const text = fs.readFileSync(path.join(dir, t.file), 'utf8');
    if (sha256(text) !== t.sha256)
      throw new CliError(`${t.file} does not match its checksum in manifest.json: the backup is damaged.`);
    return JSON.parse(text) as TabData;
  });
  return { manifest, tabs };
}
