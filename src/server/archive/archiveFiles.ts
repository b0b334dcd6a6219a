// The archive's Drive side: the folder named in Settings and one spreadsheet per year in it, found or created once.
//
// Ids are kept in document properties so later runs open them directly. A run stopped between creating a file and
// recording its id leaves the file behind: the next run finds it by name (in the folder, else anywhere in the
// owner's Drive, where SpreadsheetApp.create puts it) and adopts it, so a year never gets two archives.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)
// https://developers.google.com/apps-script/reference/drive/drive-app#getFoldersByName(String)
// https://developers.google.com/apps-script/reference/drive/file#moveTo(Folder)
// A trashed folder or file still opens by id (believed: public reports; Google documents isTrashed for telling),
// so one in the bin counts as missing: https://developers.google.com/apps-script/reference/drive/file#isTrashed()

import type { TabDef } from '../../../sheets-templates';
import { archiveName } from '../../core/archive/archivePlan';
import type { WorkbookSession } from '../store/session';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Folder = GoogleAppsScript.Drive.Folder;

const FOLDER_PROPERTY = 'scn.archive.folder';
export const ARCHIVE_FILE_PREFIX = 'scn.archive.file.';

function tryOpen_<T>(open: () => T): T | null {
  try {
    return open();
  } catch {
    return null; // deleted, trashed or no longer shared: found again by name, or created
  }
}

/** The first item of an iterator that is not in the bin (name searches are not documented to leave those out). */
function firstUntrashed_(it: GoogleAppsScript.Drive.FolderIterator): GoogleAppsScript.Drive.Folder | null;
function firstUntrashed_(it: GoogleAppsScript.Drive.FileIterator): GoogleAppsScript.Drive.File | null;
function firstUntrashed_(
  it: GoogleAppsScript.Drive.FolderIterator | GoogleAppsScript.Drive.FileIterator,
): GoogleAppsScript.Drive.Folder | GoogleAppsScript.Drive.File | null {
  while (it.hasNext()) {
    const item = it.next();
    if (!item.isTrashed()) return item;
  }
  return null;
}

/** The archive folder: by its recorded id, else by the name in Settings, else created in My Drive. */
export function archiveFolder_(session: WorkbookSession, name: string): Folder {
  const props = session.properties();
  const id = props.getProperty(FOLDER_PROPERTY);
  const known = id ? tryOpen_(() => DriveApp.getFolderById(id)) : null;
  if (known && !known.isTrashed() && known.getName() === name) return known;
  const folder = firstUntrashed_(DriveApp.getFoldersByName(name)) ?? DriveApp.createFolder(name);
  props.setProperty(FOLDER_PROPERTY, folder.getId());
  return folder;
}

/** The ids of the yearly archives already made, by year (read from the document properties given). */
export function archiveIds_(stored: Readonly<Record<string, string>>): Record<number, string> {
  const out: Record<number, string> = {};
  for (const key of Object.keys(stored)) {
    if (key.indexOf(ARCHIVE_FILE_PREFIX) !== 0) continue;
    const year = Number(key.slice(ARCHIVE_FILE_PREFIX.length));
    if (Number.isInteger(year)) out[year] = stored[key]!;
  }
  return out;
}

/** The archive spreadsheet of a year: opened by id, adopted by name, or created in the folder. */
export function yearArchive_(
  session: WorkbookSession,
  year: number,
  folderName: string,
  opened: Map<number, Spreadsheet>,
): Spreadsheet {
  const cached = opened.get(year);
  if (cached) return cached;
  const props = session.properties();
  const key = `${ARCHIVE_FILE_PREFIX}${year}`;
  const id = props.getProperty(key);
  const file = id ? tryOpen_(() => DriveApp.getFileById(id)) : null;
  let book = file && !file.isTrashed() ? tryOpen_(() => SpreadsheetApp.openById(id!)) : null;
  if (!book) {
    const name = archiveName(year);
    const folder = archiveFolder_(session, folderName);
    let found = firstUntrashed_(folder.getFilesByName(name));
    if (!found) {
      found = firstUntrashed_(DriveApp.getFilesByName(name));
      if (found) found.moveTo(folder);
    }
    if (found) book = SpreadsheetApp.openById(found.getId());
    else {
      book = SpreadsheetApp.create(name);
      DriveApp.getFileById(book.getId()).moveTo(folder);
    }
    // A new spreadsheet takes the account's time zone and locale; the archive takes the workbook's, so dates and
    // numbers read the same in both. Set on adoption too (a run may have stopped right after creating it).
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String)
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)
    book.setSpreadsheetTimeZone(session.spreadsheet.getSpreadsheetTimeZone());
    book.setSpreadsheetLocale(session.spreadsheet.getSpreadsheetLocale());
    props.setProperty(key, book.getId());
  }
  opened.set(year, book);
  return book;
}

/**
 * The archive tab of a history table, with its header row: the definition's headers, then any user columns of the
 * live tab (so nothing a coordinator added is dropped). Returns the sheet and its headers.
 */
export function archiveTab_(
  book: Spreadsheet,
  def: TabDef,
  liveExtra: readonly string[],
): { sheet: Sheet; headers: string[] } {
  let sheet = book.getSheetByName(def.name);
  if (!sheet) {
    const sheets = book.getSheets();
    // A new spreadsheet's empty "Sheet1" becomes the first archive tab instead of staying behind.
    const blank = sheets.length === 1 && sheets[0]!.getName() === 'Sheet1' && sheets[0]!.getLastRow() === 0;
    sheet = blank ? sheets[0]!.setName(def.name) : book.insertSheet(def.name);
  }
  const width = Math.max(sheet.getLastColumn(), 1);
  const current = sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]!
    .map((h) => String(h));
  const wanted = def.columns.map((c) => c.header);
  const headers = current[0] === '' ? [] : current.filter((h) => h !== '');
  for (const h of [...wanted, ...liveExtra]) if (headers.indexOf(h) < 0) headers.push(h);
  if (headers.length !== current.filter((h) => h !== '').length || current[0] === '') {
    if (headers.length > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), headers.length - sheet.getMaxColumns());
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
    sheet.setFrozenRows(1);
  }
  return { sheet, headers };
}
