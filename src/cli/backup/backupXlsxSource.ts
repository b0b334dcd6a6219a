// The tabs a backup run has written so far (checked against their checksums), for building its .xlsx before the
// manifest is marked complete.
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from '../google/apiCaller';
import { readManifest, sha256 } from './backupFolder';
import type { TabData, WorkbookMeta } from './snapshot';

export function loadBackupForXlsx(dir: string): { meta: WorkbookMeta; tabs: TabData[] } {
  const m = readManifest(dir);
  if (!m) throw new CliError(`No manifest.json in ${dir}.`);
  const tabs = m.tabs.map((t) => {
    const text = fs.readFileSync(path.join(dir, t.file), 'utf8');
    if (sha256(text) !== t.sha256) throw new CliError(`${t.file} does not match its checksum.`);
    return JSON.parse(text) as TabData;
  });
  return { meta: m.meta, tabs };
}
