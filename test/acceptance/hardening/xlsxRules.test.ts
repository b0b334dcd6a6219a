// Issue 10 item 10 (the .xlsx half): the workbench's .xlsx carries every rule setup lays, in forms Excel and
// LibreOffice read: lists past Excel's 255-character inline limit (the Topic lists of Needs and Matches) refer to a
// column of a hidden list sheet, date columns get a date rule, checkboxes a TRUE/FALSE list. The file is read back
// with exceljs. (Before: no rule at all on Needs/Matches Topic, on any date column or on any checkbox.)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { CONTACTS, MATCHES, NEEDS, SETTINGS, TABS } from '../../../sheets-templates';
import type { Emulator } from '../../../src/emulator';
import { columnLetters } from '../../../src/emulator/services/spreadsheet/a1';
import { readXlsx } from '../../../src/workbench/persistence/xlsxRead';
import { LIST_SHEET } from '../../../src/workbench/persistence/xlsxValidations';
import { workbookToXlsx } from '../../../src/workbench/persistence/xlsxWrite';
import { bound, demoEmulator } from '../sidebars/harness';

type Rule = ExcelJS.DataValidation;

let emu: Emulator;
let book: ExcelJS.Workbook;
let file: string;

beforeAll(async () => {
  emu = demoEmulator();
  const bytes = await workbookToXlsx(bound(emu), 1);
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scn-xlsx-rules-')), 'workbook.xlsx');
  fs.writeFileSync(file, bytes);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
}, 120_000);

afterAll(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));

/** The column letter of a header in the tab as setup laid it out. */
function letterOf(tab: string, header: string): string {
  const sheet = bound(emu).sheetByName(tab)!;
  const headers = sheet.getValues(1, 1, 1, sheet.lastColumn())[0]!.map(String);
  const i = headers.indexOf(header);
  if (i < 0) throw new Error(`no ${header} in ${tab}`);
  return columnLetters(i + 1);
}

/** The rule exceljs read on a cell (it expands each sqref range cell by cell). */
function ruleAt(tab: string, address: string): Rule | undefined {
  const ws = book.getWorksheet(tab)!;
  return (ws as unknown as { dataValidations: { model: Record<string, Rule> } }).dataValidations.model[
    address
  ];
}

/** The values a list rule offers: inline, or read from the range it refers to. */
function offered(rule: Rule): string[] {
  const f = String(rule.formulae[0]);
  if (f.startsWith('"')) return f.slice(1, -1).split(',');
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(f);
  if (!m) throw new Error(`not a range: ${f}`);
  const ws = book.getWorksheet(m[1]!.replace(/''/g, "'"))!;
  const out: string[] = [];
  for (let r = Number(m[3]); r <= Number(m[5]); r++) {
    const v = ws.getCell(`${m[2]}${r}`).value;
    if (v !== null && v !== '') out.push(String(v));
  }
  return out;
}

const settingTopics = () => {
  const sheet = bound(emu).sheetByName(SETTINGS.name)!;
  const rows = sheet.getValues(1, 1, sheet.lastRow(), 2);
  const row = rows.find((r) => String(r[0]).toLowerCase() === 'topics')!;
  return String(row[1])
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
};

describe('the .xlsx keeps every data validation rule (issue 10 item 10)', () => {
  it.each([
    [NEEDS.name, 'Topic'],
    [MATCHES.name, 'Topic'],
  ])('%s › %s: the long topic list refers to the hidden list sheet and offers every topic', (tab, header) => {
    const letter = letterOf(tab, header);
    const rule = ruleAt(tab, `${letter}2`);
    expect(rule?.type).toBe('list');
    expect(String(rule!.formulae[0])).toMatch(new RegExp(`^'${LIST_SHEET}'!\\$[A-Z]+\\$1:\\$[A-Z]+\\$\\d+$`));
    const topics = offered(rule!);
    expect(topics.join(',').length).toBeGreaterThan(255);
    expect(topics).toEqual(settingTopics());
    // The rule covers the rows below the data too, as the Sheets rule does.
    const rows = bound(emu).sheetByName(tab)!.lastRow();
    expect(ruleAt(tab, `${letter}${rows + 1}`)).toBeDefined();
    expect(book.getWorksheet(LIST_SHEET)!.state).toBe('hidden');
    // Settings lists only warn in Sheets (an admin may add a topic later): Excel's warning style says the same.
    expect([rule!.showErrorMessage, rule!.errorStyle]).toEqual([true, 'warning']);
  });

  it('every date column of every tab has a date rule (any date from 1900-01-01)', () => {
    let checked = 0;
    for (const def of TABS) {
      const sheet = bound(emu).sheetByName(def.name);
      if (!sheet) continue;
      for (const c of def.columns) {
        if (c.type !== 'date' || c.system) continue;
        const rule = ruleAt(def.name, `${letterOf(def.name, c.header)}2`);
        expect([def.name, c.header, rule?.type, rule?.operator]).toEqual([
          def.name,
          c.header,
          'date',
          'greaterThanOrEqual',
        ]);
        expect((rule!.formulae[0] as unknown as Date).getUTCFullYear()).toBe(1900);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('every checkbox column has a TRUE/FALSE list', () => {
    let checked = 0;
    for (const def of TABS) {
      if (!bound(emu).sheetByName(def.name)) continue;
      for (const c of def.columns) {
        if (c.type !== 'boolean') continue;
        const rule = ruleAt(def.name, `${letterOf(def.name, c.header)}2`);
        expect([def.name, c.header, rule?.type, rule && offered(rule)]).toEqual([
          def.name,
          c.header,
          'list',
          ['TRUE', 'FALSE'],
        ]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
    // A closed list stops a wrong entry (Sheets' allowInvalid false): no warning style.
    const status = ruleAt('Cities', `${letterOf('Cities', 'Membership status')}2`)!;
    expect([status.showErrorMessage, status.errorStyle]).toEqual([true, undefined]);
    expect(offered(ruleAt(CONTACTS.name, `${letterOf(CONTACTS.name, 'Opted out')}2`)!)).toEqual([
      'TRUE',
      'FALSE',
    ]);
  });

  it('the workbench reads its own file back without the list sheet as a tab', async () => {
    const read = await readXlsx(file, bound(emu).timeZone);
    expect(read.sheets.map((s) => s.name)).toEqual(bound(emu).sheets.map((s) => s.name));
  });
});
