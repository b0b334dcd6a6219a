// Which archive spreadsheets belong to a workbook: those in the Drive folder its Settings tab names under
// "Archive folder" (the yearly "SCN CRM archive YYYY" spreadsheets Data › Archive history creates there).
// Drive search: https://developers.google.com/drive/api/guides/search-files
import fs from 'node:fs';
import path from 'node:path';
import type { Session } from '../session';
import type { Manifest } from './backupFolder';
import type { TabData } from './snapshot';

export const ARCHIVE_FOLDER_KEY = 'Archive folder';
const FOLDER = 'application/vnd.google-apps.folder';
const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

function quoted(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The Settings tab's value for a key (column A key, column B value). */
export function settingOf(tab: TabData | undefined, key: string): string | undefined {
  for (const line of tab?.rows ?? []) {
    if (line[0]?.v?.stringValue === key) {
      const v = line[1]?.v;
      const text = v?.stringValue ?? (v?.numberValue !== undefined ? String(v.numberValue) : undefined);
      return text?.trim() || undefined;
    }
  }
  return undefined;
}

export async function findArchives(
  session: Session,
  dir: string,
  manifest: Manifest,
): Promise<{ spreadsheetId: string; title: string }[]> {
  const entry = manifest.tabs.find((t) => t.title === 'Settings');
  if (!entry) return [];
  const settings = JSON.parse(fs.readFileSync(path.join(dir, entry.file), 'utf8')) as TabData;
  const folderName = settingOf(settings, ARCHIVE_FOLDER_KEY);
  if (!folderName) return [];
  const folders = await session.caller.call('find the archive folder in Drive', 'other', () =>
    session.clients.drive.files.list({
      q: `name = ${quoted(folderName)} and mimeType = '${FOLDER}' and trashed = false`,
      fields: 'files(id,name)',
      pageSize: 10,
    }),
  );
  const out: { spreadsheetId: string; title: string }[] = [];
  for (const f of folders.files ?? []) {
    let pageToken: string | undefined;
    do {
      const page = await session.caller.call('list the archive spreadsheets', 'other', () =>
        session.clients.drive.files.list({
          q: `${quoted(f.id!)} in parents and mimeType = '${SPREADSHEET}' and trashed = false`,
          fields: 'nextPageToken,files(id,name)',
          pageSize: 100,
          ...(pageToken ? { pageToken } : {}),
        }),
      );
      for (const s of page.files ?? []) out.push({ spreadsheetId: s.id!, title: s.name! });
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
  }
  if (out.length > 0)
    session.progress.note(`Archive spreadsheets in "${folderName}": ${out.map((a) => a.title).join(', ')}`);
  return out;
}
