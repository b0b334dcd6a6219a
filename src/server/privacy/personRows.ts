// Finds every row held about one email address, in the workbook and its yearly archives, by keyed searches.
//
// Each search is one TextFinder over one column (or, for a form's raw response tab, its used range): no cells
// travel to the script for rows that do not match, so what is read grows with what is held about the person, not
// with the history (README, "Reading at scale"). Matched rows are read in one call per contiguous run.
// https://developers.google.com/apps-script/reference/spreadsheet/range#createTextFinder(String)
// https://developers.google.com/apps-script/reference/spreadsheet/text-finder#matchCase(Boolean)

import {
  APPLICATIONS,
  AUDIT,
  CONTACTS,
  ENGAGEMENTS,
  PARTICIPANTS,
  SENDS,
  SUPPRESSIONS,
  SURVEYS,
  TABS,
  type TabDef,
} from '../../../sheets-templates';
import { archiveIds_ } from '../archive/archiveFiles';
import type { WorkbookSession } from '../store/session';
import { RETENTION_TAB } from './retentionTab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One row that names the person: where it is and what it holds (every cell of the tab's used width). */
export interface PersonRow {
  /** 'workbook' for the bound workbook, else the archive spreadsheet's name. */
  book: string;
  tab: string;
  row: number;
  headers: string[];
  cells: unknown[];
  sheet: Sheet;
}

export interface PersonFinding {
  email: string;
  contactIds: string[];
  applicationIds: string[];
  rows: PersonRow[];
}

/** The address as compared: trimmed and lower-cased (addresses are matched case-insensitively). */
export function normaliseAddress(email: string): string {
  return String(email ?? '')
    .trim()
    .toLowerCase();
}

const escapeRe = (s: string) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
const alternatives = (keys: readonly string[]) => keys.map((k) => escapeRe(k.trim())).join('|');

/** Patterns: the whole cell, an item of a comma-separated list, or anywhere in the text (JSON, summaries). */
export const wholeCell = (keys: readonly string[]) => `^\\s*(?:${alternatives(keys)})\\s*$`;
export const listItem = (keys: readonly string[]) => `(?:^|,)\\s*(?:${alternatives(keys)})\\s*(?:,|$)`;
export const anywhere = (keys: readonly string[]) => `(?:${alternatives(keys)})`;

/** A sheet with its header row, read once. */
export class SheetView {
  private headerRow: string[] | undefined;
  private readonly read = new Map<number, unknown[]>();
  constructor(
    readonly book: string,
    readonly sheet: Sheet,
  ) {}

  headers(): string[] {
    if (!this.headerRow) {
      const width = Math.max(this.sheet.getLastColumn(), 1);
      this.headerRow = this.sheet
        .getRange(1, 1, 1, width)
        .getValues()[0]!
        .map((h) => String(h));
    }
    return this.headerRow;
  }

  /** Sheet rows whose cell in `header` (or anywhere, when null) matches `pattern`, case-insensitively. */
  search(header: string | null, pattern: string): number[] {
    const last = this.sheet.getLastRow();
    if (last < 2) return [];
    let range: GoogleAppsScript.Spreadsheet.Range;
    if (header === null) range = this.sheet.getRange(2, 1, last - 1, this.headers().length);
    else {
      const col = this.headers().indexOf(header);
      if (col < 0) return [];
      range = this.sheet.getRange(2, col + 1, last - 1, 1);
    }
    const found = range.createTextFinder(pattern).useRegularExpression(true).matchCase(false).findAll();
    const rows = new Set<number>();
    for (const cell of found) rows.add(cell.getRow());
    return [...rows];
  }

  /** The rows given, each contiguous run read in one call. */
  rows(numbers: readonly number[]): PersonRow[] {
    const width = this.headers().length;
    const missing = [...new Set(numbers)].filter((n) => !this.read.has(n)).sort((a, b) => a - b);
    for (let i = 0; i < missing.length; ) {
      let j = i;
      while (j + 1 < missing.length && missing[j + 1] === missing[j]! + 1) j++;
      const values = this.sheet.getRange(missing[i]!, 1, j - i + 1, width).getValues();
      values.forEach((cells, k) => {
        this.read.set(missing[i]! + k, cells);
      });
      i = j + 1;
    }
    return [...new Set(numbers)]
      .sort((a, b) => a - b)
      .map((row) => ({
        book: this.book,
        tab: this.sheet.getName(),
        row,
        headers: this.headers(),
        cells: this.read.get(row)!,
        sheet: this.sheet,
      }));
  }
}

const header = (def: TabDef, key: string) => def.columns.find((c) => c.key === key)!.header;
const cellOf = (r: PersonRow, h: string) => r.cells[r.headers.indexOf(h)];
const idsOf = (rows: readonly PersonRow[], def: TabDef) =>
  rows.map((r) => String(cellOf(r, def.columns[0]!.header) ?? '').trim()).filter((id) => id !== '');

/** Engagements, Sends and Audit rows naming the person (the tabs the archives hold too). */
function historyRows(
  views: (def: TabDef) => SheetView | null,
  email: string,
  contactIds: readonly string[],
  recordIds: readonly string[],
): PersonRow[] {
  const out: PersonRow[] = [];
  const eng = views(ENGAGEMENTS);
  if (eng && contactIds.length > 0)
    out.push(...eng.rows(eng.search(header(ENGAGEMENTS, 'contactIds'), listItem(contactIds))));
  const snd = views(SENDS);
  if (snd) {
    const found = email === '' ? [] : snd.search(header(SENDS, 'email'), wholeCell([email]));
    if (contactIds.length > 0) found.push(...snd.search(header(SENDS, 'contactId'), wholeCell(contactIds)));
    out.push(...snd.rows(found));
  }
  const aud = views(AUDIT);
  const keys = [email, ...contactIds].filter((k) => k !== '');
  if (aud && keys.length > 0) {
    const found = aud.search(header(AUDIT, 'changes'), anywhere(keys));
    found.push(...aud.search(header(AUDIT, 'summary'), anywhere(keys)));
    if (recordIds.length > 0) found.push(...aud.search(header(AUDIT, 'recordId'), wholeCell(recordIds)));
    out.push(...aud.rows(found));
  }
  return out;
}

/** Tabs of the workbook that are not the CRM's own: the forms' raw response tabs (and any tab someone added). */
export function otherTabs(session: WorkbookSession): Sheet[] {
  const own = new Set(TABS.map((t) => t.name));
  own.add('SCN dropdown lists');
  own.add(RETENTION_TAB);
  return session.spreadsheet.getSheets().filter((s) => !own.has(s.getName()));
}

type Views = (def: TabDef) => SheetView | null;

/** The Applications rows naming the address and the Participants rows of the contacts or the address, in one book. */
function recordRows(
  views: Views,
  email: string,
  contactIds: readonly string[],
): { applications: PersonRow[]; participants: PersonRow[] } {
  const app = views(APPLICATIONS);
  const applications =
    app && email !== ''
      ? app.rows([
          ...app.search(header(APPLICATIONS, 'submitterEmail'), wholeCell([email])),
          ...app.search(header(APPLICATIONS, 'pointsOfContact'), anywhere([email])),
        ])
      : [];
  // A participant is a contact (by id) or an external person (by the address on the row, issue 16).
  const par = views(PARTICIPANTS);
  const participants = par
    ? par.rows([
        ...(contactIds.length > 0
          ? par.search(header(PARTICIPANTS, 'contactId'), wholeCell(contactIds))
          : []),
        ...(email !== '' ? par.search(header(PARTICIPANTS, 'email'), wholeCell([email])) : []),
      ])
    : [];
  return { applications, participants };
}

/**
 * Each yearly archive that can be opened, with a view per tab (null where it has no such tab); the years of those
 * that cannot be opened with the caller's account go to `unreadable` when given.
 */
export function archiveViews(
  session: WorkbookSession,
  unreadable?: string[],
): { book: string; view: Views }[] {
  const out: { book: string; view: Views }[] = [];
  const archives = archiveIds_(session.properties().getProperties());
  for (const year of Object.keys(archives).sort()) {
    let book: GoogleAppsScript.Spreadsheet.Spreadsheet;
    try {
      book = SpreadsheetApp.openById(archives[Number(year)]!);
    } catch {
      // Deleted or not shared with this account: nothing of it can be read (the export says which it read).
      unreadable?.push(year);
      continue;
    }
    const name = book.getName();
    const views = new Map<string, SheetView | null>();
    const view = (def: TabDef): SheetView | null => {
      if (!views.has(def.name)) {
        const sheet = book.getSheetByName(def.name);
        views.set(def.name, sheet ? new SheetView(name, sheet) : null);
      }
      return views.get(def.name)!;
    };
    out.push({ book: name, view });
  }
  return out;
}

/**
 * Everything held about `email`: the live tabs, the raw form responses and every yearly archive. `byIds` finds a
 * contact that has no address by its contact ids instead (retention of an inactive contact): then only the rows
 * that refer to those ids are found, as no address can be searched for.
 */
export function findPerson_(
  session: WorkbookSession,
  rawEmail: string,
  byIds: readonly string[] = [],
): PersonFinding {
  const email = normaliseAddress(rawEmail);
  const ids = byIds.filter((id) => id.trim() !== '');
  if (email === '' && ids.length === 0) return { email, contactIds: [], applicationIds: [], rows: [] };
  const live = new Map<string, SheetView | null>();
  const view = (def: TabDef): SheetView | null => {
    if (!live.has(def.name)) {
      const sheet = session.sheet(def.name);
      live.set(def.name, sheet ? new SheetView('workbook', sheet) : null);
    }
    return live.get(def.name)!;
  };
  const rows: PersonRow[] = [];
  const con = view(CONTACTS);
  const contacts = !con
    ? []
    : con.rows(
        email === ''
          ? con.search(header(CONTACTS, 'id'), wholeCell(ids))
          : con.search(header(CONTACTS, 'email'), wholeCell([email])),
      );
  rows.push(...contacts);
  const contactIds = idsOf(contacts, CONTACTS);

  // The yearly archives: old history, and the records Archive history moves there too (Participants of past
  // events, closed Applications), kept under the same tab definitions; each tab is searched where it exists.
  const archives = archiveViews(session);
  const records = [{ view, book: 'workbook' }, ...archives].map((b) => recordRows(b.view, email, contactIds));
  const applications = records.flatMap((r) => r.applications);
  const participants = records.flatMap((r) => r.participants);
  rows.push(...applications, ...participants);
  const applicationIds = idsOf(applications, APPLICATIONS);

  const sup = view(SUPPRESSIONS);
  const suppressions =
    sup && email !== '' ? sup.rows(sup.search(header(SUPPRESSIONS, 'email'), wholeCell([email]))) : [];
  rows.push(...suppressions);

  // Needs-survey responses (issue 14) keep the respondent's name and address.
  const srv = view(SURVEYS);
  const surveys = srv ? srv.rows(srv.search(header(SURVEYS, 'respondentEmail'), wholeCell([email]))) : [];
  rows.push(...surveys);

  const recordIds = [
    ...contactIds,
    ...idsOf(surveys, SURVEYS),
    ...applicationIds,
    ...idsOf(participants, PARTICIPANTS),
    ...idsOf(suppressions, SUPPRESSIONS),
  ];
  rows.push(...historyRows(view, email, contactIds, recordIds));

  for (const sheet of email === '' ? [] : otherTabs(session)) {
    const raw = new SheetView('workbook', sheet);
    rows.push(...raw.rows(raw.search(null, anywhere([email]))));
  }

  for (const b of archives) rows.push(...historyRows(b.view, email, contactIds, recordIds));
  return { email, contactIds, applicationIds, rows: dedupe(rows) };
}

function dedupe(rows: readonly PersonRow[]): PersonRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.book}|${r.tab}|${r.row}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
