// SCN CRM › Privacy › Export a person's data (admins): everything held about one address, in one new spreadsheet.
//
// Why a spreadsheet and not a Google Doc: a person's data is rows of tabs, and a table of "where, tab, row, field,
// value" reads as such in Sheets, in Excel once downloaded, or as a PDF (File › Download). The CRM already has the
// scopes to create spreadsheets (the yearly archives); a Doc would add DocumentApp and its documents scope.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)
// The export's text cells are formatted as plain text before they are written, so a value such as "=1+1" stays text.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)

import { message } from '../../core/messages';
import { ownCells } from '../../core/privacy/personView';
import { formatIsoDate } from '../../core/schema/cells';
import { requireRole } from '../access/roles';
import { hashAddress } from '../mail/addressDigest';
import { uiLanguage_ } from '../records/uiLanguage';
import { workbook } from '../store/session';
import { findPerson_, normaliseAddress } from './personRows';
import { askAddress_, isAddress_ } from './privacyPrompt';

export interface ExportReport {
  /** Items (one field of one row) written to the file. */
  items: number;
  /** Rows found, by "book › tab". */
  sources: Record<string, number>;
  fileId: string;
  url: string;
  name: string;
}

/** Menu action and top-level function: writes the export and says where it is. `email` skips the prompt. */
export function exportPersonData(email?: string): ExportReport | null {
  const session = workbook();
  const caller = requireRole(session, ['admin'], 'export a person’s data');
  const lang = uiLanguage_();
  const title = message('privacy.exportTitle', {}, lang);
  const address = email === undefined ? askAddress_(title, lang) : normaliseAddress(email);
  if (address === null) return null;
  if (!isAddress_(address)) throw new Error(message('privacy.badEmail', { email: address }, lang));

  const found = findPerson_(session, address);
  const hash = hashAddress(address);
  const today = formatIsoDate(session.now());
  const ref = found.contactIds[0] ?? hash.slice(0, 12);
  const name = `SCN CRM data export ${ref} ${today}`;
  const where = (book: string) => (book === 'workbook' ? message('privacy.whereWorkbook', {}, lang) : book);

  const lines: string[][] = [
    [message('privacy.fileTitle', { email: address, date: today }, lang), '', '', '', ''],
    [
      message('privacy.colWhere', {}, lang),
      message('privacy.colTab', {}, lang),
      message('privacy.colRow', {}, lang),
      message('privacy.colField', {}, lang),
      message('privacy.colValue', {}, lang),
    ],
  ];
  const sources: Record<string, number> = {};
  for (const r of found.rows) {
    const key = `${where(r.book)} › ${r.tab}`;
    sources[key] = (sources[key] ?? 0) + 1;
    for (const c of ownCells(r.headers, r.cells, address, found.contactIds))
      lines.push([where(r.book), r.tab, String(r.row), c.field, c.value]);
  }
  if (lines.length === 2) lines.push([message('privacy.fileNothing', {}, lang), '', '', '', '']);

  const book = SpreadsheetApp.create(name);
  const sheet = book.getSheets()[0]!;
  const range = sheet.getRange(1, 1, lines.length, 5);
  range.setNumberFormat('@');
  range.setValues(lines);
  sheet.setFrozenRows(2);
  const report: ExportReport = {
    items: lines.length - 2 - (found.rows.length === 0 ? 1 : 0),
    sources,
    fileId: book.getId(),
    url: book.getUrl(),
    name,
  };

  // Audited: who (the Audit row's user), when, which person — by contact id and address hash, never the address.
  session.write(() => {
    session.audit.add({
      action: 'export',
      tab: 'Contacts',
      recordId: found.contactIds[0] ?? '',
      changes: {},
      summary: `Subject-access export by ${caller.email}: ${found.contactIds.join(', ') || 'no contact'}, address sha256 ${hash}, ${report.items} items, file ${report.fileId}`,
    });
  });

  const sourceList = Object.keys(sources).join(', ');
  session.spreadsheet.toast(
    found.rows.length === 0
      ? message('privacy.exportNothing', { name, url: report.url }, lang)
      : message(
          'privacy.exportDone',
          { count: report.items, sources: sourceList, name, url: report.url },
          lang,
        ),
    title,
    15,
  );
  return report;
}
